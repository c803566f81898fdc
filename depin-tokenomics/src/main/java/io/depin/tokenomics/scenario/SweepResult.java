package io.depin.tokenomics.scenario;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What a sweep did: one {@link ScenarioResult} per point (each with its own report in a
 * subdirectory {@code point-<i>/}) and the summary files comparing the points.
 *
 * {@snippet :
 * SweepResult r = ScenarioRunner.builder().build().sweep(scenario, Path.of("out"));
 * r.points().size();   // one per sweep point
 * r.summaryCsv();      // out/sweep-summary.csv
 * }
 *
 * @param mode how the swept values were combined
 * @param points one result per point, by point index
 * @param summaryCsv the summary table, one row per point
 * @param summaryJson the same as JSON, with the sweep's metadata
 * @since 0.1.0
 */
public record SweepResult(
    SweepMode mode, List<ScenarioResult> points, Path summaryCsv, Path summaryJson) {
  /** Checks and copies the fields. */
  public SweepResult {
    Objects.requireNonNull(mode, "mode");
    points = List.copyOf(points);
    Objects.requireNonNull(summaryCsv, "summaryCsv");
    Objects.requireNonNull(summaryJson, "summaryJson");
  }
}
