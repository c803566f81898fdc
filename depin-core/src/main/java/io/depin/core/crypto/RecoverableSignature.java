package io.depin.core.crypto;

import io.depin.core.bytes.Hash32;
import io.depin.core.crypto.internal.EcPublicKeyImpl;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A secp256k1 ECDSA signature over a digest together with its recovery id, from which the
 * signer's public key can be computed (as Ethereum's {@code ecrecover} does).
 *
 * <p>The recovery id is 0 to 3: bit 0 is the parity of the nonce point's {@code y}, bit 1 says its
 * {@code x} was at least the group order (practically never).
 *
 * {@snippet :
 * RecoverableSignature sig = key.signDigest(digest);
 * PublicKey signer = sig.recoverPublicKey(digest);   // equals key.publicKey()
 * }
 *
 * @since 0.1.0
 */
public final class RecoverableSignature {
  private final Signature signature;
  private final int recoveryId;

  private RecoverableSignature(Signature signature, int recoveryId) {
    this.signature = signature;
    this.recoveryId = recoveryId;
  }

  /**
   * Pairs a secp256k1 signature with a recovery id.
   *
   * @param signature a SECP256K1 signature
   * @param recoveryId 0 to 3
   * @return the pair
   * @throws IllegalArgumentException if the signature is of another type or the id is out of range
   */
  public static RecoverableSignature of(Signature signature, int recoveryId) {
    Objects.requireNonNull(signature, "signature");
    if (signature.keyType() != KeyType.SECP256K1) {
      throw new IllegalArgumentException("only secp256k1 signatures are recoverable");
    }
    if (recoveryId < 0 || recoveryId > 3) {
      throw new IllegalArgumentException("recovery id must be 0 to 3, not " + recoveryId);
    }
    return new RecoverableSignature(signature, recoveryId);
  }

  /** {@return the signature} */
  public Signature signature() {
    return signature;
  }

  /** {@return the recovery id, 0 to 3} */
  public int recoveryId() {
    return recoveryId;
  }

  /**
   * Recovers the public key that signed {@code digest}, requiring low {@code s} (EIP-2).
   *
   * @param digest the signed digest
   * @return the signer's key; verifying this signature with it succeeds
   * @throws CryptoException with {@link CryptoException.Code#SCALAR_OUT_OF_RANGE}, {@link
   *     CryptoException.Code#SIGNATURE_MALLEABLE} or {@link CryptoException.Code#RECOVERY_FAILED}
   */
  public PublicKey recoverPublicKey(Hash32 digest) throws CryptoException {
    return recoverPublicKey(digest, EcdsaPolicy.STRICT_LOW_S);
  }

  /**
   * Recovers the public key that signed {@code digest}.
   *
   * @param digest the signed digest
   * @param policy whether a high {@code s} is accepted
   * @return the signer's key
   * @throws CryptoException if {@code r} or {@code s} is out of range, {@code s} is high under
   *     {@link EcdsaPolicy#STRICT_LOW_S}, or no point has the signature's {@code r}
   */
  public PublicKey recoverPublicKey(Hash32 digest, EcdsaPolicy policy) throws CryptoException {
    return PublicKey.wrap(
        EcPublicKeyImpl.recover(
            digest.toByteArray(), signature.raw(), recoveryId, policy == EcdsaPolicy.STRICT_LOW_S));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof RecoverableSignature other
        && recoveryId == other.recoveryId
        && signature.equals(other.signature);
  }

  @Override
  public int hashCode() {
    return 31 * signature.hashCode() + recoveryId;
  }

  @Override
  public String toString() {
    return "RecoverableSignature[" + signature + ", recoveryId=" + recoveryId + "]";
  }
}
