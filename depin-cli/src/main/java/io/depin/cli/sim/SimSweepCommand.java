package io.depin.cli.sim;

import io.depin.cli.internal.Progress;
import io.depin.tokenomics.config.ConfigException;
import io.depin.tokenomics.scenario.Scenario;
import io.depin.tokenomics.scenario.ScenarioResult;
import io.depin.tokenomics.scenario.ScenarioSweep;
import io.depin.tokenomics.scenario.SweepResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code depin sim sweep <scenario.yaml>}: runs every point of the file's {@code sweep:} section
 * ({@code mode: zip} or {@code mode: cartesian}) with one progress count for all runs, writes one
 * report per point into {@code <out>/point-<i>/} and the comparison {@code sweep-summary.csv} and
 * {@code sweep-summary.json} into {@code <out>}, and prints the seed and the files.
 *
 * {@snippet lang=shell :
 * depin sim sweep examples/scenarios/helium-sweep.yaml --runs 50 --out sweep-report
 * }
 */
@Command(
    name = "sweep",
    mixinStandardHelpOptions = true,
    description = "Runs every point of a scenario's sweep (zip or cartesian) and writes a report per"
        + " point plus a summary.")
public final class SimSweepCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin ScenarioOptions options;

  @Parameters(index = "0", paramLabel = "<scenario.yaml>", description = "a scenario with a sweep")
  @Nullable Path file;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "depin-sweep",
      description = "output directory (default: ${DEFAULT-VALUE})")
  Path out = Path.of("depin-sweep");

  /** Creates the command (picocli instantiates it). */
  public SimSweepCommand() {}

  @Override
  public Integer call() {
    PrintWriter o = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Scenario scenario;
    try {
      scenario = options.load(Objects.requireNonNull(file));
    } catch (ConfigException | IllegalArgumentException e) {
      return SimSupport.fail(err, Objects.requireNonNullElse(e.getMessage(), e.toString()));
    }
    ScenarioSweep sweep = scenario.sweep();
    if (sweep == null) {
      return SimSupport.fail(err, file + ": the scenario has no sweep section; use `depin sim run`");
    }
    o.println("scenario: " + scenario.name() + " (" + file + "), " + sweep.mode().name()
        .toLowerCase(Locale.ROOT) + " sweep of " + sweep.parameters() + ": "
        + sweep.points().size() + " points x " + scenario.runs() + " runs x " + scenario.steps()
        + " epochs of " + scenario.epochLengthDescription());
    o.println("seed: " + scenario.seed());
    o.flush();
    SweepResult result;
    try (Progress progress =
        SimSupport.progress((long) sweep.points().size() * scenario.runs(), err)) {
      result = SimSupport.runner(progress, options, false).sweep(scenario, out);
    } catch (IOException e) {
      return SimSupport.fail(err, "cannot write " + out + ": " + e.getMessage());
    } catch (IllegalArgumentException e) {
      return SimSupport.fail(err, Objects.requireNonNullElse(e.getMessage(), e.toString()));
    }
    for (int i = 0; i < result.points().size(); i++) {
      ScenarioResult r = result.points().get(i);
      o.println("point " + i + " " + sweep.points().get(i).values() + ":");
      SimSupport.print(r, i, scenario.token().symbol(), o, err);
    }
    o.println("wrote " + result.summaryCsv());
    o.println("wrote " + result.summaryJson());
    o.flush();
    err.flush();
    return 0;
  }
}
