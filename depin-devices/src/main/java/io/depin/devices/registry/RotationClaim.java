package io.depin.devices.registry;

import io.depin.core.crypto.PublicKey;
import io.depin.devices.DeviceId;
import io.depin.devices.onboarding.NetworkId;
import io.depin.devices.onboarding.internal.SigningInput;
import java.util.Objects;

/**
 * What a device signs with its old key, and with its new key, to rotate keys: the network, the
 * device, the point of its history the rotation applies to, and both keys. The device id stays.
 *
 * <p>{@code sequence} works as in {@link TransferClaim}: the rotation applies only at that point of
 * the history, so racing changes cannot both win and rotations cannot be replayed.
 *
 * {@snippet :
 * RotationClaim claim = new RotationClaim(state.network(), state.identity().id(),
 *     state.sequence(), state.identity().publicKey(), newKey.publicKey());
 * }
 *
 * @param network the device's network
 * @param device the device
 * @param sequence the length of the device's history the rotation follows
 * @param oldKey the device's current key, which endorses the new one
 * @param newKey the key that replaces it
 * @since 0.1.0
 */
public record RotationClaim(
    NetworkId network, DeviceId device, long sequence, PublicKey oldKey, PublicKey newKey) {
  /**
   * Validates the claim.
   *
   * @throws IllegalArgumentException if the sequence is below 1 or both keys are the same
   */
  public RotationClaim {
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(device, "device");
    Objects.requireNonNull(oldKey, "oldKey");
    Objects.requireNonNull(newKey, "newKey");
    if (sequence < 1) {
      throw new IllegalArgumentException("a rotation follows at least the onboarding: sequence >= 1");
    }
    if (oldKey.equals(newKey)) {
      throw new IllegalArgumentException("a rotation needs a new key");
    }
  }

  /** {@return the bytes the old key signs to endorse the new key} */
  public byte[] oldKeySigningInput() {
    return body("rotation/old-key");
  }

  /** {@return the bytes the new key signs to prove the device holds it} */
  public byte[] newKeySigningInput() {
    return body("rotation/new-key");
  }

  private byte[] body(String purpose) {
    return SigningInput.forPurpose(purpose)
        .text(network.value())
        .field(device.value().toByteArray())
        .number(sequence)
        .key(oldKey)
        .key(newKey)
        .toByteArray();
  }
}
