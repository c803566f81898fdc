package io.depin.cli;

import io.depin.core.json.JsonFields;
import io.depin.cli.devices.MakerDirectory;
import io.depin.core.crypto.KeyType;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code depin maker}: a device maker's key and CA certificate.
 *
 * {@snippet lang=shell :
 * ./depin maker init --name "Acme Sensors" --key-type p256 --out acme
 * }
 */
@Command(
    name = "maker",
    mixinStandardHelpOptions = true,
    description = "Create a device maker's key and CA certificate.",
    subcommands = {MakerCommand.Init.class})
public final class MakerCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Creates the command (picocli instantiates it). */
  public MakerCommand() {}

  /** Prints the usage of the {@code maker} subcommands. */
  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * {@code depin maker init}: creates a maker directory ({@link MakerDirectory}) and prints the
   * maker id and the CA certificate's subject, never the key.
   *
   * {@snippet lang=shell :
   * ./depin maker init --name "Acme Sensors" --key-type ed25519 --out acme --validity-days 7300
   * }
   *
   * <p>Exit codes: 0 created; 1 the directory exists and is not empty, or cannot be written; 2 bad
   * usage.
   */
  @Command(
      name = "init",
      mixinStandardHelpOptions = true,
      description = "Create DIR with the maker key (owner-only), its self-signed CA certificate and maker.json.")
  public static final class Init implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--name", required = true, description = "The maker's name (1 to 64 characters).")
    String name = "";

    @Option(
        names = "--key-type",
        required = true,
        converter = KeysGenerateCommand.KeyTypeConverter.class,
        description = "Maker key type: p256, ed25519 or secp256k1.")
    KeyType keyType = KeyType.P256;

    @Option(names = "--out", required = true, description = "Directory to create; never overwritten.")
    Path out = Path.of("maker");

    @Option(names = "--validity-days", description = "CA certificate validity in days (default: ${DEFAULT-VALUE}).")
    int validityDays = 7300;

    /** Creates the command (picocli instantiates it). */
    public Init() {}

    /** Creates the maker directory and prints the public information. */
    @Override
    public Integer call() {
      PrintWriter err = spec.commandLine().getErr();
      if (validityDays < 1) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--validity-days must be at least 1");
      }
      if (name.isBlank() || name.length() > 64) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--name must have 1 to 64 characters");
      }
      MakerDirectory maker;
      try {
        maker = MakerDirectory.create(
            out, name, keyType, Duration.ofDays(validityDays), Clock.systemUTC(), new SecureRandom());
      } catch (FileAlreadyExistsException e) {
        err.println("error: " + out + " already exists and is not empty; refusing to overwrite it");
        return 1;
      } catch (IOException e) {
        err.println("error: cannot write " + out + ": " + e.getMessage());
        return 1;
      }
      PrintWriter o = spec.commandLine().getOut();
      o.println("maker id: " + maker.authority().makerId());
      o.println("subject: " + maker.authority().caCertificate().subject());
      o.println("key type: " + JsonFields.keyTypeName(keyType));
      o.println("valid until: " + maker.authority().caCertificate().notAfter());
      o.println("wrote " + out.resolve(MakerDirectory.KEY_FILE) + " (owner-only), "
          + out.resolve(MakerDirectory.CERTIFICATE_FILE) + ", " + out.resolve(MakerDirectory.MAKER_JSON));
      o.flush();
      return 0;
    }
  }
}
