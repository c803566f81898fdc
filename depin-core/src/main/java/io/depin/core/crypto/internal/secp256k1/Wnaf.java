package io.depin.core.crypto.internal.secp256k1;

import java.math.BigInteger;

/**
 * Width-w non-adjacent form of a non-negative scalar below 2^191: digits that are zero or odd in
 * {@code (-2^(w-1), 2^(w-1))}, at least w - 1 zeros after each non-zero digit, with {@code k =
 * sum(d[i] * 2^i)} (Hankerson, Menezes, Vanstone, "Guide to Elliptic Curve Cryptography", Alg.
 * 3.35). Variable-time: for public scalars only.
 */
final class Wnaf {
  private Wnaf() {}

  /**
   * Writes the digits of {@code k}, least significant first.
   *
   * @param digits the output, at least {@code k.bitLength() + 1} long
   * @param k the scalar, 0 to 2^191 - 1 (three 64-bit words hold it together with the carry a
   *     negative digit adds, at most 2^(w-1))
   * @param w the width, 2 to 16
   * @return the number of digits written (0 for k = 0)
   */
  static int encode(int[] digits, BigInteger k, int w) {
    long k0 = k.longValue();
    long k1 = k.shiftRight(64).longValue();
    long k2 = k.shiftRight(128).longValue();
    int mask = (1 << w) - 1;
    int half = 1 << (w - 1);
    int n = 0;
    while ((k0 | k1 | k2) != 0) {
      int d = 0;
      if ((k0 & 1) != 0) {
        d = (int) k0 & mask;
        if (d >= half) {
          d -= 1 << w;
          // k - d = k + |d|: the low w bits become 2^w, carrying into the upper words.
          long sum = k0 - d;
          if (Long.compareUnsigned(sum, k0) < 0) {
            k1++;
            if (k1 == 0) {
              k2++;
            }
          }
          k0 = sum;
        } else {
          k0 -= d;
        }
      }
      digits[n++] = d;
      k0 = (k0 >>> 1) | (k1 << 63);
      k1 = (k1 >>> 1) | (k2 << 63);
      k2 >>>= 1;
    }
    return n;
  }
}
