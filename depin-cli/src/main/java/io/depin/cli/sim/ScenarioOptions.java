package io.depin.cli.sim;

import io.depin.tokenomics.config.ConfigException;
import io.depin.tokenomics.scenario.Scenario;
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
    return SimSupport.load(file, runs, seed, steps);
  }
}
