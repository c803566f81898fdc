package io.depin.proofs.vrf;

import io.depin.core.DecodingException;
import io.depin.core.DecodingException.Reason;
import io.depin.core.bytes.Hex;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An ECVRF proof {@code pi} of one {@link VrfSuite}: {@code Gamma} || {@code c} (16 bytes) ||
 * {@code s}, as in RFC 9381 §5.5; 80 bytes for the Edwards25519 suites, 81 for the P-256
 * suites.
 *
 * <p>Decoding checks only the length; the point {@code Gamma} and the range of {@code s} are
 * checked, with their own {@link VrfException.Code}s, by {@link Ecvrf#verify} and {@link
 * Ecvrf#proofToHash}.
 *
 * {@snippet :
 * VrfProof proof = VrfProof.fromBytes(VrfSuite.EDWARDS25519_SHA512_TAI, received);  // 80 bytes
 * VrfOutput beta = Ecvrf.verify(publicKey, proof, alpha);
 * }
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class VrfProof {
  private final VrfSuite suite;
  private final byte[] bytes;

  private VrfProof(VrfSuite suite, byte[] bytes) {
    this.suite = suite;
    this.bytes = bytes;
  }

  /**
   * Reads a proof.
   *
   * @param suite the suite the proof belongs to
   * @param bytes exactly {@link VrfSuite#proofLength()} bytes; copied
   * @return the proof
   * @throws DecodingException with {@link Reason#WRONG_LENGTH} if the length is wrong
   */
  public static VrfProof fromBytes(VrfSuite suite, byte[] bytes) {
    Objects.requireNonNull(suite, "suite");
    Objects.requireNonNull(bytes, "bytes");
    if (bytes.length != suite.proofLength()) {
      throw new DecodingException(
          Reason.WRONG_LENGTH,
          "a " + suite + " proof has " + suite.proofLength() + " bytes, not " + bytes.length);
    }
    return new VrfProof(suite, bytes.clone());
  }

  static VrfProof adopt(VrfSuite suite, byte[] bytes) {
    return new VrfProof(suite, bytes);
  }

  /**
   * Returns the suite of this proof.
   *
   * @return the suite
   */
  public VrfSuite suite() {
    return suite;
  }

  byte[] bytes() {
    return bytes;
  }

  /**
   * Returns the encoding.
   *
   * @return a fresh copy of the {@link VrfSuite#proofLength()} bytes
   */
  public byte[] toByteArray() {
    return bytes.clone();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof VrfProof other && suite == other.suite && Arrays.equals(bytes, other.bytes);
  }

  @Override
  public int hashCode() {
    return 31 * suite.hashCode() + Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return "VrfProof[" + suite + ", " + Hex.encode(bytes) + "]";
  }
}
