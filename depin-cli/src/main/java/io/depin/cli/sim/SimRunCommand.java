package io.depin.cli.sim;

import io.depin.cli.internal.Progress;
import io.depin.tokenomics.config.ConfigException;
import io.depin.tokenomics.scenario.Scenario;
import io.depin.tokenomics.scenario.ScenarioResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code depin sim run [<scenario.yaml>]}: runs a scenario's Monte Carlo runs (its {@code sweep:}
 * section, if any, is ignored: see {@code sim sweep}) with progress on stderr (a bar on a terminal,
 * plain lines in logs and pipes), prints the
 * seed, the headline figures and the files written: {@code report.html}, {@code report.json}, one
 * CSV per plot and {@code aggregates.csv}. Without a file it runs the bundled Helium-like scenario
 * ({@code examples/scenarios/helium-like.yaml}). A bad file is reported as {@code
 * file:line:col: key: problem} with exit status 1. Failed runs are listed on stderr and in the
 * report; the status stays 0 when the report was written.
 *
 * {@snippet lang=shell :
 * depin sim run --runs 200 --out depin-report
 * # scenario: helium-like (bundled), 200 runs x 3650 epochs of 1 day
 * # seed: 42
 * # ...
 * # wrote depin-report/report.html
 * }
 */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = "Runs a scenario (default: the bundled Helium-like example) and writes its report.")
public final class SimRunCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin ScenarioOptions options;

  @Parameters(index = "0", arity = "0..1", paramLabel = "<scenario.yaml>",
      description = "the scenario file (default: the bundled helium-like.yaml)")
  @Nullable Path file;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "depin-report",
      description = "output directory (default: ${DEFAULT-VALUE})")
  Path out = Path.of("depin-report");

  @Option(names = "--all-runs", description = "also write every run's every epoch to runs.csv")
  boolean allRuns;

  /** Creates the command (picocli instantiates it). */
  public SimRunCommand() {}

  @Override
  public Integer call() {
    PrintWriter o = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Scenario scenario;
    try {
      scenario = options.load(file);
    } catch (ConfigException | IllegalArgumentException e) {
      return SimSupport.fail(err, Objects.requireNonNullElse(e.getMessage(), e.toString()));
    }
    o.println("scenario: " + scenario.name() + (file == null ? " (bundled)" : " (" + file + ")")
        + ", " + scenario.runs() + " runs x " + scenario.steps() + " epochs of "
        + scenario.epochLengthDescription());
    o.println("seed: " + scenario.seed());
    if (scenario.sweep() != null) {
      o.println("note: the file has a sweep; this runs the base scenario (use `depin sim sweep`)");
    }
    o.flush();
    ScenarioResult result;
    try (Progress progress = SimSupport.progress(scenario.runs(), err)) {
      result = SimSupport.runner(progress, options, allRuns).run(scenario, out);
    } catch (IOException e) {
      return SimSupport.fail(err, "cannot write " + out + ": " + e.getMessage());
    } catch (IllegalArgumentException e) {
      return SimSupport.fail(err, Objects.requireNonNullElse(e.getMessage(), e.toString()));
    }
    SimSupport.print(result, -1, scenario.token().symbol(), o, err);
    o.flush();
    err.flush();
    return 0;
  }
}
