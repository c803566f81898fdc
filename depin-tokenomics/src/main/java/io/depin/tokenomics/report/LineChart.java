package io.depin.tokenomics.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Several named series over the same steps, such as "emission vs burn per epoch" or "operator
 * count".
 *
 * {@snippet :
 * LineChart flows = LineChart.builder("emission-burn")
 *     .title("Emission and burn per epoch").caption("Median run.")
 *     .axes("epoch", "tokens")
 *     .x(0, 1, 2, 3)
 *     .series("emitted", 500, 500, 250, 250)
 *     .series("burned", 0, 120, 180, 260)
 *     .build();
 * }
 *
 * <p>Immutable; accessors return copies.
 *
 * @since 0.1.0
 */
public final class LineChart implements Chart {
  private final ChartText text;
  private final double[] x;
  private final List<Series> series;

  private LineChart(Builder b, double[] x) {
    this.text = b.text;
    this.x = x;
    this.series = List.copyOf(b.series);
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

  /** {@return the steps, strictly increasing} */
  public double[] x() {
    return x.clone();
  }

  /** {@return the series in the order they were added, each with one value per step} */
  public List<Series> series() {
    return series;
  }

  @Override
  public String toString() {
    return "LineChart[" + text.id() + ", " + x.length + " steps, " + series.size() + " series]";
  }

  /**
   * Collects the steps and series of a {@link LineChart}.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private ChartText text;
    private double @Nullable [] x;
    private final List<Series> series = new ArrayList<>();
    private final Set<String> names = new HashSet<>();

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
     * Sets the steps shared by every series.
     *
     * @param x the steps, finite and strictly increasing; copied
     * @return this builder
     * @throws IllegalArgumentException if {@code x} is empty, holds a value that is not finite, or
     *     does not increase
     */
    public Builder x(double... x) {
      double[] copy = Objects.requireNonNull(x, "x").clone();
      if (copy.length == 0) {
        throw new IllegalArgumentException("x must not be empty");
      }
      this.x = Checks.increasing(copy, "x");
      return this;
    }

    /**
     * Adds a series.
     *
     * @param name the legend name and CSV column header, unique within the chart
     * @param values one finite value per step; copied
     * @return this builder
     * @throws IllegalArgumentException if the name is blank or taken, or a value is not finite
     */
    public Builder series(String name, double... values) {
      return series(Series.of(name, values));
    }

    /**
     * Adds a series.
     *
     * @param s the series; its name must be unique within the chart
     * @return this builder
     * @throws IllegalArgumentException if the name is taken
     */
    public Builder series(Series s) {
      Objects.requireNonNull(s, "series");
      if (!names.add(s.name())) {
        throw new IllegalArgumentException("duplicate series name in " + text.id() + ": " + s.name());
      }
      series.add(s);
      return this;
    }

    /**
     * Builds the chart.
     *
     * @return the chart
     * @throws IllegalStateException if the steps are not set, there is no series, or a series does
     *     not have one value per step
     */
    public LineChart build() {
      double[] steps = x;
      if (steps == null) {
        throw new IllegalStateException("line chart " + text.id() + " has no steps: call x(...)");
      }
      if (series.isEmpty()) {
        throw new IllegalStateException("line chart " + text.id() + " has no series");
      }
      for (Series s : series) {
        if (s.size() != steps.length) {
          throw new IllegalStateException(
              "series " + s.name() + " has " + s.size() + " values for " + steps.length + " steps");
        }
      }
      return new LineChart(this, steps);
    }
  }
}
