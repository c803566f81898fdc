package io.depin.tokenomics.simulation;

import java.util.List;
import java.util.Objects;

/**
 * What a sink is told before the first run: the recorded columns and the size of the simulation.
 * Each run records {@code steps + 1} states (times 0 to {@code steps}).
 *
 * {@snippet :
 * long rows = (long) plan.sweepSize() * plan.runs() * (plan.steps() + 1);
 * }
 *
 * @param columns the column names, in the order of the values sinks receive
 * @param sweepSize the number of parameter sets
 * @param runs the runs per parameter set
 * @param steps the steps per run
 * @param masterSeed the simulation's seed
 * @param parallelism the threads the simulation runs on; a sink may use as many in {@link
 *     Sink#close()}
 * @since 0.1.0
 */
public record SimulationPlan(
    List<String> columns, int sweepSize, int runs, int steps, long masterSeed, int parallelism) {
  /** Checks and copies the fields. */
  public SimulationPlan {
    columns = List.copyOf(Objects.requireNonNull(columns, "columns"));
    if (sweepSize < 1 || runs < 1 || steps < 0 || parallelism < 1) {
      throw new IllegalArgumentException(
          "sweepSize, runs and parallelism must be positive, steps non-negative");
    }
  }
}
