package io.depin.devices.onboarding;

import static io.depin.devices.BitFlips.flip;
import static org.assertj.core.api.Assertions.assertThat;

import io.depin.core.bytes.Bytes;
import io.depin.core.crypto.KeyType;
import io.depin.core.crypto.PublicKey;
import io.depin.core.crypto.Signature;
import io.depin.core.crypto.SigningKey;
import io.depin.devices.LifecycleFixture;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Any single-bit change to any signed field of an onboarding request is rejected. */
class OnboardingTamperProperties {
  private static final int FIELDS = 9;

  @Property(tries = 300)
  void verify_singleBitFlipInAnySignedField_isRejected(
      @ForAll KeyType keyType,
      @ForAll @IntRange(min = 0, max = FIELDS - 1) int field,
      @ForAll @IntRange(min = 0, max = 1 << 20) int bit,
      @ForAll long seed)
      throws Exception {
    LifecycleFixture f = new LifecycleFixture(seed);
    SigningKey device = f.newKey(keyType);
    SigningKey owner = f.newKey();
    OnboardingRequest good = f.request(device, owner);
    OnboardingVerifier verifier = f.verifier();

    OnboardingRequest tampered;
    try {
      tampered = tamper(good, field, bit);
    } catch (IllegalArgumentException unrepresentable) {
      // an invalid key, name or time (DecodingException is one): the decoder rejects it as MALFORMED
      return;
    }
    assertThat(tampered).isNotEqualTo(good);
    OnboardingException rejected = null;
    try {
      verifier.verify(tampered);
    } catch (OnboardingException e) {
      rejected = e;
    }
    assertThat(rejected).as("tampered field %d accepted", field).isNotNull();
    assertThat(verifier.verify(good).device().publicKey()).isEqualTo(device.publicKey());
  }

  private static OnboardingRequest tamper(OnboardingRequest r, int field, int bit) {
    OnboardingClaim c = r.claim();
    NetworkId network = c.network();
    PublicKey deviceKey = c.deviceKey();
    PublicKey makerKey = c.makerKey();
    PublicKey ownerKey = c.ownerKey();
    Bytes nonce = c.nonce();
    Instant issuedAt = c.issuedAt();
    Signature d = r.deviceSignature();
    Signature m = r.makerSignature();
    Signature o = r.ownerSignature();
    switch (field) {
      case 0 -> network = NetworkId.of(new String(
          flip(network.value().getBytes(StandardCharsets.ISO_8859_1), bit),
          StandardCharsets.ISO_8859_1));
      case 1 -> deviceKey = flip(deviceKey, bit);
      case 2 -> makerKey = flip(makerKey, bit);
      case 3 -> ownerKey = flip(ownerKey, bit);
      case 4 -> nonce = Bytes.of(flip(nonce.toByteArray(), bit));
      case 5 -> issuedAt = Instant.ofEpochMilli(issuedAt.toEpochMilli() ^ (1L << (bit % 64)));
      case 6 -> d = flip(d, bit);
      case 7 -> m = flip(m, bit);
      default -> o = flip(o, bit);
    }
    return OnboardingRequest.of(
        new OnboardingClaim(network, deviceKey, makerKey, ownerKey, nonce, issuedAt), d, m, o);
  }
}
