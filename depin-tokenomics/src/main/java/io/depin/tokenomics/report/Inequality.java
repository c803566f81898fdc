package io.depin.tokenomics.report;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Lorenz curve and Gini coefficient of a distribution of non-negative amounts (rewards per
 * operator, stake per holder), computed exactly in integers and rounded once at the end.
 *
 * <p>Method. Sort the amounts ascending, {@code a(1) <= ... <= a(n)}, with total {@code T} and
 * prefix sums {@code S(i)}. The Lorenz curve is the polyline through {@code (i/n, S(i)/T)} for
 * {@code i = 0..n}. The Gini coefficient is twice the area between that polyline and the line of
 * equality, which equals
 *
 * <pre>{@code G = (2 * sum(i * a(i)) - (n + 1) * T) / (n * T)}</pre>
 *
 * (the population form, without the small-sample factor {@code n/(n-1)}; see Damgaard and Weiner,
 * "Describing inequality in plant size or fecundity", Ecology 81(4), 2000, eq. 2). Numerator and
 * denominator are exact {@link BigInteger}s and the quotient is rounded once, to the nearest
 * {@code double} (ties to even), so the result is the double closest to the exact value. Consequences: an equal distribution has {@code G
 * = 0}; one recipient holding everything among {@code n} has {@code G = (n - 1)/n}. When every
 * amount is zero nothing was distributed: the curve is the line of equality and {@code G = 0}.
 *
 * <p>Curve points are rounded the same way. For large populations the curve is thinned to at most
 * {@code maxPoints} vertices, chosen at evenly spaced ranks {@code i = floor(k * n / (maxPoints -
 * 1))}; each kept point is an exact vertex of the full curve, and the Gini coefficient is always
 * computed from all amounts.
 *
 * {@snippet :
 * Lorenz lorenz = Inequality.lorenz(new long[] {1, 2, 3, 4});
 * lorenz.gini();   // 0.25
 * lorenz.points(); // (0,0) (0.25,0.1) (0.5,0.3) (0.75,0.6) (1,1)
 * }
 *
 * <p>Stateless and thread-safe. Sorting makes a call {@code O(n log n)}.
 *
 * @since 0.1.0
 */
public final class Inequality {
  /** The vertex limit used when none is given. */
  public static final int DEFAULT_MAX_POINTS = 1001;

  private Inequality() {}

  /**
   * Summarises amounts given as {@code long}s, keeping at most {@link #DEFAULT_MAX_POINTS} curve
   * vertices.
   *
   * @param amounts one non-negative amount per recipient, in any order; not modified
   * @return the Lorenz curve and Gini coefficient
   * @throws IllegalArgumentException if {@code amounts} is empty or holds a negative amount
   */
  public static Lorenz lorenz(long[] amounts) {
    return lorenz(amounts, DEFAULT_MAX_POINTS);
  }

  /**
   * Summarises amounts given as {@code long}s.
   *
   * @param amounts one non-negative amount per recipient, in any order; not modified
   * @param maxPoints the most curve vertices to keep, at least 2
   * @return the Lorenz curve and Gini coefficient
   * @throws IllegalArgumentException if {@code amounts} is empty or holds a negative amount, or if
   *     {@code maxPoints < 2}
   */
  public static Lorenz lorenz(long[] amounts, int maxPoints) {
    Objects.requireNonNull(amounts, "amounts");
    BigInteger[] values = new BigInteger[amounts.length];
    for (int i = 0; i < amounts.length; i++) {
      values[i] = BigInteger.valueOf(amounts[i]);
    }
    return compute(values, maxPoints);
  }

  /**
   * Summarises exact amounts, keeping at most {@link #DEFAULT_MAX_POINTS} curve vertices.
   *
   * @param amounts one non-negative amount per recipient, in any order
   * @return the Lorenz curve and Gini coefficient
   * @throws IllegalArgumentException if {@code amounts} is empty or holds a negative amount
   */
  public static Lorenz lorenz(List<BigInteger> amounts) {
    return lorenz(amounts, DEFAULT_MAX_POINTS);
  }

  /**
   * Summarises exact amounts.
   *
   * @param amounts one non-negative amount per recipient, in any order
   * @param maxPoints the most curve vertices to keep, at least 2
   * @return the Lorenz curve and Gini coefficient
   * @throws IllegalArgumentException if {@code amounts} is empty or holds a negative amount, or if
   *     {@code maxPoints < 2}
   */
  public static Lorenz lorenz(List<BigInteger> amounts, int maxPoints) {
    return compute(amounts.toArray(BigInteger[]::new), maxPoints);
  }

  /**
   * Computes only the Gini coefficient of exact amounts (see the class description for the
   * method).
   *
   * @param amounts one non-negative amount per recipient, in any order
   * @return the Gini coefficient, in [0, 1)
   * @throws IllegalArgumentException if {@code amounts} is empty or holds a negative amount
   */
  public static double gini(List<BigInteger> amounts) {
    return lorenz(amounts, 2).gini();
  }

  private static Lorenz compute(BigInteger[] values, int maxPoints) {
    if (maxPoints < 2) {
      throw new IllegalArgumentException("maxPoints must be at least 2: " + maxPoints);
    }
    int n = values.length;
    if (n == 0) {
      throw new IllegalArgumentException("no amounts: a distribution needs at least one recipient");
    }
    for (int i = 0; i < n; i++) {
      if (Objects.requireNonNull(values[i], "amount").signum() < 0) {
        throw new IllegalArgumentException("negative amount at index " + i + ": " + values[i]);
      }
    }
    Arrays.sort(values);
    BigInteger[] prefix = new BigInteger[n + 1];
    prefix[0] = BigInteger.ZERO;
    BigInteger weighted = BigInteger.ZERO;
    for (int i = 0; i < n; i++) {
      prefix[i + 1] = prefix[i].add(values[i]);
      weighted = weighted.add(values[i].multiply(BigInteger.valueOf(i + 1L)));
    }
    BigInteger total = prefix[n];
    BigInteger bigN = BigInteger.valueOf(n);
    double gini;
    if (total.signum() == 0) {
      gini = 0.0;
    } else {
      BigInteger numerator =
          weighted.shiftLeft(1).subtract(bigN.add(BigInteger.ONE).multiply(total));
      gini = ratio(numerator, bigN.multiply(total));
    }
    List<LorenzPoint> points = new ArrayList<>();
    if (n + 1 <= maxPoints) {
      for (int i = 0; i <= n; i++) {
        points.add(vertex(i, n, prefix[i], total));
      }
    } else {
      int last = maxPoints - 1;
      for (int k = 0; k <= last; k++) {
        int i = (int) ((long) k * n / last);
        points.add(vertex(i, n, prefix[i], total));
      }
    }
    return new Lorenz(n, total, gini, points);
  }

  private static LorenzPoint vertex(int i, int n, BigInteger prefix, BigInteger total) {
    double population = ratio(BigInteger.valueOf(i), BigInteger.valueOf(n));
    double share = total.signum() == 0 ? population : ratio(prefix, total);
    return new LorenzPoint(population, share);
  }

  /**
   * Rounds the non-negative fraction {@code numerator / denominator} to the nearest double, ties
   * to even: an integer quotient of at least 56 bits, with a sticky bit for a non-zero remainder,
   * is rounded by {@link BigInteger#doubleValue()} and scaled back by a power of two (exact).
   */
  private static double ratio(BigInteger numerator, BigInteger denominator) {
    if (numerator.signum() == 0) {
      return 0.0;
    }
    int shift = Math.max(0, 56 + denominator.bitLength() - numerator.bitLength());
    BigInteger[] qr = numerator.shiftLeft(shift).divideAndRemainder(denominator);
    BigInteger quotient = qr[1].signum() == 0 ? qr[0] : qr[0].setBit(0);
    return Math.scalb(quotient.doubleValue(), -shift);
  }
}
