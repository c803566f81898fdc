package io.depin.core.crypto.internal.ed25519;

import java.math.BigInteger;

/** Scalars modulo the group order {@code L} as little-endian words for {@link Wnaf}. */
final class Scalars {
  /** The prime group order {@code L = 2^252 + 27742317777372353535851937790883648493}. */
  static final BigInteger L =
      BigInteger.ONE.shiftLeft(252).add(new BigInteger("27742317777372353535851937790883648493"));

  private Scalars() {}

  /**
   * Reads 32 little-endian bytes as words.
   *
   * @param b the bytes
   * @param off where the scalar starts
   * @return nine words, the last zero
   */
  static int[] words(byte[] b, int off) {
    int[] w = new int[9];
    for (int i = 0; i < 8; i++) {
      int o = off + 4 * i;
      w[i] = (b[o] & 0xff) | (b[o + 1] & 0xff) << 8 | (b[o + 2] & 0xff) << 16 | b[o + 3] << 24;
    }
    return w;
  }

  /**
   * Reduces a 64-byte little-endian integer (a SHA-512 output) modulo {@code L}.
   *
   * @param h 64 bytes
   * @return nine words of the residue, the last zero
   */
  static int[] reduce(byte[] h) {
    byte[] be = new byte[65];
    for (int i = 0; i < 64; i++) {
      be[64 - i] = h[i];
    }
    return words(new BigInteger(be).mod(L));
  }

  /**
   * Converts a value in {@code [0, 2^256)} to words.
   *
   * @param v the value
   * @return nine words, the last zero
   */
  static int[] words(BigInteger v) {
    int[] w = new int[9];
    for (int i = 0; i < 8; i++) {
      w[i] = v.shiftRight(32 * i).intValue();
    }
    return w;
  }
}
