package io.depin.tokenomics.simulation.internal;

import java.math.BigDecimal;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The exact sum of finite doubles, whatever the order they are added or merged in: Shewchuk's
 * non-overlapping partials ("Adaptive Precision Floating-Point Arithmetic and Fast Robust
 * Geometric Predicates", Discrete and Computational Geometry 18, 1997; the algorithm of Python's
 * {@code math.fsum}). The partials always add up exactly to the sum of the values; {@link #value()}
 * converts them to one exact {@link BigDecimal}, so the result does not depend on the order.
 *
 * <p>To keep every partial finite, values of magnitude {@code 2^970} or more are scaled by {@code
 * 2^-600} (exact for such values) into a second set of partials. With at most {@code 2^31} values
 * no partial can overflow. Not thread-safe.
 */
public final class ExactSum {
  private static final double BIG = 0x1p970;
  private static final double DOWN = 0x1p-600;
  private static final BigDecimal UP = new BigDecimal(2).pow(600);

  private double[] small = new double[2];
  private int smallCount;
  private double @Nullable [] big;
  private int bigCount;

  /** Creates a sum of nothing. */
  public ExactSum() {}

  /**
   * Adds a finite value.
   *
   * @param x the value, finite
   */
  public void add(double x) {
    if (Math.abs(x) >= BIG) {
      double[] b = big;
      if (b == null) {
        b = new double[2];
      }
      big = b = grow(b, bigCount);
      bigCount = add(b, bigCount, x * DOWN);
    } else {
      small = grow(small, smallCount);
      smallCount = add(small, smallCount, x);
    }
  }

  /**
   * Adds every value of another sum.
   *
   * @param other the other sum, unchanged
   */
  public void merge(ExactSum other) {
    for (int i = 0; i < other.smallCount; i++) {
      small = grow(small, smallCount);
      smallCount = add(small, smallCount, other.small[i]);
    }
    double[] ob = other.big;
    for (int i = 0; i < other.bigCount && ob != null; i++) {
      double[] b = big;
      big = b = grow(b == null ? new double[2] : b, bigCount);
      bigCount = add(b, bigCount, ob[i]);
    }
  }

  /** {@return the exact sum} */
  public BigDecimal value() {
    BigDecimal s = BigDecimal.ZERO;
    for (int i = 0; i < smallCount; i++) {
      s = s.add(new BigDecimal(small[i]));
    }
    double[] b = big;
    if (b != null && bigCount > 0) {
      BigDecimal t = BigDecimal.ZERO;
      for (int i = 0; i < bigCount; i++) {
        t = t.add(new BigDecimal(b[i]));
      }
      s = s.add(t.multiply(UP));
    }
    return s;
  }

  /** Ensures room for one more partial (the grow-expansion adds at most one). */
  private static double[] grow(double[] p, int n) {
    return n < p.length ? p : Arrays.copyOf(p, p.length * 2);
  }

  /** Adds x to the partials p[0..n) in place; returns the new count. */
  private static int add(double[] p, int n, double x) {
    int kept = 0;
    for (int j = 0; j < n; j++) {
      double y = p[j];
      if (Math.abs(x) < Math.abs(y)) {
        double swap = x;
        x = y;
        y = swap;
      }
      double hi = x + y;
      double lo = y - (hi - x); // exact: x + y == hi + lo (Dekker's fast two-sum, |x| >= |y|)
      if (lo != 0.0) {
        p[kept++] = lo;
      }
      x = hi;
    }
    p[kept++] = x;
    return kept;
  }
}
