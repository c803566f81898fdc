package io.depin.proofs.vrf;

import io.depin.core.crypto.PublicKey;
import java.util.Objects;

/**
 * Verification of ECVRF proofs (RFC 9381 §5.3) for the {@link VrfSuite}s.
 *
 * <p>{@link #verify} rejects, each with its own {@link VrfException.Code}: a {@code Gamma} that is
 * not a canonical point encoding, an {@code s} not below the group order, an Ed25519 public key
 * of small order (RFC 9381 {@code ECVRF_validate_key}; {@link PublicKey#fromRaw} already refuses
 * those), and a proof whose challenge does not match. Proofs of the wrong length never get this far: {@link
 * VrfProof#fromBytes} throws {@link io.depin.core.DecodingException}.
 *
 * {@snippet :
 * PublicKey publicKey = PublicKey.fromRaw(KeyType.ED25519, keyBytes);
 * VrfProof proof = VrfProof.fromBytes(VrfSuite.EDWARDS25519_SHA512_TAI, proofBytes);
 * try {
 *   VrfOutput beta = Ecvrf.verify(publicKey, proof, alpha);
 *   use(beta);
 * } catch (VrfException e) {
 *   reject(e.code());
 * }
 * }
 *
 * <p>Verification is variable-time, which is safe because it handles only public data.
 * Thread-safe.
 *
 * @since 0.1.0
 */
public final class Ecvrf {
  private Ecvrf() {}

  /**
   * Verifies {@code proof} for {@code alpha} under {@code publicKey} and returns {@code beta}.
   *
   * @param publicKey a public key of the proof's suite's key type
   * @param proof the proof
   * @param alpha the input
   * @return the VRF output, equal to {@link #proofToHash} of the proof
   * @throws VrfException if the proof or the key is invalid
   * @throws IllegalArgumentException if {@code publicKey} is not of the suite's key type
   */
  public static VrfOutput verify(PublicKey publicKey, VrfProof proof, byte[] alpha)
      throws VrfException {
    Objects.requireNonNull(publicKey, "publicKey");
    Objects.requireNonNull(proof, "proof");
    Objects.requireNonNull(alpha, "alpha");
    VrfSuite suite = proof.suite();
    if (publicKey.keyType() != suite.keyType()) {
      throw new IllegalArgumentException(
          suite + " needs a " + suite.keyType() + " key, not " + publicKey.keyType());
    }
    return VrfOutput.adopt(suite.engine().verify(publicKey.toRaw(), proof.bytes(), alpha));
  }

  /**
   * Computes {@code beta} from a proof <em>without</em> verifying it (RFC 9381 §5.2). Use it only
   * on a proof that was verified already, or that you made yourself.
   *
   * @param proof the proof
   * @return the VRF output
   * @throws VrfException with {@link VrfException.Code#INVALID_GAMMA} or {@link
   *     VrfException.Code#NON_CANONICAL_S} if the proof cannot be decoded
   */
  public static VrfOutput proofToHash(VrfProof proof) throws VrfException {
    Objects.requireNonNull(proof, "proof");
    return VrfOutput.adopt(proof.suite().engine().proofToHash(proof.bytes()));
  }
}
