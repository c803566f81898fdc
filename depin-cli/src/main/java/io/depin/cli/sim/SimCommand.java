package io.depin.cli.sim;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code depin sim}: simulates token economies described by scenario files.
 *
 * {@snippet lang=shell :
 * depin sim run                                   # the bundled Helium-like scenario
 * depin sim run examples/scenarios/render-like.yaml --runs 500 --out render-report
 * depin sim sweep examples/scenarios/helium-sweep.yaml --out sweep-report
 * }
 */
@Command(
    name = "sim",
    mixinStandardHelpOptions = true,
    description = "Monte Carlo simulation of token economies from YAML scenario files, with reports.",
    subcommands = {SimRunCommand.class, SimSweepCommand.class})
public final class SimCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Creates the command (picocli instantiates it). */
  public SimCommand() {}

  /** Prints the usage of the {@code sim} subcommands. */
  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
