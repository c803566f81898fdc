package io.depin.tokenomics.simulation;

import java.util.List;
import java.util.Objects;

/**
 * What a simulation did: its seed (printed by {@link #toString()}), its size, and the runs that
 * failed, ordered by sweep index then run index. The data went to the sinks.
 *
 * {@snippet :
 * SimulationResult result = simulation.run();
 * System.out.println(result);   // seed=42 sweep=1 runs=1000 steps=3650 completed=1000 failed=0
 * }
 *
 * @param masterSeed the simulation's seed
 * @param sweepSize the number of parameter sets
 * @param runs the runs per parameter set
 * @param steps the steps per run
 * @param completed the runs that finished
 * @param failures the runs that threw
 * @since 0.1.0
 */
public record SimulationResult(
    long masterSeed,
    int sweepSize,
    int runs,
    int steps,
    long completed,
    List<RunFailure> failures) {
  /** Copies the failures. */
  public SimulationResult {
    failures = List.copyOf(Objects.requireNonNull(failures, "failures"));
  }

  /** {@return whether every run finished} */
  public boolean succeeded() {
    return failures.isEmpty();
  }

  @Override
  public String toString() {
    return "seed="
        + masterSeed
        + " sweep="
        + sweepSize
        + " runs="
        + runs
        + " steps="
        + steps
        + " completed="
        + completed
        + " failed="
        + failures.size();
  }
}
