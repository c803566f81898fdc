package io.depin.tokenomics.report;

import java.util.Objects;

/**
 * A reward distribution drawn as its Lorenz curve against the line of equality, with the Gini
 * coefficient in the legend and the caption.
 *
 * {@snippet :
 * long[] rewardsPerOperator = {0, 10, 10, 40, 140};
 * LorenzChart chart = LorenzChart.of("rewards", "Rewards in the last epoch",
 *     "Base units per operator.", Inequality.lorenz(rewardsPerOperator));
 * double gini = chart.lorenz().gini();
 * }
 *
 * <p>Immutable.
 *
 * @since 0.1.0
 */
public final class LorenzChart implements Chart {
  private final ChartText text;
  private final Lorenz lorenz;

  private LorenzChart(ChartText text, Lorenz lorenz) {
    this.text = text;
    this.lorenz = lorenz;
  }

  /**
   * Creates a chart.
   *
   * @param id the chart id (see {@link Chart})
   * @param title the title drawn above the plot, not blank
   * @param caption the text shown under the plot; may be empty
   * @param lorenz the distribution, from {@link Inequality}
   * @return the chart
   * @throws IllegalArgumentException if the id is not of the form described in {@link Chart} or
   *     the title is blank
   */
  public static LorenzChart of(String id, String title, String caption, Lorenz lorenz) {
    ChartText text =
        ChartText.of(id)
            .withTitle(title)
            .withCaption(caption)
            .withAxes("cumulative share of recipients", "cumulative share of the total");
    return new LorenzChart(text, Objects.requireNonNull(lorenz, "lorenz"));
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

  /** {@return "cumulative share of recipients"} */
  @Override
  public String xLabel() {
    return text.xLabel();
  }

  /** {@return "cumulative share of the total"} */
  @Override
  public String yLabel() {
    return text.yLabel();
  }

  /** {@return the curve and the Gini coefficient} */
  public Lorenz lorenz() {
    return lorenz;
  }

  @Override
  public String toString() {
    return "LorenzChart[" + text.id() + ", " + lorenz.recipients() + " recipients]";
  }
}
