package io.depin.cli.sim;

import io.depin.tokenomics.config.ConfigException;
import io.depin.tokenomics.scenario.Scenario;
import io.depin.tokenomics.simulation.PercentileMethod;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The options with which {@code sim run} and {@code sim sweep} override a scenario file. */
final class ScenarioOptions {
  @Option(names = "--runs", paramLabel = "N",
      description = "Monte Carlo runs, per sweep point in a sweep (default: the file's)")
  @Nullable Integer runs;

  @Option(names = "--seed", paramLabel = "S", description = "master seed (default: the file's)")
  @Nullable Long seed;

  @Option(names = "--steps", paramLabel = "E", description = "epochs per run (default: the file's)")
  @Nullable Integer steps;

  @Option(names = "--percentiles", paramLabel = "METHOD",
      description = "exact, or sketch(<relative accuracy>) such as sketch(0.001), whose memory does"
          + " not grow with the runs (default: exact up to 20,000,000 values per column, else"
          + " sketch(0.001))")
  @Nullable String percentiles;

  @Option(names = "--threads", paramLabel = "T",
      description = "worker threads (default: all processors; results do not depend on it)")
  @Nullable Integer threads;

  /**
   * Reads the scenario file, or the bundled default when {@code file} is null, with the overrides.
   *
   * @throws ConfigException if the file cannot be used
   * @throws IllegalArgumentException if an override is out of range
   */
  Scenario load(@Nullable Path file) throws ConfigException {
    if ((runs != null && runs < 1) || (threads != null && threads < 1)
        || (steps != null && steps < 1)) {
      throw new IllegalArgumentException("--runs, --steps and --threads must be at least 1");
    }
    percentiles();
    return SimSupport.load(file, runs, seed, steps);
  }

  /**
   * The percentile method asked for, or null for the runner's default.
   *
   * @throws IllegalArgumentException if --percentiles is not a method
   */
  @Nullable PercentileMethod percentiles() {
    String text = percentiles;
    return text == null ? null : PercentileMethod.parse(text);
  }
}
