package io.depin.cli;

import io.depin.cli.sim.SimCommand;
import io.depin.cli.tokenomics.TokenomicsCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code depin} command: the entry point of the command line.
 *
 * {@snippet lang=shell :
 * ./depin --help
 * }
 */
@Command(
    name = "depin",
    mixinStandardHelpOptions = true,
    version = "depin 0.1.0-SNAPSHOT",
    description = "The DePIN SDK command line.",
    subcommands = {CommandLine.HelpCommand.class, KeysCommand.class, MerkleCommand.class,
      MakerCommand.class, DevicesCommand.class, TokenomicsCommand.class, SimCommand.class})
public final class DepinCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /**
   * Runs the command line and exits with its status.
   *
   * @param args the command-line arguments
   */
  public static void main(String[] args) {
    System.exit(newCommandLine().execute(args));
  }

  /** {@return the configured picocli command line (for tests and embedding)} */
  public static CommandLine newCommandLine() {
    return new CommandLine(new DepinCommand());
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
