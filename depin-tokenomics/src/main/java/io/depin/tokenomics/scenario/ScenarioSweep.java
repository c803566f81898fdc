package io.depin.tokenomics.scenario;

import java.util.List;
import java.util.Objects;

/**
 * The {@code sweep:} section of a scenario: which parameters vary, how their values combine, and
 * the resulting points, each a complete, validated scenario.
 *
 * {@snippet :
 * ScenarioSweep sweep = scenario.sweepOrEmpty().orElseThrow();
 * sweep.mode();            // ZIP or CARTESIAN
 * sweep.parameters();      // [operators.cost_per_epoch, price.gbm.volatility]
 * sweep.points().size();   // 3 for a zip of two 3-value lists, 9 for their cartesian product
 * }
 *
 * @param mode how the values combine
 * @param parameters the dotted key paths of the swept values, in the order of the file
 * @param points the points, at least one
 * @since 0.1.0
 */
public record ScenarioSweep(SweepMode mode, List<String> parameters, List<SweepPoint> points) {
  /** Checks and copies the fields. */
  public ScenarioSweep {
    Objects.requireNonNull(mode, "mode");
    parameters = List.copyOf(parameters);
    points = List.copyOf(points);
    if (points.isEmpty()) {
      throw new IllegalArgumentException("a sweep has at least one point");
    }
  }
}
