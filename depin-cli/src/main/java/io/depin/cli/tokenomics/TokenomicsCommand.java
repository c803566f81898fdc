package io.depin.cli.tokenomics;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code depin tokenomics}: token economics from YAML policies.
 *
 * {@snippet lang=shell :
 * depin tokenomics distribute 1000 weights.csv --policy policy.yaml --format json
 * }
 */
@Command(
    name = "tokenomics",
    mixinStandardHelpOptions = true,
    description = "Token economics: reward distribution from YAML policies.",
    subcommands = {DistributeCommand.class})
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
