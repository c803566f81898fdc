package io.depin.proofs.vrf;

import io.depin.core.bytes.Hex;
import java.security.MessageDigest;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The output {@code beta} of the VRF: pseudorandom bytes fixed by the suite, the key and the
 * input, 64 for the Edwards25519 suites (SHA-512) and 32 for the P-256 suites (SHA-256).
 *
 * {@snippet :
 * VrfOutput beta = Ecvrf.verify(publicKey, proof, alpha);
 * byte[] seed = beta.toByteArray();   // for example, to draw a lottery winner
 * }
 *
 * <p>Equality compares in constant time. Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class VrfOutput {
  private final byte[] bytes;

  private VrfOutput(byte[] bytes) {
    this.bytes = bytes;
  }

  static VrfOutput adopt(byte[] bytes) {
    return new VrfOutput(bytes);
  }

  /**
   * Returns the bytes.
   *
   * @return a fresh copy of the {@link VrfSuite#outputLength()} bytes
   */
  public byte[] toByteArray() {
    return bytes.clone();
  }

  /**
   * Returns the bytes in lower-case hex.
   *
   * @return two hex characters per byte
   */
  public String toHex() {
    return Hex.encode(bytes);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof VrfOutput other && MessageDigest.isEqual(bytes, other.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return "VrfOutput[" + toHex() + "]";
  }
}
