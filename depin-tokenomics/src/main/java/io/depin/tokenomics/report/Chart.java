package io.depin.tokenomics.report;

/**
 * One plot in a {@link Report}, with the data behind it. The id names the chart's CSV file
 * ({@code <id>.csv}) and its element in the HTML page, so it is unique within a report and made of
 * lower-case letters, digits and hyphens.
 *
 * {@snippet :
 * Chart chart = LineChart.builder("operators")
 *     .title("Active operators").caption("Operators online at the end of each epoch.")
 *     .axes("epoch", "operators")
 *     .x(0, 1, 2).series("operators", 100, 130, 170)
 *     .build();
 * String csvName = chart.id() + ".csv"; // operators.csv
 * }
 *
 * @since 0.1.0
 */
public sealed interface Chart permits BandChart, LineChart, LorenzChart {
  /** {@return the id: 1 to 64 of {@code [a-z0-9-]}, unique within a report} */
  String id();

  /** {@return the title drawn above the plot} */
  String title();

  /** {@return the caption shown under the plot; may be empty} */
  String caption();

  /** {@return the label of the horizontal axis} */
  String xLabel();

  /** {@return the label of the vertical axis} */
  String yLabel();
}
