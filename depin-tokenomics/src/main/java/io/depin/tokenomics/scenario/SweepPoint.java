package io.depin.tokenomics.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Objects;
import java.util.SequencedMap;

/**
 * One point of a scenario's sweep: the values of the swept parameters, as written in the file,
 * and the complete scenario they give.
 *
 * {@snippet :
 * for (SweepPoint p : scenario.sweepOrEmpty().orElseThrow().points()) {
 *   System.out.println(p.index() + " " + p.values()); // 0 {operators.cost_per_epoch=0.25}
 * }
 * }
 *
 * @param index the point's index, from 0
 * @param values the swept parameters' values, by dotted key path, in the order of the file
 * @param scenario the scenario with those values, without a sweep of its own
 * @since 0.1.0
 */
public record SweepPoint(int index, SequencedMap<String, String> values, Scenario scenario) {
  /** Checks and copies the fields. */
  public SweepPoint {
    Objects.requireNonNull(scenario, "scenario");
    values = Collections.unmodifiableSequencedMap(new LinkedHashMap<>(values));
    if (index < 0) {
      throw new IllegalArgumentException("negative index");
    }
  }

  /** {@return the point's name for directories and tables, such as {@code point-3}} */
  public String name() {
    return "point-" + index;
  }
}
