package io.depin.devices.registry;

import io.depin.core.crypto.CryptoException;
import io.depin.core.crypto.Signature;
import io.depin.core.crypto.Signer;
import java.util.Objects;

/**
 * A signed transfer of a device to a new owner: the {@link TransferClaim} signed by both the old
 * and the new owner. Nothing is verified here; a {@link DeviceRegistry} verifies it.
 *
 * {@snippet :
 * OwnershipTransfer transfer = OwnershipTransfer.sign(claim, sellerKey, buyerKey);
 * DeviceState after = registry.transferOwnership(transfer);
 * }
 *
 * @param claim the signed claim
 * @param oldOwnerSignature the old owner's signature over {@link TransferClaim#oldOwnerSigningInput()}
 * @param newOwnerSignature the new owner's signature over {@link TransferClaim#newOwnerSigningInput()}
 * @since 0.1.0
 */
public record OwnershipTransfer(
    TransferClaim claim, Signature oldOwnerSignature, Signature newOwnerSignature) {
  /** Checks every part is present. */
  public OwnershipTransfer {
    Objects.requireNonNull(claim, "claim");
    Objects.requireNonNull(oldOwnerSignature, "oldOwnerSignature");
    Objects.requireNonNull(newOwnerSignature, "newOwnerSignature");
  }

  /**
   * Signs {@code claim} with both owners' signers.
   *
   * @param claim the claim
   * @param oldOwner the current owner's signer
   * @param newOwner the new owner's signer
   * @return the signed transfer
   * @throws CryptoException if a signer fails
   */
  public static OwnershipTransfer sign(TransferClaim claim, Signer oldOwner, Signer newOwner)
      throws CryptoException {
    return new OwnershipTransfer(
        claim,
        oldOwner.sign(claim.oldOwnerSigningInput()),
        newOwner.sign(claim.newOwnerSigningInput()));
  }
}
