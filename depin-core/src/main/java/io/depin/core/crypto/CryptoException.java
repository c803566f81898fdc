package io.depin.core.crypto;

import java.util.Objects;

/**
 * Thrown when a signature, or a key in a signature check, is rejected.
 *
 * <p>Rejection is a normal outcome for untrusted input, so this exception is checked and carries a
 * {@link Code} that callers can branch on. Messages never contain secret material.
 *
 * {@snippet :
 * try {
 *   publicKey.verify(message, signature);
 * } catch (CryptoException e) {
 *   if (e.code() == CryptoException.Code.SIGNATURE_MALLEABLE) {
 *     // a high-S secp256k1 signature
 *   }
 * }
 * }
 *
 * @since 0.1.0
 */
public final class CryptoException extends Exception {
  private static final long serialVersionUID = 1L;

  /** Why a check failed. */
  public enum Code {
    /** The signature or key has the wrong length for its type. */
    WRONG_LENGTH,
    /** The signature is for another key type than the key that checks it. */
    KEY_TYPE_MISMATCH,
    /** An encoded point or scalar is not in its single canonical form (Ed25519 R with y >= p). */
    NON_CANONICAL_ENCODING,
    /** The signature is malleable: ECDSA {@code s > n/2} under the low-S policy, or Ed25519 {@code S >= L}. */
    SIGNATURE_MALLEABLE,
    /** ECDSA {@code r} or {@code s} is zero or not below the group order. */
    SCALAR_OUT_OF_RANGE,
    /**
     * The public key is not a valid point of the expected group. {@link PublicKey} never throws it:
     * its factories reject such a key with a {@link io.depin.core.DecodingException} before any
     * check; it is for verifiers that take keys in other forms.
     */
    INVALID_PUBLIC_KEY,
    /** The signature is well formed but does not verify. */
    INVALID_SIGNATURE,
    /** No public key can be recovered from the signature and digest. */
    RECOVERY_FAILED,
    /** A signed message was made for another purpose: its type tag is not the expected one. */
    WRONG_MESSAGE_TYPE,
    /** A signed message is signed by a key other than the expected one. */
    UNEXPECTED_SIGNER,
    /** The holder of a key (an HSM, a secure element, a remote signer) refused or failed to sign. */
    SIGNER_FAILED,
    /**
     * A {@link Signer} cannot sign with the requested {@link Ed25519Variant} (for example a
     * hardware key that signs only pure Ed25519).
     */
    UNSUPPORTED_VARIANT
  }

  /** What failed. */
  private final Code code;

  /**
   * Creates an exception.
   *
   * @param code why the check failed
   * @param message a description for people, without secret material
   */
  public CryptoException(Code code, String message) {
    super(message);
    this.code = Objects.requireNonNull(code, "code");
  }

  /** {@return why the check failed} */
  public Code code() {
    return code;
  }
}
