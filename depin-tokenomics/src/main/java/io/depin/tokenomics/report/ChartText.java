package io.depin.tokenomics.report;

import java.util.Objects;

/**
 * The texts every {@link Chart} carries, checked in one place for all chart types: the id, the
 * title, the caption and the two axis labels. Immutable; each {@code with…} method checks its
 * argument and returns a copy.
 */
record ChartText(String id, String title, String caption, String xLabel, String yLabel) {

  /**
   * Starts from an id: the title is the id, the caption is empty and the axes are "step" and
   * "value".
   *
   * @throws IllegalArgumentException if the id is not of the form described in {@link Chart}
   */
  static ChartText of(String id) {
    String checked = Checks.chartId(id);
    return new ChartText(checked, checked, "", "step", "value");
  }

  /** Replaces the title, which must not be blank. */
  ChartText withTitle(String title) {
    return new ChartText(id, Checks.text(title, "title"), caption, xLabel, yLabel);
  }

  /** Replaces the caption, which may be empty. */
  ChartText withCaption(String caption) {
    return new ChartText(id, title, Objects.requireNonNull(caption, "caption"), xLabel, yLabel);
  }

  /** Replaces both axis labels, which must not be blank. */
  ChartText withAxes(String xLabel, String yLabel) {
    return new ChartText(
        id, title, caption, Checks.text(xLabel, "xLabel"), Checks.text(yLabel, "yLabel"));
  }
}
