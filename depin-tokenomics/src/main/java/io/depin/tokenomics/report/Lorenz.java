package io.depin.tokenomics.report;

import java.math.BigInteger;
import java.util.List;
import java.util.Objects;

/**
 * A distribution of amounts among recipients summarised as a Lorenz curve and its Gini
 * coefficient; computed by {@link Inequality}.
 *
 * {@snippet :
 * Lorenz lorenz = Inequality.lorenz(List.of(BigInteger.ONE, BigInteger.TWO, BigInteger.valueOf(3)));
 * double gini = lorenz.gini();           // 2/9
 * int vertices = lorenz.points().size(); // 4: (0,0), (1/3,1/6), (2/3,1/2), (1,1)
 * }
 *
 * @param recipients how many amounts (recipients, including those that received zero)
 * @param total the exact sum of the amounts
 * @param gini the Gini coefficient, in [0, 1)
 * @param points vertices of the curve in increasing order, from (0, 0) to (1, 1)
 * @since 0.1.0
 */
public record Lorenz(int recipients, BigInteger total, double gini, List<LorenzPoint> points) {
  /**
   * Checks the summary and copies the points.
   *
   * @throws IllegalArgumentException if there are no recipients, the total is negative, the Gini
   *     coefficient is outside [0, 1), or the points do not run from (0, 0) to (1, 1) with both
   *     coordinates non-decreasing
   */
  public Lorenz {
    Objects.requireNonNull(total, "total");
    points = List.copyOf(points);
    if (recipients < 1) {
      throw new IllegalArgumentException("a Lorenz curve needs at least one recipient");
    }
    if (total.signum() < 0) {
      throw new IllegalArgumentException("negative total: " + total);
    }
    if (!(gini >= 0.0 && gini < 1.0)) {
      throw new IllegalArgumentException("Gini coefficient outside [0, 1): " + gini);
    }
    if (points.size() < 2) {
      throw new IllegalArgumentException("a Lorenz curve needs at least two points");
    }
    LorenzPoint first = points.get(0);
    LorenzPoint last = points.get(points.size() - 1);
    if (first.population() != 0.0 || first.share() != 0.0) {
      throw new IllegalArgumentException("a Lorenz curve starts at (0, 0), not " + first);
    }
    if (last.population() != 1.0 || last.share() != 1.0) {
      throw new IllegalArgumentException("a Lorenz curve ends at (1, 1), not " + last);
    }
    for (int i = 1; i < points.size(); i++) {
      LorenzPoint a = points.get(i - 1);
      LorenzPoint b = points.get(i);
      if (b.population() <= a.population() || b.share() < a.share()) {
        throw new IllegalArgumentException("Lorenz points out of order at index " + i);
      }
    }
  }
}
