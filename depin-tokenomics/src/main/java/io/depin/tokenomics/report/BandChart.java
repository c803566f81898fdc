package io.depin.tokenomics.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.DoubleStream;

/**
 * A quantity over steps across many simulation runs: the band from the 5th to the 95th
 * percentile, the median (50th percentile) and the mean at each step. Used for "supply with
 * percentile bands".
 *
 * <p>Give either the percentiles directly ({@link Builder#step(double, double, double, double,
 * double)}) or every run's value at a step ({@link Builder#stepFromRuns(double, double[])}), which
 * computes the percentiles by linear interpolation between order statistics (Hyndman and Fan's
 * type 7, the default of R's {@code quantile} and of NumPy's {@code percentile}) and the mean with
 * compensated summation.
 *
 * {@snippet :
 * BandChart supply = BandChart.builder("supply")
 *     .title("Circulating supply").caption("5th to 95th percentile over 1000 runs.")
 *     .axes("epoch", "supply (tokens)")
 *     .step(0, 1_000, 1_000, 1_000, 1_000)
 *     .stepFromRuns(1, new double[] {1_090, 1_100, 1_120, 1_150})
 *     .build();
 * }
 *
 * <p>Immutable; accessors return copies.
 *
 * @since 0.1.0
 */
public final class BandChart implements Chart {
  private final ChartText text;
  private final double[] x;
  private final double[] p5;
  private final double[] p50;
  private final double[] p95;
  private final double[] mean;

  private BandChart(Builder b) {
    this.text = b.text;
    int n = b.rows.size();
    x = new double[n];
    p5 = new double[n];
    p50 = new double[n];
    p95 = new double[n];
    mean = new double[n];
    for (int i = 0; i < n; i++) {
      double[] r = b.rows.get(i);
      x[i] = r[0];
      p5[i] = r[1];
      p50[i] = r[2];
      p95[i] = r[3];
      mean[i] = r[4];
    }
  }

  /**
   * Starts a chart.
   *
   * @param id the chart id (see {@link Chart})
   * @return a builder whose title defaults to the id, with empty caption and axis labels "step" and
   *     "value"
   * @throws IllegalArgumentException if the id is not of the form described in {@link Chart}
   */
  public static Builder builder(String id) {
    return new Builder(ChartText.of(id));
  }

  @Override
  public String id() {
    return text.id();
  }

  @Override
  public String title() {
    return text.title();
  }

  @Override
  public String caption() {
    return text.caption();
  }

  @Override
  public String xLabel() {
    return text.xLabel();
  }

  @Override
  public String yLabel() {
    return text.yLabel();
  }

  /** {@return how many steps the chart has} */
  public int size() {
    return x.length;
  }

  /** {@return the steps, strictly increasing} */
  public double[] x() {
    return x.clone();
  }

  /** {@return the 5th percentile at each step} */
  public double[] p5() {
    return p5.clone();
  }

  /** {@return the median at each step} */
  public double[] p50() {
    return p50.clone();
  }

  /** {@return the 95th percentile at each step} */
  public double[] p95() {
    return p95.clone();
  }

  /** {@return the mean at each step} */
  public double[] mean() {
    return mean.clone();
  }

  @Override
  public String toString() {
    return "BandChart[" + text.id() + ", " + x.length + " steps]";
  }

  /**
   * Collects the steps of a {@link BandChart}, in increasing order of step.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private ChartText text;
    private final List<double[]> rows = new ArrayList<>();

    private Builder(ChartText text) {
      this.text = text;
    }

    /**
     * Sets the title.
     *
     * @param title the title drawn above the plot, not blank
     * @return this builder
     */
    public Builder title(String title) {
      text = text.withTitle(title);
      return this;
    }

    /**
     * Sets the caption.
     *
     * @param caption the text shown under the plot; may be empty
     * @return this builder
     */
    public Builder caption(String caption) {
      text = text.withCaption(caption);
      return this;
    }

    /**
     * Sets the axis labels.
     *
     * @param xLabel the label of the horizontal axis, not blank
     * @param yLabel the label of the vertical axis, not blank
     * @return this builder
     */
    public Builder axes(String xLabel, String yLabel) {
      text = text.withAxes(xLabel, yLabel);
      return this;
    }

    /**
     * Adds a step with its statistics.
     *
     * @param x the step, greater than the previous one
     * @param p5 the 5th percentile
     * @param p50 the median
     * @param p95 the 95th percentile
     * @param mean the mean
     * @return this builder
     * @throws IllegalArgumentException if a value is not finite, {@code x} does not increase, or
     *     not {@code p5 <= p50 <= p95}
     */
    public Builder step(double x, double p5, double p50, double p95, double mean) {
      Checks.finite(x, "x");
      Checks.finite(p5, "p5");
      Checks.finite(p50, "p50");
      Checks.finite(p95, "p95");
      Checks.finite(mean, "mean");
      if (!(p5 <= p50 && p50 <= p95)) {
        throw new IllegalArgumentException(
            "percentiles out of order at x=" + x + ": p5=" + p5 + " p50=" + p50 + " p95=" + p95);
      }
      if (!rows.isEmpty() && !(x > rows.get(rows.size() - 1)[0])) {
        throw new IllegalArgumentException(
            "steps must be strictly increasing: " + rows.get(rows.size() - 1)[0] + " then " + x);
      }
      rows.add(new double[] {x, p5, p50, p95, mean});
      return this;
    }

    /**
     * Adds a step from every run's value at that step: percentiles by linear interpolation between
     * order statistics ({@code h = (n - 1) p}, Hyndman and Fan type 7), and the arithmetic mean.
     *
     * @param x the step, greater than the previous one
     * @param runs each run's value at this step, in any order; not modified
     * @return this builder
     * @throws IllegalArgumentException if {@code runs} is empty, a value is not finite, or {@code
     *     x} does not increase
     */
    public Builder stepFromRuns(double x, double[] runs) {
      Objects.requireNonNull(runs, "runs");
      if (runs.length == 0) {
        throw new IllegalArgumentException("no runs at x=" + x);
      }
      double[] sorted = runs.clone();
      for (int i = 0; i < sorted.length; i++) {
        Checks.finite(sorted[i], "runs[" + i + "]");
      }
      // DoubleStream.sum compensates rounding errors (Kahan summation).
      double sum = DoubleStream.of(sorted).sum();
      Arrays.sort(sorted);
      return step(
          x,
          percentile(sorted, 0.05),
          percentile(sorted, 0.50),
          percentile(sorted, 0.95),
          sum / sorted.length);
    }

    private static double percentile(double[] sorted, double p) {
      double h = (sorted.length - 1) * p;
      int lo = (int) Math.floor(h);
      int hi = Math.min(lo + 1, sorted.length - 1);
      // Clamped, so that rounding cannot push a percentile past the next order statistic.
      return Math.min(sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]), sorted[hi]);
    }

    /**
     * Builds the chart.
     *
     * @return the chart
     * @throws IllegalStateException if no step was added
     */
    public BandChart build() {
      if (rows.isEmpty()) {
        throw new IllegalStateException("band chart " + text.id() + " has no steps");
      }
      return new BandChart(this);
    }
  }
}
