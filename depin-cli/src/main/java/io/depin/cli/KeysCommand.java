package io.depin.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code depin keys}: generate a signing key or show a key's public information.
 *
 * {@snippet lang=shell :
 * ./depin keys generate --type secp256k1 --out device.pem
 * ./depin keys show device.pem
 * }
 */
@Command(
    name = "keys",
    mixinStandardHelpOptions = true,
    description = "Generate keys and show their public information.",
    subcommands = {KeysGenerateCommand.class, KeysShowCommand.class})
public final class KeysCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Prints the usage of the {@code keys} subcommands. */
  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
