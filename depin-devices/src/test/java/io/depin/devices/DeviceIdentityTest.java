package io.depin.devices;

import static org.assertj.core.api.Assertions.assertThat;

import io.depin.core.crypto.KeyType;
import io.depin.core.crypto.SigningKey;
import io.depin.core.eth.EthAddress;
import io.depin.devices.did.DidKey;
import io.depin.devices.did.HeliumKey;
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

  @ParameterizedTest
  @EnumSource(KeyType.class)
  void didKeyEthAddressHeliumKey_anyKeyType_followTheCurrentKey(KeyType type) {
    SigningKey key = SigningKey.generate(type, new SecureRandom());
    DeviceIdentity device = DeviceIdentity.of(key.publicKey());

    assertThat(DidKey.parse(device.didKey().toString()).resolve()).isEqualTo(key.publicKey());
    assertThat(device.ethAddress())
        .isEqualTo(type == KeyType.SECP256K1
            ? java.util.Optional.of(EthAddress.fromPublicKey(key.publicKey()))
            : java.util.Optional.empty());
    assertThat(device.heliumKey().isPresent()).isEqualTo(HeliumKey.isSupported(key.publicKey()));
    device.heliumKey().ifPresent(h -> assertThat(HeliumKey.parse(h.toString()).resolve()).isEqualTo(key.publicKey()));
    if (type == KeyType.ED25519) {
      assertThat(device.heliumKey()).isPresent();
    }
  }
}
