package io.depin.devices.registry;

import static io.depin.devices.BitFlips.flip;
import static org.assertj.core.api.Assertions.assertThat;

import io.depin.core.bytes.Hash32;
import io.depin.core.crypto.PublicKey;
import io.depin.core.crypto.Signature;
import io.depin.core.crypto.SigningKey;
import io.depin.devices.DeviceId;
import io.depin.devices.LifecycleFixture;
import io.depin.devices.onboarding.NetworkId;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Any single-bit change to any signed field of a transfer or a rotation is rejected. */
class StatementTamperProperties {
  private static final int FIELDS = 7;

  @Property(tries = 200)
  void transferOwnership_singleBitFlipInAnySignedField_isRejected(
      @ForAll @IntRange(min = 0, max = FIELDS - 1) int field,
      @ForAll @IntRange(min = 0, max = 1 << 20) int bit,
      @ForAll long seed)
      throws Exception {
    LifecycleFixture f = new LifecycleFixture(seed);
    SigningKey owner = f.newKey();
    DeviceState device = f.onboard(f.newKey(), owner);
    SigningKey buyer = f.newKey();
    TransferClaim c =
        new TransferClaim(device.network(), device.identity().id(), device.sequence(),
            owner.publicKey(), buyer.publicKey());
    OwnershipTransfer good = OwnershipTransfer.sign(c, owner, buyer);

    OwnershipTransfer tampered;
    try {
      Fields x = flipped(new Fields(c.network(), c.device(), c.sequence(), c.oldOwner(),
          c.newOwner(), good.oldOwnerSignature(), good.newOwnerSignature()), field, bit);
      tampered = new OwnershipTransfer(
          new TransferClaim(x.network, x.device, x.sequence, x.oldKey, x.newKey), x.oldSig, x.newSig);
    } catch (IllegalArgumentException unrepresentable) {
      return;
    }
    assertThat(tampered).isNotEqualTo(good);
    assertRefused(() -> f.registry.transferOwnership(tampered));
    assertThat(f.registry.history(device.identity().id())).hasSize(1);
    assertThat(f.registry.transferOwnership(good).owner()).isEqualTo(buyer.publicKey());
  }

  @Property(tries = 200)
  void rotateKey_singleBitFlipInAnySignedField_isRejected(
      @ForAll @IntRange(min = 0, max = FIELDS - 1) int field,
      @ForAll @IntRange(min = 0, max = 1 << 20) int bit,
      @ForAll long seed)
      throws Exception {
    LifecycleFixture f = new LifecycleFixture(seed);
    SigningKey key = f.newKey();
    DeviceState device = f.onboard(key, f.newKey());
    SigningKey next = f.newKey();
    RotationClaim c =
        new RotationClaim(device.network(), device.identity().id(), device.sequence(),
            key.publicKey(), next.publicKey());
    KeyRotation good = KeyRotation.sign(c, key, next);

    KeyRotation tampered;
    try {
      Fields x = flipped(new Fields(c.network(), c.device(), c.sequence(), c.oldKey(), c.newKey(),
          good.oldKeySignature(), good.newKeySignature()), field, bit);
      tampered = new KeyRotation(
          new RotationClaim(x.network, x.device, x.sequence, x.oldKey, x.newKey), x.oldSig, x.newSig);
    } catch (IllegalArgumentException unrepresentable) {
      return;
    }
    assertThat(tampered).isNotEqualTo(good);
    assertRefused(() -> f.registry.rotateKey(tampered));
    assertThat(f.registry.lookup(device.identity().id())).isEqualTo(device);
    assertThat(f.registry.rotateKey(good).identity().publicKey()).isEqualTo(next.publicKey());
  }

  private interface Change {
    DeviceState apply() throws RegistryException;
  }

  private static void assertRefused(Change change) {
    try {
      change.apply();
    } catch (RegistryException expected) {
      return;
    }
    throw new AssertionError("a tampered statement was accepted");
  }

  private record Fields(
      NetworkId network, DeviceId device, long sequence, PublicKey oldKey, PublicKey newKey,
      Signature oldSig, Signature newSig) {}

  private static Fields flipped(Fields x, int field, int bit) {
    return switch (field) {
      case 0 -> new Fields(NetworkId.of(new String(
          flip(x.network.value().getBytes(StandardCharsets.ISO_8859_1), bit),
          StandardCharsets.ISO_8859_1)), x.device, x.sequence, x.oldKey, x.newKey, x.oldSig, x.newSig);
      case 1 -> new Fields(x.network, new DeviceId(Hash32.of(flip(x.device.value().toByteArray(), bit))),
          x.sequence, x.oldKey, x.newKey, x.oldSig, x.newSig);
      case 2 -> new Fields(x.network, x.device, x.sequence ^ (1L << (bit % 64)), x.oldKey, x.newKey,
          x.oldSig, x.newSig);
      case 3 -> new Fields(x.network, x.device, x.sequence, flip(x.oldKey, bit), x.newKey, x.oldSig,
          x.newSig);
      case 4 -> new Fields(x.network, x.device, x.sequence, x.oldKey, flip(x.newKey, bit), x.oldSig,
          x.newSig);
      case 5 -> new Fields(x.network, x.device, x.sequence, x.oldKey, x.newKey, flip(x.oldSig, bit),
          x.newSig);
      default -> new Fields(x.network, x.device, x.sequence, x.oldKey, x.newKey, x.oldSig,
          flip(x.newSig, bit));
    };
  }
}
