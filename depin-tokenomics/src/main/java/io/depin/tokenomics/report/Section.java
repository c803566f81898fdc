package io.depin.tokenomics.report;

import java.util.List;
import java.util.Objects;

/**
 * A part of a {@link Report}: a heading, a paragraph of plain text, and charts.
 *
 * {@snippet :
 * Section supply = Section.of("Supply", "Circulating supply across all runs.", supplyChart);
 * }
 *
 * @param heading the heading, not blank
 * @param text a paragraph shown under the heading (plain text, escaped when written); may be empty
 * @param charts the charts, in order
 * @since 0.1.0
 */
public record Section(String heading, String text, List<Chart> charts) {
  /**
   * Checks the section and copies the chart list.
   *
   * @throws IllegalArgumentException if the heading is blank
   */
  public Section {
    Checks.text(heading, "heading");
    Objects.requireNonNull(text, "text");
    charts = List.copyOf(charts);
  }

  /**
   * Creates a section.
   *
   * @param heading the heading, not blank
   * @param text a paragraph of plain text; may be empty
   * @param charts the charts, in order
   * @return the section
   * @throws IllegalArgumentException if the heading is blank
   */
  public static Section of(String heading, String text, Chart... charts) {
    return new Section(heading, text, List.of(charts));
  }
}
