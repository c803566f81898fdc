package io.depin.tokenomics.distribution.internal;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Computes {@code share[i] = floor(e[i] * n / d)} and {@code rem[i] = e[i] * n mod d} for every
 * participant, exactly: a fast path on {@code long} with 128-bit intermediate products, and a
 * general path on {@link BigInteger}. Both produce the same numbers (checked by a property test).
 *
 * <p>Large inputs are split into fixed chunks computed in parallel; every element depends only on
 * its own inputs, so the result does not depend on the split.
 */
public final class ShareMath {
  private static final int PARALLEL_THRESHOLD = 1 << 16;
  private static final int CHUNK = 1 << 14;
  private static final long LOW32 = 0xFFFF_FFFFL;

  private ShareMath() {}

  /**
   * The fast path. The caller guarantees that every value is non-negative, {@code d > 0}, and that
   * every {@code floor(e[i] * n / d)} fits in a {@code long}.
   *
   * @param e the effective weights
   * @param n the numerator (the bucket amount, or the rate in units of {@code 1/d})
   * @param d the denominator (the total weight, or the rate's power of ten)
   * @param share receives the floored shares
   * @param rem receives the remainders, each in {@code [0, d)}
   */
  public static void sharesFast(long[] e, long n, long d, long[] share, long[] rem) {
    long q = n / d;
    long r = n % d;
    int len = e.length;
    if (len < PARALLEL_THRESHOLD) {
      fastRange(e, q, r, d, share, rem, 0, len);
    } else {
      int chunks = (len + CHUNK - 1) / CHUNK;
      IntStream.range(0, chunks)
          .parallel()
          .forEach(c -> fastRange(e, q, r, d, share, rem, c * CHUNK, Math.min(len, (c + 1) * CHUNK)));
    }
  }

  private static void fastRange(
      long[] e, long q, long r, long d, long[] share, long[] rem, int from, int to) {
    for (int i = from; i < to; i++) {
      long w = e[i];
      long lo = w * r;
      long hi = Math.multiplyHigh(w, r);
      long qq;
      long rr;
      if (hi == 0 && lo >= 0) {
        qq = lo / d;
        rr = lo - qq * d;
      } else {
        qq = divide128(hi, lo, d);
        rr = lo - qq * d; // exact modulo 2^64, and the true remainder is below d < 2^63
      }
      share[i] = w * q + qq;
      rem[i] = rr;
    }
  }

  /**
   * Divides the unsigned 128-bit number {@code hi:lo} by {@code d}, given {@code hi < d} so that the
   * quotient fits in 64 bits. Knuth's algorithm D with two 32-bit digits, as in Hacker's Delight,
   * 2nd edition, section 9-4 ("divlu").
   *
   * @param hi the high 64 bits
   * @param lo the low 64 bits
   * @param d the divisor, positive
   * @return the quotient
   */
  public static long divide128(long hi, long lo, long d) {
    int s = Long.numberOfLeadingZeros(d);
    long v = d << s;
    long vn1 = v >>> 32;
    long vn0 = v & LOW32;
    long un32 = s == 0 ? hi : (hi << s) | (lo >>> (64 - s));
    long un10 = lo << s;
    long un1 = un10 >>> 32;
    long un0 = un10 & LOW32;
    long q1 = Long.divideUnsigned(un32, vn1);
    long rhat = un32 - q1 * vn1;
    while (Long.compareUnsigned(q1, 1L << 32) >= 0
        || Long.compareUnsigned(q1 * vn0, (rhat << 32) + un1) > 0) {
      q1--;
      rhat += vn1;
      if (Long.compareUnsigned(rhat, 1L << 32) >= 0) {
        break;
      }
    }
    long un21 = (un32 << 32) + un1 - q1 * v;
    long q0 = Long.divideUnsigned(un21, vn1);
    rhat = un21 - q0 * vn1;
    while (Long.compareUnsigned(q0, 1L << 32) >= 0
        || Long.compareUnsigned(q0 * vn0, (rhat << 32) + un0) > 0) {
      q0--;
      rhat += vn1;
      if (Long.compareUnsigned(rhat, 1L << 32) >= 0) {
        break;
      }
    }
    return (q1 << 32) + q0;
  }

  /**
   * The general path, for any non-negative values and {@code d > 0}.
   *
   * @param e the effective weights
   * @param n the numerator
   * @param d the denominator
   * @param share receives the floored shares
   * @param rem receives the remainders
   */
  public static void sharesGeneral(
      BigInteger[] e, BigInteger n, BigInteger d, BigInteger[] share, BigInteger[] rem) {
    for (int i = 0; i < e.length; i++) {
      BigInteger[] qr = e[i].multiply(n).divideAndRemainder(d);
      share[i] = qr[0];
      rem[i] = qr[1];
    }
  }

  /**
   * Marks the {@code leftover} participants with the largest remainders for one extra base unit;
   * equal remainders go to the earlier participant.
   *
   * @param rem the remainders
   * @param leftover how many units are left after flooring, at most {@code rem.length}
   * @return for each participant, whether it gets the extra unit
   */
  public static boolean[] largestRemainders(long[] rem, int leftover) {
    boolean[] extra = new boolean[rem.length];
    if (leftover == 0) {
      return extra;
    }
    long[] sorted = rem.clone();
    Arrays.parallelSort(sorted);
    long threshold = sorted[sorted.length - leftover];
    int above = 0;
    for (long r : rem) {
      if (r > threshold) {
        above++;
      }
    }
    int ties = leftover - above;
    for (int i = 0; i < rem.length; i++) {
      if (rem[i] > threshold) {
        extra[i] = true;
      } else if (rem[i] == threshold && ties > 0) {
        extra[i] = true;
        ties--;
      }
    }
    return extra;
  }

  /**
   * {@link #largestRemainders(long[], int)} for {@link BigInteger} remainders.
   *
   * @param rem the remainders
   * @param leftover how many units are left after flooring, at most {@code rem.length}
   * @return for each participant, whether it gets the extra unit
   */
  public static boolean[] largestRemainders(BigInteger[] rem, int leftover) {
    boolean[] extra = new boolean[rem.length];
    if (leftover == 0) {
      return extra;
    }
    BigInteger[] sorted = rem.clone();
    Arrays.sort(sorted);
    BigInteger threshold = sorted[sorted.length - leftover];
    int above = 0;
    for (BigInteger r : rem) {
      if (r.compareTo(threshold) > 0) {
        above++;
      }
    }
    int ties = leftover - above;
    for (int i = 0; i < rem.length; i++) {
      int c = rem[i].compareTo(threshold);
      if (c > 0) {
        extra[i] = true;
      } else if (c == 0 && ties > 0) {
        extra[i] = true;
        ties--;
      }
    }
    return extra;
  }
}
