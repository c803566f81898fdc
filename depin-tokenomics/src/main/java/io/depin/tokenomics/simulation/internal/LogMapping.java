package io.depin.tokenomics.simulation.internal;

/**
 * Maps a positive magnitude to a logarithmic bucket and back, with relative accuracy {@code
 * alpha}: bucket {@code i} holds the magnitudes in {@code (gamma^(i-1), gamma^i]} with {@code gamma
 * = (1 + alpha) / (1 - alpha)}, and its representative value {@code 2 gamma^i / (gamma + 1)} is
 * within relative error {@code alpha} of every magnitude in it (Masson, Rim and Lee, "DDSketch: a
 * fast and fully-mergeable quantile sketch with relative-error guarantees", PVLDB 12(12), 2019,
 * section 2).
 *
 * <p>The mapping uses {@code alpha (1 - 1e-7)} in place of the stated {@code alpha}, a margin for
 * the rounding of {@link Math#log}, {@link Math#exp} and of the interpolation done by the callers
 * (each well below {@code 1e-13} relative, while the margin is at least {@code 1e-11} for {@code
 * alpha >= 1e-4}), so the stated accuracy holds for the computed values too. Immutable.
 */
public final class LogMapping {
  private final double alpha;
  private final double lnGamma;
  private final double inverseLnGamma;
  private final double lnFactor;

  /**
   * Creates the mapping.
   *
   * @param alpha the stated relative accuracy, in (0, 1)
   */
  public LogMapping(double alpha) {
    this.alpha = alpha;
    double a = alpha * (1 - 1e-7);
    double gamma = (1 + a) / (1 - a);
    this.lnGamma = Math.log1p(2 * a / (1 - a));
    this.inverseLnGamma = 1 / lnGamma;
    this.lnFactor = Math.log(2 / (gamma + 1));
  }

  /** {@return the stated relative accuracy} */
  public double alpha() {
    return alpha;
  }

  /**
   * Returns the bucket of a magnitude.
   *
   * @param magnitude positive and finite
   * @return {@code ceil(log_gamma(magnitude))}
   */
  public int index(double magnitude) {
    return (int) Math.ceil(Math.log(magnitude) * inverseLnGamma);
  }

  /**
   * Returns the representative value of a bucket.
   *
   * @param index a bucket
   * @return {@code 2 gamma^index / (gamma + 1)}; may be infinite or zero at the ends of the double
   *     range, where callers clamp it to the smallest and largest value seen
   */
  public double value(int index) {
    return Math.exp(index * lnGamma + lnFactor);
  }
}
