package io.depin.devices.registry;

import io.depin.core.crypto.CryptoException;
import io.depin.core.crypto.Signature;
import io.depin.core.crypto.Signer;
import java.util.Objects;

/**
 * A signed key rotation: the {@link RotationClaim} endorsed by the device's old key and signed by
 * its new key. Nothing is verified here; a {@link DeviceRegistry} verifies it.
 *
 * {@snippet :
 * KeyRotation rotation = KeyRotation.sign(claim, oldDeviceKey, newDeviceKey);
 * DeviceState after = registry.rotateKey(rotation);   // same DeviceId, new key
 * }
 *
 * @param claim the signed claim
 * @param oldKeySignature the old key's signature over {@link RotationClaim#oldKeySigningInput()}
 * @param newKeySignature the new key's signature over {@link RotationClaim#newKeySigningInput()}
 * @since 0.1.0
 */
public record KeyRotation(RotationClaim claim, Signature oldKeySignature, Signature newKeySignature) {
  /** Checks every part is present. */
  public KeyRotation {
    Objects.requireNonNull(claim, "claim");
    Objects.requireNonNull(oldKeySignature, "oldKeySignature");
    Objects.requireNonNull(newKeySignature, "newKeySignature");
  }

  /**
   * Signs {@code claim} with the device's old and new keys.
   *
   * @param claim the claim
   * @param oldKey the device's current signer
   * @param newKey the signer that replaces it
   * @return the signed rotation
   * @throws CryptoException if a signer fails
   */
  public static KeyRotation sign(RotationClaim claim, Signer oldKey, Signer newKey)
      throws CryptoException {
    return new KeyRotation(
        claim, oldKey.sign(claim.oldKeySigningInput()), newKey.sign(claim.newKeySigningInput()));
  }
}
