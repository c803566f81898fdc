package io.depin.devices.registry;

import io.depin.core.crypto.PublicKey;
import io.depin.devices.DeviceId;
import io.depin.devices.onboarding.NetworkId;
import io.depin.devices.onboarding.internal.SigningInput;
import java.util.Objects;

/**
 * What the old and the new owner sign to transfer a device: the network, the device, the point of
 * its history the transfer applies to, and both owners' keys.
 *
 * <p>{@code sequence} is the device's {@link DeviceState#sequence()} when the claim is made; a
 * registry accepts the transfer only at that point, so of two transfers signed against the same
 * state exactly one succeeds, and no transfer can be replayed.
 *
 * {@snippet :
 * TransferClaim claim = new TransferClaim(state.network(), state.identity().id(),
 *     state.sequence(), state.owner(), buyerKey.publicKey());
 * }
 *
 * @param network the device's network
 * @param device the device
 * @param sequence the length of the device's history the transfer follows
 * @param oldOwner the current owner's key
 * @param newOwner the new owner's key
 * @since 0.1.0
 */
public record TransferClaim(
    NetworkId network, DeviceId device, long sequence, PublicKey oldOwner, PublicKey newOwner) {
  /**
   * Validates the claim.
   *
   * @throws IllegalArgumentException if the sequence is below 1 or both owners are the same key
   */
  public TransferClaim {
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(device, "device");
    Objects.requireNonNull(oldOwner, "oldOwner");
    Objects.requireNonNull(newOwner, "newOwner");
    if (sequence < 1) {
      throw new IllegalArgumentException("a transfer follows at least the onboarding: sequence >= 1");
    }
    if (oldOwner.equals(newOwner)) {
      throw new IllegalArgumentException("a transfer needs a new owner");
    }
  }

  /** {@return the bytes the old owner signs to give the device away} */
  public byte[] oldOwnerSigningInput() {
    return body("transfer/old-owner");
  }

  /** {@return the bytes the new owner signs to accept the device} */
  public byte[] newOwnerSigningInput() {
    return body("transfer/new-owner");
  }

  private byte[] body(String purpose) {
    return SigningInput.forPurpose(purpose)
        .text(network.value())
        .field(device.value().toByteArray())
        .number(sequence)
        .key(oldOwner)
        .key(newOwner)
        .toByteArray();
  }
}
