package io.depin.tokenomics.simulation;

/**
 * The per-step statistics of one column for one parameter set, over the runs that completed: mean,
 * 5th, 50th and 95th percentiles at every time from 0 to the number of steps. Immutable.
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
  private final double[] mean;
  private final double[] p5;
  private final double[] p50;
  private final double[] p95;

  AggregateSeries(String column, int runs, double[] mean, double[] p5, double[] p50, double[] p95) {
    this.column = column;
    this.runs = runs;
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

  /** {@return the number of times, which is the number of steps plus one} */
  public int length() {
    return mean.length;
  }

  /**
   * Returns the mean at a time.
   *
   * @param t the time, 0 to the number of steps
   * @return the arithmetic mean over the runs, summed in run order (NaN if a value is NaN)
   */
  public double mean(int t) {
    return mean[t];
  }

  /**
   * Returns the 5th percentile at a time.
   *
   * @param t the time
   * @return the exact type-7 quantile (see {@link AggregateSink})
   */
  public double p5(int t) {
    return p5[t];
  }

  /**
   * Returns the median at a time.
   *
   * @param t the time
   * @return the exact type-7 quantile
   */
  public double p50(int t) {
    return p50[t];
  }

  /**
   * Returns the 95th percentile at a time.
   *
   * @param t the time
   * @return the exact type-7 quantile
   */
  public double p95(int t) {
    return p95[t];
  }

  /** {@return a copy of the means, indexed by time} */
  public double[] means() {
    return mean.clone();
  }
}
