package io.depin.tokenomics.report;

import java.util.Objects;

/**
 * One named line of a {@link LineChart}: a value for each of the chart's steps.
 *
 * {@snippet :
 * Series burn = Series.of("burned", 0, 12.5, 30);
 * double[] values = burn.values(); // a copy
 * }
 *
 * <p>Immutable; {@link #values()} returns a copy.
 *
 * @since 0.1.0
 */
public final class Series {
  private final String name;
  private final double[] values;

  private Series(String name, double[] values) {
    this.name = name;
    this.values = values;
  }

  /**
   * Creates a series.
   *
   * @param name the name shown in the legend and used as the CSV column header, not blank
   * @param values one finite value per step; copied
   * @return the series
   * @throws IllegalArgumentException if the name is blank or a value is not finite
   */
  public static Series of(String name, double... values) {
    Checks.text(name, "series name");
    double[] copy = Objects.requireNonNull(values, "values").clone();
    for (int i = 0; i < copy.length; i++) {
      Checks.finite(copy[i], name + "[" + i + "]");
    }
    return new Series(name, copy);
  }

  /** {@return the name} */
  public String name() {
    return name;
  }

  /** {@return how many values the series has} */
  public int size() {
    return values.length;
  }

  /** {@return the values, one per step} */
  public double[] values() {
    return values.clone();
  }

  @Override
  public String toString() {
    return "Series[" + name + ", " + values.length + " values]";
  }
}
