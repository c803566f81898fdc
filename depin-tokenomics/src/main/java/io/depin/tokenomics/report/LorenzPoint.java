package io.depin.tokenomics.report;

/**
 * One vertex of a Lorenz curve: the poorest {@code population} share of recipients together
 * received the {@code share} of the total.
 *
 * {@snippet :
 * LorenzPoint p = Inequality.lorenz(new long[] {1, 2, 3, 4}).points().get(2);
 * // p.population() == 0.5, p.share() == 0.3
 * }
 *
 * @param population the cumulative share of recipients, in [0, 1]
 * @param share the cumulative share of the total amount, in [0, 1]
 * @since 0.1.0
 */
public record LorenzPoint(double population, double share) {
  /**
   * Checks the point.
   *
   * @throws IllegalArgumentException if a coordinate is outside [0, 1] or not a number
   */
  public LorenzPoint {
    if (!(population >= 0.0 && population <= 1.0)) {
      throw new IllegalArgumentException("population share outside [0, 1]: " + population);
    }
    if (!(share >= 0.0 && share <= 1.0)) {
      throw new IllegalArgumentException("amount share outside [0, 1]: " + share);
    }
  }
}
