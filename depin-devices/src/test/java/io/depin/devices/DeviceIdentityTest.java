package io.depin.devices;

import static org.assertj.core.api.Assertions.assertThat;

import io.depin.core.crypto.KeyType;
import io.depin.core.crypto.SigningKey;
import java.security.SecureRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DeviceIdentityTest {
  @ParameterizedTest
  @EnumSource(KeyType.class)
  void withRotatedKey_keepsIdChangesKey(KeyType type) {
    SecureRandom random = new SecureRandom();
    SigningKey first = SigningKey.generate(type, random);
    SigningKey second = SigningKey.generate(type, random);

    DeviceIdentity device = DeviceIdentity.of(first.publicKey());
    DeviceIdentity rotated = device.withRotatedKey(second.publicKey());

    assertThat(rotated.id()).isEqualTo(device.id());
    assertThat(rotated.publicKey()).isEqualTo(second.publicKey());
    assertThat(DeviceIdentity.of(second.publicKey()).id()).isNotEqualTo(device.id());
    assertThat(DeviceId.parse(device.id().toString())).isEqualTo(device.id());
  }
}
