package io.depin.tokenomics.scenario;

import io.depin.tokenomics.simulation.RunFailure;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * What one scenario (or one sweep point) did and where its report is.
 *
 * {@snippet :
 * ScenarioResult r = ScenarioRunner.builder().build().run(scenario, Path.of("out"));
 * System.out.println("seed " + r.seed() + ": " + r.completed() + " runs, report " + r.files());
 * }
 *
 * @param name the scenario's name
 * @param seed the master seed
 * @param runs the runs started
 * @param steps the epochs per run
 * @param completed the runs that finished
 * @param failures the runs that failed, with seed, step and cause
 * @param meanFinalSupply the mean final supply over completed runs, whole tokens (NaN if none)
 * @param medianFinalSupply the median final supply, whole tokens (NaN if none)
 * @param medianFinalOperators the median final operator count (NaN if none)
 * @param gini the Gini coefficient of the median run's final-epoch operator rewards, or empty if
 *     no run completed
 * @param directory where the report was written
 * @param files the files written
 * @since 0.1.0
 */
public record ScenarioResult(
    String name,
    long seed,
    int runs,
    int steps,
    long completed,
    List<RunFailure> failures,
    double meanFinalSupply,
    double medianFinalSupply,
    double medianFinalOperators,
    OptionalDouble gini,
    Path directory,
    List<Path> files) {
  /** Checks and copies the fields. */
  public ScenarioResult {
    Objects.requireNonNull(name, "name");
    failures = List.copyOf(failures);
    Objects.requireNonNull(gini, "gini");
    Objects.requireNonNull(directory, "directory");
    files = List.copyOf(files);
  }

  /** {@return the path of the HTML report} */
  public Path html() {
    return directory.resolve("report.html");
  }
}
