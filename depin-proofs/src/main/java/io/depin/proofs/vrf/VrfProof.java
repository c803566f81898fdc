package io.depin.proofs.vrf;

import io.depin.core.DecodingException;
import io.depin.core.DecodingException.Reason;
import io.depin.core.bytes.Hex;
import io.depin.proofs.vrf.internal.Ed25519Ecvrf;
import java.util.Arrays;
import java.util.Objects;

/**
 * An ECVRF-EDWARDS25519-SHA512-TAI proof {@code pi}: 80 bytes, {@code Gamma} (32) || {@code c}
 * (16) || {@code s} (32), as in RFC 9381 §5.5.
 *
 * <p>Decoding checks only the length; the point {@code Gamma} and the range of {@code s} are
 * checked, with their own {@link VrfException.Code}s, by {@link Ecvrf#verify} and {@link
 * Ecvrf#proofToHash}.
 *
 * {@snippet :
 * VrfProof proof = VrfProof.fromBytes(received);   // DecodingException unless 80 bytes
 * VrfOutput beta = Ecvrf.verify(publicKey, proof, alpha);
 * }
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class VrfProof {
  /** The encoded length in bytes. */
  public static final int LENGTH = Ed25519Ecvrf.PROOF_LENGTH;

  private final byte[] bytes;

  private VrfProof(byte[] bytes) {
    this.bytes = bytes;
  }

  /**
   * Reads a proof.
   *
   * @param bytes exactly {@value #LENGTH} bytes; copied
   * @return the proof
   * @throws DecodingException with {@link Reason#WRONG_LENGTH} if the length is not {@value
   *     #LENGTH}
   */
  public static VrfProof fromBytes(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    if (bytes.length != LENGTH) {
      throw new DecodingException(
          Reason.WRONG_LENGTH, "a VRF proof has " + LENGTH + " bytes, not " + bytes.length);
    }
    return new VrfProof(bytes.clone());
  }

  static VrfProof adopt(byte[] bytes) {
    return new VrfProof(bytes);
  }

  byte[] bytes() {
    return bytes;
  }

  /**
   * Returns the encoding.
   *
   * @return a fresh copy of the {@value #LENGTH} bytes
   */
  public byte[] toByteArray() {
    return bytes.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof VrfProof other && Arrays.equals(bytes, other.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return "VrfProof[" + Hex.encode(bytes) + "]";
  }
}
