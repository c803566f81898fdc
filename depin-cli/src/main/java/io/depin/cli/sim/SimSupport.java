package io.depin.cli.sim;

import io.depin.cli.internal.Progress;
import io.depin.tokenomics.config.ConfigException;
import io.depin.tokenomics.scenario.Scenario;
import io.depin.tokenomics.scenario.ScenarioResult;
import io.depin.tokenomics.scenario.ScenarioRunner;
import io.depin.tokenomics.scenario.Scenarios;
import io.depin.tokenomics.simulation.PercentileMethod;
import io.depin.tokenomics.simulation.RunFailure;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** What {@code sim run} and {@code sim sweep} share: loading, overrides, progress and printing. */
final class SimSupport {
  /** The classpath resource of the default scenario, a copy of examples/scenarios/helium-like.yaml. */
  static final String DEFAULT_SCENARIO = "helium-like.yaml";

  private SimSupport() {}

  /** Reads the bundled default scenario. */
  static Scenario defaultScenario() throws ConfigException {
    try (InputStream in = SimSupport.class.getResourceAsStream(DEFAULT_SCENARIO)) {
      if (in == null) {
        throw new IllegalStateException("the bundled scenario " + DEFAULT_SCENARIO + " is missing");
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return Scenarios.fromYaml(DEFAULT_SCENARIO + " (bundled)", text);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the bundled scenario", e);
    }
  }

  /** Reads a scenario file or the default, and applies --runs, --seed and --steps. */
  static Scenario load(
      @Nullable Path file, @Nullable Integer runs, @Nullable Long seed, @Nullable Integer steps)
      throws ConfigException {
    Scenario s = file == null ? defaultScenario() : Scenarios.fromYaml(file);
    if (steps != null) {
      s = s.withSteps(steps);
    }
    if (runs != null) {
      s = s.withRuns(runs);
    }
    if (seed != null) {
      s = s.withSeed(seed);
    }
    return s;
  }

  /** Progress of runs on stderr: a bar on a terminal, plain lines otherwise. */
  static Progress progress(long total, PrintWriter err) {
    return Progress.onStandardError("simulating", "runs", total, err);
  }

  /** A runner reporting to the progress, with the options' threads and percentile method. */
  static ScenarioRunner runner(Progress progress, ScenarioOptions options, boolean allRuns) {
    ScenarioRunner.Builder b = ScenarioRunner.builder()
        .progress((done, total) -> progress.stepTo(done))
        .writeAllRuns(allRuns);
    if (options.threads != null) {
      b.parallelism(options.threads);
    }
    PercentileMethod method = options.percentiles();
    if (method != null) {
      b.percentiles(method);
    }
    return b.build();
  }

  /**
   * Prints one result's figures, failures (on err) and files; {@code point} is the sweep point's
   * index, named in each failure line since those go to another stream than the point's header, or
   * -1 outside a sweep.
   */
  static void print(ScenarioResult r, int point, String token, PrintWriter out, PrintWriter err) {
    out.printf(Locale.ROOT, "completed: %d of %d runs, %d failed%n",
        r.completed(), r.runs(), r.failures().size());
    if (r.completed() > 0) {
      out.printf(Locale.ROOT,
          "final supply: mean %.0f %s, median %.0f %s; median operators %.0f%s%n",
          r.meanFinalSupply(), token, r.medianFinalSupply(), token, r.medianFinalOperators(),
          r.gini().isPresent()
              ? String.format(Locale.ROOT, "; Gini of final-epoch rewards %.4f",
                  r.gini().getAsDouble())
              : "");
    }
    for (RunFailure f : r.failures()) {
      err.println("failed: " + (point < 0 ? "" : "point " + point + " ") + "run " + f.runIndex()
          + " (seed " + f.seed() + ") at step " + f.step() + ": "
          + Objects.requireNonNullElse(f.cause().getMessage(), f.cause().toString()));
    }
    for (Path p : r.files()) {
      out.println("wrote " + p);
    }
  }

  /** Prints an error and returns the exit status 1. */
  static int fail(PrintWriter err, String message) {
    err.println("error: " + message);
    err.flush();
    return 1;
  }
}
