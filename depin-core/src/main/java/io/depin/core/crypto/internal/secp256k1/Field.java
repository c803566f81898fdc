package io.depin.core.crypto.internal.secp256k1;

import java.math.BigInteger;
import org.bouncycastle.math.raw.Mod;

/**
 * Arithmetic in the secp256k1 base field, integers modulo {@code p = 2^256 - 2^32 - 977}, on
 * elements held as five 52-bit limbs in a {@code long[5]}: {@code value = sum(a[i] * 2^(52 i))}.
 *
 * <p>The layout follows libsecp256k1's 5x52 field ({@code field_5x52}): limbs may hold more than 52
 * bits between operations ("lazy" or weak reduction), and a value need not be below p until {@link
 * #normalize} is called. The <em>magnitude</em> of an element bounds its limbs: an element of
 * magnitude m has limbs 0 to 3 at most {@code m * (2^52 + 2^34)} and limb 4 at most {@code m *
 * (2^48 + 2^12)}. An element is <em>strict</em> when every limb is below 2^52; the results of
 * {@link #mul}, {@link #sqr}, {@link #weakNormalize}, {@link #normalize}, {@link #invert} and
 * {@link #set} are strict and of magnitude 1. {@link #add} adds magnitudes and {@link #negate} of
 * magnitude m returns magnitude m + 1 ({@link #subScaled} combines the two with small factors);
 * none of these results is strict in general.
 *
 * <p>A 52x52-bit limb product needs 104 bits and Java has no 128-bit integer. The first factor is
 * therefore shifted left by 12 bits (it must be strict so that the shift loses nothing): the high
 * word of {@code (a << 12) * b} ({@link Math#unsignedMultiplyHigh}) is then {@code (a * b) >>> 52}
 * and the low word's top 52 bits are {@code (a * b) mod 2^52}. The two halves are summed in
 * separate {@code long} accumulators per column, which cannot overflow while the second factor's
 * limbs stay below 2^60 (magnitude at most 128), so no carry detection is needed. The 10-column
 * result is folded with {@code 2^260 = 16 * 0x1000003D1 (mod p)} and the bits above 2^256 with
 * {@code 2^256 = 0x1000003D1 (mod p)}.
 *
 * <p>Every operation is variable-time; this class is for public data only (signature verification
 * and public-key recovery), never for secret scalars or nonces.
 */
final class Field {
  private Field() {}

  /** Number of limbs. */
  static final int LIMBS = 5;

  static final long M52 = 0xFFFFFFFFFFFFFL;
  static final long M48 = 0xFFFFFFFFFFFFL;

  /** 2^256 mod p = 2^32 + 977. */
  private static final long R256 = 0x1000003D1L;

  /**
   * 2^260 mod p = 16 * (2^32 + 977), the factor for folding limb k+5 into limb k, shifted left by
   * 12 like the first factor of every limb product.
   */
  private static final long R260_SHIFTED = 0x1000003D10L << 12;

  /** The limbs of p (limbs 1 to 3 are all ones, limb 4 has 48 ones). */
  private static final long P0 = 0xFFFFEFFFFFC2FL;

  /** p as eight 32-bit words, least significant first, for {@link Mod}. */
  private static final int[] P_WORDS = {
    0xFFFFFC2F, 0xFFFFFFFE, -1, -1, -1, -1, -1, -1
  };

  /** {@return a new zero element} */
  static long[] create() {
    return new long[LIMBS];
  }

  /**
   * Sets {@code r} to a non-negative integer below 2^256 (not necessarily below p).
   *
   * @param r the destination
   * @param v the value
   */
  static void set(long[] r, BigInteger v) {
    long w0 = v.longValue();
    long w1 = v.shiftRight(64).longValue();
    long w2 = v.shiftRight(128).longValue();
    long w3 = v.shiftRight(192).longValue();
    setWords(r, w0, w1, w2, w3);
  }

  /** Sets r from four 64-bit words, least significant first. */
  private static void setWords(long[] r, long w0, long w1, long w2, long w3) {
    r[0] = w0 & M52;
    r[1] = ((w0 >>> 52) | (w1 << 12)) & M52;
    r[2] = ((w1 >>> 40) | (w2 << 24)) & M52;
    r[3] = ((w2 >>> 28) | (w3 << 36)) & M52;
    r[4] = w3 >>> 16;
  }

  /**
   * Returns the value of a normalized element.
   *
   * @param a an element that {@link #normalize} has reduced
   * @return its value, in [0, p-1]
   */
  static BigInteger toBigInteger(long[] a) {
    BigInteger v = BigInteger.valueOf(a[4]);
    for (int i = 3; i >= 0; i--) {
      v = v.shiftLeft(52).or(BigInteger.valueOf(a[i]));
    }
    return v;
  }

  /**
   * Copies an element.
   *
   * @param r the destination
   * @param a the source
   */
  static void copy(long[] r, long[] a) {
    System.arraycopy(a, 0, r, 0, LIMBS);
  }

  /**
   * Sets {@code r = a * b mod p}. {@code r} may alias either input.
   *
   * @param r the product, strict, magnitude 1
   * @param a a strict factor
   * @param b a factor of magnitude at most 128
   */
  static void mul(long[] r, long[] a, long[] b) {
    long a0 = a[0], a1 = a[1], a2 = a[2], a3 = a[3], a4 = a[4];
    // a shifted left by 12: the high word of (a << 12) * b is (a * b) >>> 52, and the low word's
    // top 52 bits are (a * b) mod 2^52.
    long s0 = a0 << 12, s1 = a1 << 12, s2 = a2 << 12, s3 = a3 << 12, s4 = a4 << 12;
    long b0 = b[0], b1 = b[1], b2 = b[2], b3 = b[3], b4 = b[4];
    long l0 = 0, l1 = 0, l2 = 0, l3 = 0, l4 = 0, l5 = 0, l6 = 0, l7 = 0, l8 = 0;
    long h0 = 0, h1 = 0, h2 = 0, h3 = 0, h4 = 0, h5 = 0, h6 = 0, h7 = 0, h8 = 0;
    long lo;
    // column 0
    lo = s0 * b0;
    l0 += lo >>> 12;
    h0 += Math.unsignedMultiplyHigh(s0, b0);
    // column 1
    lo = s0 * b1;
    l1 += lo >>> 12;
    h1 += Math.unsignedMultiplyHigh(s0, b1);
    lo = s1 * b0;
    l1 += lo >>> 12;
    h1 += Math.unsignedMultiplyHigh(s1, b0);
    // column 2
    lo = s0 * b2;
    l2 += lo >>> 12;
    h2 += Math.unsignedMultiplyHigh(s0, b2);
    lo = s1 * b1;
    l2 += lo >>> 12;
    h2 += Math.unsignedMultiplyHigh(s1, b1);
    lo = s2 * b0;
    l2 += lo >>> 12;
    h2 += Math.unsignedMultiplyHigh(s2, b0);
    // column 3
    lo = s0 * b3;
    l3 += lo >>> 12;
    h3 += Math.unsignedMultiplyHigh(s0, b3);
    lo = s1 * b2;
    l3 += lo >>> 12;
    h3 += Math.unsignedMultiplyHigh(s1, b2);
    lo = s2 * b1;
    l3 += lo >>> 12;
    h3 += Math.unsignedMultiplyHigh(s2, b1);
    lo = s3 * b0;
    l3 += lo >>> 12;
    h3 += Math.unsignedMultiplyHigh(s3, b0);
    // column 4
    lo = s0 * b4;
    l4 += lo >>> 12;
    h4 += Math.unsignedMultiplyHigh(s0, b4);
    lo = s1 * b3;
    l4 += lo >>> 12;
    h4 += Math.unsignedMultiplyHigh(s1, b3);
    lo = s2 * b2;
    l4 += lo >>> 12;
    h4 += Math.unsignedMultiplyHigh(s2, b2);
    lo = s3 * b1;
    l4 += lo >>> 12;
    h4 += Math.unsignedMultiplyHigh(s3, b1);
    lo = s4 * b0;
    l4 += lo >>> 12;
    h4 += Math.unsignedMultiplyHigh(s4, b0);
    // column 5
    lo = s1 * b4;
    l5 += lo >>> 12;
    h5 += Math.unsignedMultiplyHigh(s1, b4);
    lo = s2 * b3;
    l5 += lo >>> 12;
    h5 += Math.unsignedMultiplyHigh(s2, b3);
    lo = s3 * b2;
    l5 += lo >>> 12;
    h5 += Math.unsignedMultiplyHigh(s3, b2);
    lo = s4 * b1;
    l5 += lo >>> 12;
    h5 += Math.unsignedMultiplyHigh(s4, b1);
    // column 6
    lo = s2 * b4;
    l6 += lo >>> 12;
    h6 += Math.unsignedMultiplyHigh(s2, b4);
    lo = s3 * b3;
    l6 += lo >>> 12;
    h6 += Math.unsignedMultiplyHigh(s3, b3);
    lo = s4 * b2;
    l6 += lo >>> 12;
    h6 += Math.unsignedMultiplyHigh(s4, b2);
    // column 7
    lo = s3 * b4;
    l7 += lo >>> 12;
    h7 += Math.unsignedMultiplyHigh(s3, b4);
    lo = s4 * b3;
    l7 += lo >>> 12;
    h7 += Math.unsignedMultiplyHigh(s4, b3);
    // column 8
    lo = s4 * b4;
    l8 += lo >>> 12;
    h8 += Math.unsignedMultiplyHigh(s4, b4);
    reduce(r, l0, l1 + h0, l2 + h1, l3 + h2, l4 + h3, l5 + h4, l6 + h5, l7 + h6, l8 + h7, h8);
  }

  /**
   * Sets {@code r = a^2 mod p}, with 15 limb products instead of 25. {@code r} may alias {@code a}.
   *
   * @param r the square, strict, magnitude 1
   * @param a a strict element
   */
  static void sqr(long[] r, long[] a) {
    long a0 = a[0], a1 = a[1], a2 = a[2], a3 = a[3], a4 = a[4];
    // a shifted left by 12: the high word of (a << 12) * b is (a * b) >>> 52, and the low word's
    // top 52 bits are (a * b) mod 2^52.
    long s0 = a0 << 12, s1 = a1 << 12, s2 = a2 << 12, s3 = a3 << 12, s4 = a4 << 12;
    long d1 = a1 << 1, d2 = a2 << 1, d3 = a3 << 1, d4 = a4 << 1;
    long l0 = 0, l1 = 0, l2 = 0, l3 = 0, l4 = 0, l5 = 0, l6 = 0, l7 = 0, l8 = 0;
    long h0 = 0, h1 = 0, h2 = 0, h3 = 0, h4 = 0, h5 = 0, h6 = 0, h7 = 0, h8 = 0;
    long lo;
    // column 0
    lo = s0 * a0;
    l0 += lo >>> 12;
    h0 += Math.unsignedMultiplyHigh(s0, a0);
    // column 1
    lo = s0 * d1;
    l1 += lo >>> 12;
    h1 += Math.unsignedMultiplyHigh(s0, d1);
    // column 2
    lo = s0 * d2;
    l2 += lo >>> 12;
    h2 += Math.unsignedMultiplyHigh(s0, d2);
    lo = s1 * a1;
    l2 += lo >>> 12;
    h2 += Math.unsignedMultiplyHigh(s1, a1);
    // column 3
    lo = s0 * d3;
    l3 += lo >>> 12;
    h3 += Math.unsignedMultiplyHigh(s0, d3);
    lo = s1 * d2;
    l3 += lo >>> 12;
    h3 += Math.unsignedMultiplyHigh(s1, d2);
    // column 4
    lo = s0 * d4;
    l4 += lo >>> 12;
    h4 += Math.unsignedMultiplyHigh(s0, d4);
    lo = s1 * d3;
    l4 += lo >>> 12;
    h4 += Math.unsignedMultiplyHigh(s1, d3);
    lo = s2 * a2;
    l4 += lo >>> 12;
    h4 += Math.unsignedMultiplyHigh(s2, a2);
    // column 5
    lo = s1 * d4;
    l5 += lo >>> 12;
    h5 += Math.unsignedMultiplyHigh(s1, d4);
    lo = s2 * d3;
    l5 += lo >>> 12;
    h5 += Math.unsignedMultiplyHigh(s2, d3);
    // column 6
    lo = s2 * d4;
    l6 += lo >>> 12;
    h6 += Math.unsignedMultiplyHigh(s2, d4);
    lo = s3 * a3;
    l6 += lo >>> 12;
    h6 += Math.unsignedMultiplyHigh(s3, a3);
    // column 7
    lo = s3 * d4;
    l7 += lo >>> 12;
    h7 += Math.unsignedMultiplyHigh(s3, d4);
    // column 8
    lo = s4 * a4;
    l8 += lo >>> 12;
    h8 += Math.unsignedMultiplyHigh(s4, a4);
    reduce(r, l0, l1 + h0, l2 + h1, l3 + h2, l4 + h3, l5 + h4, l6 + h5, l7 + h6, l8 + h7, h8);
  }

  /**
   * Reduces a product given as ten column sums {@code t0..t9} (each below 2^63, column k weighing
   * 2^(52 k)) to five strict limbs of magnitude 1.
   */
  private static void reduce(
      long[] r, long t0, long t1, long t2, long t3, long t4, long t5, long t6, long t7, long t8,
      long t9) {
    // Fold column k+5 (weight 2^(260 + 52k)) into column k: t * 2^260 = t * R260 (mod p). Each
    // t * R260 is below 2^100 and is split at bit 52 like the limb products (R260 pre-shifted by
    // 12); its high half (below 2^48) lands in column k+1, and the one from column 9 (weight 2^260
    // again) is kept in c5.
    long lo;
    lo = t5 * R260_SHIFTED;
    long r0 = t0 + (lo >>> 12);
    long r1 = t1 + Math.unsignedMultiplyHigh(t5, R260_SHIFTED);
    lo = t6 * R260_SHIFTED;
    r1 += lo >>> 12;
    long r2 = t2 + Math.unsignedMultiplyHigh(t6, R260_SHIFTED);
    lo = t7 * R260_SHIFTED;
    r2 += lo >>> 12;
    long r3 = t3 + Math.unsignedMultiplyHigh(t7, R260_SHIFTED);
    lo = t8 * R260_SHIFTED;
    r3 += lo >>> 12;
    long r4 = t4 + Math.unsignedMultiplyHigh(t8, R260_SHIFTED);
    lo = t9 * R260_SHIFTED;
    r4 += lo >>> 12;
    long c5 = Math.unsignedMultiplyHigh(t9, R260_SHIFTED);
    // Everything from bit 256 up, taken before the carries (which add less than 2^12 to limb 4):
    // top * 2^256 = top * (2^32 + 977) (mod p), top below 2^53. The 2^32 part is added as a shift
    // split across limbs 0 and 1 to stay within 64 bits. Limbs stay below 2^64 and are read as
    // unsigned.
    long top = (r4 >>> 48) + (c5 << 4);
    r4 &= M48;
    r0 += top * 977 + ((top & 0xFFFFFL) << 32);
    r1 += top >>> 20;
    // One carry pass makes limbs 0 to 3 strict and leaves limb 4 below 2^48 + 2^12.
    r1 += r0 >>> 52;
    r0 &= M52;
    r2 += r1 >>> 52;
    r1 &= M52;
    r3 += r2 >>> 52;
    r2 &= M52;
    r4 += r3 >>> 52;
    r3 &= M52;
    r[0] = r0;
    r[1] = r1;
    r[2] = r2;
    r[3] = r3;
    r[4] = r4;
  }

  /**
   * Sets {@code r = a + b} (magnitudes add). {@code r} may alias either input.
   *
   * @param r the sum
   * @param a a summand
   * @param b a summand
   */
  static void add(long[] r, long[] a, long[] b) {
    r[0] = a[0] + b[0];
    r[1] = a[1] + b[1];
    r[2] = a[2] + b[2];
    r[3] = a[3] + b[3];
    r[4] = a[4] + b[4];
  }

  /**
   * Sets {@code r = -a mod p}, computed as {@code (m + 1) * p - a} limb by limb. {@code r} may alias
   * {@code a}.
   *
   * @param r the negation, magnitude m + 1
   * @param a an element of magnitude at most m
   * @param m a bound on the magnitude of {@code a}
   */
  static void negate(long[] r, long[] a, int m) {
    long k = m + 1L;
    r[0] = k * P0 - a[0];
    r[1] = k * M52 - a[1];
    r[2] = k * M52 - a[2];
    r[3] = k * M52 - a[3];
    r[4] = k * M48 - a[4];
  }

  /**
   * Sets {@code r = ka * a - kb * b mod p} in one pass, the subtraction as {@code kb * ((mb + 1) * p
   * - b)} limb by limb (see {@link #negate}). {@code r} may alias either input.
   *
   * @param r the result, magnitude {@code ka * ma + kb * (mb + 1)} for {@code a} of magnitude ma
   * @param a the element added
   * @param ka its factor, 0 to 32
   * @param b the element subtracted, of magnitude at most mb
   * @param kb its factor, 1 to 32
   * @param mb a bound on the magnitude of {@code b}
   */
  static void subScaled(long[] r, long[] a, int ka, long[] b, int kb, int mb) {
    long k = mb + 1L;
    r[0] = a[0] * ka + (k * P0 - b[0]) * kb;
    r[1] = a[1] * ka + (k * M52 - b[1]) * kb;
    r[2] = a[2] * ka + (k * M52 - b[2]) * kb;
    r[3] = a[3] * ka + (k * M52 - b[3]) * kb;
    r[4] = a[4] * ka + (k * M48 - b[4]) * kb;
  }

  /**
   * Reduces every limb to 52 bits (48 for limb 4) without necessarily reaching a value below p.
   *
   * @param r the element, magnitude 1 afterwards
   */
  static void weakNormalize(long[] r) {
    long t4 = r[4];
    long t0 = r[0] + (t4 >>> 48) * R256;
    t4 &= M48;
    long t1 = r[1] + (t0 >>> 52);
    t0 &= M52;
    long t2 = r[2] + (t1 >>> 52);
    t1 &= M52;
    long t3 = r[3] + (t2 >>> 52);
    t2 &= M52;
    t4 += t3 >>> 52;
    t3 &= M52;
    r[0] = t0;
    r[1] = t1;
    r[2] = t2;
    r[3] = t3;
    r[4] = t4;
  }

  /**
   * Reduces an element to its unique representation in [0, p-1].
   *
   * @param r the element, of magnitude at most 2^10
   */
  static void normalize(long[] r) {
    weakNormalize(r);
    // Now limbs 0 to 3 are below 2^52 and limb 4 below 2^48 + 2^11 (the carry pass adds at most
    // 2^10 + 1 to it), so the value is below 2^256 + 2^219 < 2p and one subtraction of p suffices.
    // It is at least p when it has a bit at 2^256, or when limbs 1 to 4 are all ones and limb 0 is
    // at least p's limb 0.
    long t0 = r[0];
    long t1 = r[1];
    long t2 = r[2];
    long t3 = r[3];
    long t4 = r[4];
    boolean atLeastP =
        (t4 >>> 48) != 0
            || (t4 == M48 && (t3 & t2 & t1) == M52 && t0 >= P0);
    if (atLeastP) {
      // Subtract p: add 2^256 - p = 2^32 + 977 and drop bit 256.
      t0 += R256;
      t1 += t0 >>> 52;
      t0 &= M52;
      t2 += t1 >>> 52;
      t1 &= M52;
      t3 += t2 >>> 52;
      t2 &= M52;
      t4 += t3 >>> 52;
      t3 &= M52;
      t4 &= M48;
      r[0] = t0;
      r[1] = t1;
      r[2] = t2;
      r[3] = t3;
      r[4] = t4;
    }
  }

  /**
   * Tells whether an element is zero modulo p, without changing it.
   *
   * @param a an element of magnitude at most 2^10
   * @return whether {@code a = 0 (mod p)}
   */
  static boolean isZero(long[] a) {
    // Weak reduction in locals leaves a value below 2p, which is 0 (mod p) only if it is 0 or p.
    long t4 = a[4];
    long t0 = a[0] + (t4 >>> 48) * R256;
    t4 &= M48;
    long t1 = a[1] + (t0 >>> 52);
    t0 &= M52;
    long t2 = a[2] + (t1 >>> 52);
    t1 &= M52;
    long t3 = a[3] + (t2 >>> 52);
    t2 &= M52;
    t4 += t3 >>> 52;
    t3 &= M52;
    return (t0 | t1 | t2 | t3 | t4) == 0
        || (t0 == P0 && (t1 & t2 & t3) == M52 && t4 == M48);
  }

  /**
   * Tells whether two elements are equal modulo p.
   *
   * @param a an element of magnitude at most 15
   * @param b an element of magnitude at most 15
   * @return whether {@code a = b (mod p)}
   */
  static boolean equal(long[] a, long[] b) {
    long[] t = create();
    negate(t, b, 128);
    add(t, t, a);
    return isZero(t);
  }

  /** Sets r = a^(2^n) by n squarings. */
  private static void sqrN(long[] r, long[] a, int n) {
    sqr(r, a);
    for (int i = 1; i < n; i++) {
      sqr(r, r);
    }
  }

  /**
   * Computes {@code a^(2^223 - 1)} and the smaller blocks of ones the exponent of {@link #sqrt}
   * needs, by libsecp256k1's addition chain: the result holds {@code a^(2^k - 1)} for k = 2, 22
   * and 223, in that order.
   */
  private static long[][] onesChain(long[] a) {
    long[] x2 = create();
    sqr(x2, a);
    mul(x2, x2, a);
    long[] x3 = create();
    sqr(x3, x2);
    mul(x3, x3, a);
    long[] t = create();
    sqrN(t, x3, 3);
    mul(t, t, x3); // x6
    sqrN(t, t, 3);
    mul(t, t, x3); // x9
    long[] x11 = create();
    sqrN(x11, t, 2);
    mul(x11, x11, x2);
    long[] x22 = create();
    sqrN(x22, x11, 11);
    mul(x22, x22, x11);
    long[] x44 = create();
    sqrN(x44, x22, 22);
    mul(x44, x44, x22);
    long[] x88 = create();
    sqrN(x88, x44, 44);
    mul(x88, x88, x44);
    long[] x223 = create();
    sqrN(x223, x88, 88);
    mul(x223, x223, x88); // x176
    sqrN(x223, x223, 44);
    mul(x223, x223, x44); // x220
    sqrN(x223, x223, 3);
    mul(x223, x223, x3); // x223
    return new long[][] {x2, x22, x223};
  }

  /**
   * Sets {@code r = 1/a mod p}, or zero for zero, with BouncyCastle's variable-time inversion
   * ({@code Mod.modOddInverseVar}, Bernstein-Yang "safegcd" divsteps), about three times faster
   * here than the Fermat chain {@code a^(p-2)}.
   *
   * @param r the inverse, strict, magnitude 1; may alias {@code a}
   * @param a an element of magnitude at most 2^10
   */
  static void invert(long[] r, long[] a) {
    long[] t = a.clone();
    normalize(t);
    int[] x = new int[8];
    long w0 = t[0] | (t[1] << 52);
    long w1 = (t[1] >>> 12) | (t[2] << 40);
    long w2 = (t[2] >>> 24) | (t[3] << 28);
    long w3 = (t[3] >>> 36) | (t[4] << 16);
    x[0] = (int) w0;
    x[1] = (int) (w0 >>> 32);
    x[2] = (int) w1;
    x[3] = (int) (w1 >>> 32);
    x[4] = (int) w2;
    x[5] = (int) (w2 >>> 32);
    x[6] = (int) w3;
    x[7] = (int) (w3 >>> 32);
    int[] z = new int[8];
    Mod.modOddInverseVar(P_WORDS, x, z); // false (z = 0) only for a = 0
    setWords(
        r,
        (z[0] & 0xFFFFFFFFL) | ((long) z[1] << 32),
        (z[2] & 0xFFFFFFFFL) | ((long) z[3] << 32),
        (z[4] & 0xFFFFFFFFL) | ((long) z[5] << 32),
        (z[6] & 0xFFFFFFFFL) | ((long) z[7] << 32));
  }

  /**
   * Sets {@code r} to a square root of {@code a}, {@code a^((p+1)/4)} (valid as p = 3 mod 4), and
   * tells whether {@code a} is a square. The exponent (p+1)/4 is 223 ones, a zero, 22 ones, then
   * 00001100 in binary.
   *
   * @param r the root (meaningful only when the result is true), magnitude 1
   * @param a a strict element; must not alias {@code r}
   * @return whether {@code r^2 = a}
   */
  static boolean sqrt(long[] r, long[] a) {
    long[][] c = onesChain(a);
    long[] t = create();
    sqrN(t, c[2], 23);
    mul(t, t, c[1]);
    sqrN(t, t, 6);
    mul(t, t, c[0]);
    sqrN(r, t, 2);
    long[] check = create();
    sqr(check, r);
    return equal(check, a);
  }
}
