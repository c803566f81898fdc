package io.depin.cli.tokenomics;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code depin tokenomics}: emission schedules and other token-economy tools. Each subcommand is a
 * class of its own, listed in {@code subcommands}.
 *
 * {@snippet lang=shell :
 * depin tokenomics schedule examples/schedules/helium-like-halving.yaml --from 0 --to 23
 * }
 */
@Command(
    name = "tokenomics",
    mixinStandardHelpOptions = true,
    description = "Token economics: emission schedules from YAML files.",
    subcommands = {ScheduleCommand.class})
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
