package io.depin.tokenomics.simulation;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * How an {@link AggregateSink} finds percentiles: {@linkplain #exact() exactly}, keeping every
 * run's values, or with a {@linkplain #sketch(double) relative-error sketch} whose memory does not
 * grow with the number of runs. Immutable; equal when the method and accuracy are equal.
 *
 * <p>The text form, used by scenario runners and the command line, is {@code exact} or {@code
 * sketch(<relative accuracy>)}, such as {@code sketch(0.01)}; {@link #toString()} writes it and
 * {@link #parse(String)} reads it.
 *
 * {@snippet :
 * PercentileMethod method = PercentileMethod.parse("sketch(0.01)");
 * AggregateSink aggregates = AggregateSink.of(method, "supply");
 * System.out.println(method.description()); // relative-error sketch (DDSketch), accuracy 1%
 * }
 *
 * @since 0.1.0
 */
public final class PercentileMethod {
  /** The smallest relative accuracy a sketch accepts. */
  public static final double MIN_RELATIVE_ACCURACY = 1e-4;

  /** The largest relative accuracy a sketch accepts. */
  public static final double MAX_RELATIVE_ACCURACY = 0.25;

  private static final PercentileMethod EXACT = new PercentileMethod(0.0);
  private static final Pattern SKETCH = Pattern.compile("sketch\\(([^()]*)\\)");

  private final double relativeAccuracy;

  private PercentileMethod(double relativeAccuracy) {
    this.relativeAccuracy = relativeAccuracy;
  }

  /** {@return exact type-7 percentiles over every run's values; memory grows with the runs} */
  public static PercentileMethod exact() {
    return EXACT;
  }

  /**
   * Returns the sketch method: each reported percentile is within the given relative error of the
   * exact one, as {@link AggregateSink} states precisely.
   *
   * @param relativeAccuracy the relative error {@code alpha}, from {@value #MIN_RELATIVE_ACCURACY}
   *     to {@value #MAX_RELATIVE_ACCURACY}; 0.001 suits values that spread by only a few percent
   *     across runs (such as a token supply), 0.01 suits wider spreads and uses fewer buckets
   * @return the method
   * @throws IllegalArgumentException if the accuracy is out of range
   */
  public static PercentileMethod sketch(double relativeAccuracy) {
    if (!(relativeAccuracy >= MIN_RELATIVE_ACCURACY && relativeAccuracy <= MAX_RELATIVE_ACCURACY)) {
      throw new IllegalArgumentException("relative accuracy must be from " + MIN_RELATIVE_ACCURACY
          + " to " + MAX_RELATIVE_ACCURACY + ": " + relativeAccuracy);
    }
    return new PercentileMethod(relativeAccuracy);
  }

  /**
   * Reads the text form: {@code exact} or {@code sketch(<accuracy>)}.
   *
   * @param text the text, such as {@code sketch(0.01)}
   * @return the method
   * @throws IllegalArgumentException if the text is neither form or the accuracy is out of range
   */
  public static PercentileMethod parse(String text) {
    String s = text.strip().toLowerCase(Locale.ROOT);
    if (s.equals("exact")) {
      return EXACT;
    }
    Matcher m = SKETCH.matcher(s);
    if (m.matches()) {
      double alpha;
      try {
        alpha = Double.parseDouble(m.group(1).strip());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("not a number in " + text, e);
      }
      return sketch(alpha);
    }
    throw new IllegalArgumentException(
        "percentile method must be 'exact' or 'sketch(<accuracy>)', such as sketch(0.01): " + text);
  }

  /** {@return whether percentiles are exact} */
  public boolean isExact() {
    return relativeAccuracy == 0.0;
  }

  /** {@return the sketch's relative accuracy, or 0 for the exact method} */
  public double relativeAccuracy() {
    return relativeAccuracy;
  }

  /** {@return a sentence fragment for reports, such as "exact (type 7)"} */
  public String description() {
    if (isExact()) {
      return "exact (Hyndman and Fan type 7, linear interpolation)";
    }
    return "relative-error sketch (DDSketch), accuracy "
        + BigDecimal.valueOf(relativeAccuracy).movePointRight(2).stripTrailingZeros().toPlainString()
        + "%";
  }

  /** {@return {@code exact} or {@code sketch(<accuracy>)}} */
  @Override
  public String toString() {
    return isExact() ? "exact" : "sketch(" + relativeAccuracy + ")";
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof PercentileMethod m
        && Double.compare(m.relativeAccuracy, relativeAccuracy) == 0;
  }

  @Override
  public int hashCode() {
    return Double.hashCode(relativeAccuracy);
  }
}
