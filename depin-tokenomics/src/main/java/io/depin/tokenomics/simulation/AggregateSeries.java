package io.depin.tokenomics.simulation;

/**
 * The per-step statistics of one column for one parameter set, over the runs that completed: mean,
 * 5th, 50th and 95th percentiles at every time from 0 to the number of steps, and the {@linkplain
 * #method() method} that found the percentiles. Immutable.
 *
 * {@snippet :
 * AggregateSeries supply = aggregates.series(0, "supply");
 * System.out.printf("final supply: mean %.0f, 90%% band [%.0f, %.0f]%n",
 *     supply.mean(3650), supply.p5(3650), supply.p95(3650));
 * }
 *
 * @since 0.1.0
 */
public final class AggregateSeries {
  private final String column;
  private final int runs;
  private final PercentileMethod method;
  private final double[] mean;
  private final double[] p5;
  private final double[] p50;
  private final double[] p95;

  AggregateSeries(
      String column,
      int runs,
      PercentileMethod method,
      double[] mean,
      double[] p5,
      double[] p50,
      double[] p95) {
    this.column = column;
    this.runs = runs;
    this.method = method;
    this.mean = mean;
    this.p5 = p5;
    this.p50 = p50;
    this.p95 = p95;
  }

  /** {@return the column's name} */
  public String column() {
    return column;
  }

  /** {@return the number of completed runs the statistics are over; 0 makes every value NaN} */
  public int runs() {
    return runs;
  }

  /** {@return how the percentiles were found: exactly, or by a sketch of stated accuracy} */
  public PercentileMethod method() {
    return method;
  }

  /** {@return the number of times, which is the number of steps plus one} */
  public int length() {
    return mean.length;
  }

  /**
   * Returns the mean at a time.
   *
   * @param t the time, 0 to the number of steps
   * @return the arithmetic mean over the runs (NaN if a value is NaN): summed in run order by the
   *     exact method, exactly by the sketch method (see {@link AggregateSink})
   */
  public double mean(int t) {
    return mean[t];
  }

  /**
   * Returns the 5th percentile at a time.
   *
   * @param t the time
   * @return the type-7 quantile, exact or within the sketch's accuracy (see {@link AggregateSink})
   */
  public double p5(int t) {
    return p5[t];
  }

  /**
   * Returns the median at a time.
   *
   * @param t the time
   * @return the type-7 quantile, exact or within the sketch's accuracy
   */
  public double p50(int t) {
    return p50[t];
  }

  /**
   * Returns the 95th percentile at a time.
   *
   * @param t the time
   * @return the type-7 quantile, exact or within the sketch's accuracy
   */
  public double p95(int t) {
    return p95[t];
  }

  /** {@return a copy of the means, indexed by time} */
  public double[] means() {
    return mean.clone();
  }
}
