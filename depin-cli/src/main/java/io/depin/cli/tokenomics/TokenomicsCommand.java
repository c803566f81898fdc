package io.depin.cli.tokenomics;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code depin tokenomics}: emission schedules and exact reward distribution. Each subcommand is a
 * class of its own, listed in {@code subcommands}.
 *
 * {@snippet lang=shell :
 * depin tokenomics schedule examples/schedules/helium-like-halving.yaml --from 0 --to 23
 * depin tokenomics distribute 1000 weights.csv --policy policy.yaml --format json
 * }
 */
@Command(
    name = "tokenomics",
    mixinStandardHelpOptions = true,
    description = "Token economics: emission schedules and exact reward distribution from YAML files.",
    subcommands = {ScheduleCommand.class, DistributeCommand.class})
public final class TokenomicsCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Creates the command (picocli instantiates it). */
  public TokenomicsCommand() {}

  /** Prints the usage of the {@code tokenomics} subcommands. */
  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
