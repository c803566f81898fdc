package io.depin.proofs.vrf;

import java.util.Objects;

/**
 * A VRF proof was rejected; {@link #code()} says why.
 *
 * {@snippet :
 * try {
 *   VrfOutput beta = Ecvrf.verify(publicKey, proof, alpha);
 *   use(beta);
 * } catch (VrfException e) {
 *   reject(e.code());          // for example Code.INVALID_PROOF
 * }
 * }
 *
 * @since 0.1.0
 */
public final class VrfException extends Exception {
  private static final long serialVersionUID = 1L;

  /** Why a proof was rejected. */
  public enum Code {
    /**
     * The public key is not a valid point, or it has small order (RFC 9381 {@code
     * ECVRF_validate_key}).
     */
    INVALID_PUBLIC_KEY,
    /** The proof's {@code Gamma} is not the encoding of a curve point. */
    INVALID_GAMMA,
    /** The proof's {@code s} is not below the group order {@code L} (a malleable encoding). */
    NON_CANONICAL_S,
    /** The proof is well formed but its challenge does not match: wrong key, input or proof. */
    INVALID_PROOF
  }

  /** Why the proof was rejected. */
  private final Code code;

  /**
   * Creates an exception.
   *
   * @param code why the proof was rejected
   * @param message a description for people
   */
  public VrfException(Code code, String message) {
    super(message);
    this.code = Objects.requireNonNull(code, "code");
  }

  /**
   * Returns why the proof was rejected.
   *
   * @return the code
   */
  public Code code() {
    return code;
  }
}
