package io.depin.cli;

import io.depin.cli.devices.MakerDirectory;
import io.depin.cli.internal.Progress;
import io.depin.cli.devices.ManifestVerifier;
import io.depin.cli.devices.Provisioner;
import io.depin.cli.devices.ProvisioningReport;
import io.depin.core.crypto.KeyType;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code depin devices}: provision batches of devices and verify their manifests.
 *
 * {@snippet lang=shell :
 * ./depin devices provision --maker acme --count 1000 --key-type p256 --out batch-1
 * ./depin devices verify batch-1/manifest.json
 * }
 */
@Command(
    name = "devices",
    mixinStandardHelpOptions = true,
    description = "Provision device keys and certificates, and verify manifests.",
    subcommands = {DevicesCommand.Provision.class, DevicesCommand.Verify.class})
public final class DevicesCommand implements Runnable {
  /** From this many devices on, provisioning shows progress on standard error (see Progress). */
  static final int PROGRESS_BAR_FROM = 100;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Creates the command (picocli instantiates it). */
  public DevicesCommand() {}

  /** Prints the usage of the {@code devices} subcommands. */
  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * {@code depin devices provision}: generates device keys ({@code --count}) or certifies device
   * CSRs ({@code --csr-dir}) into bundles and a manifest, with {@link Provisioner}. A rerun with the
   * same arguments resumes an interrupted batch.
   *
   * {@snippet lang=shell :
   * ./depin devices provision --maker acme --count 10000 --key-type p256 --out batch-1
   * ./depin devices provision --maker acme --csr-dir csrs --out batch-2
   * }
   *
   * <p>Exit codes: 0 all provisioned; 1 a file cannot be read or written, the output holds another
   * batch, or some CSRs were rejected (the others are provisioned); 2 bad usage; 3 the maker
   * directory is invalid.
   */
  @Command(
      name = "provision",
      mixinStandardHelpOptions = true,
      description = {
        "Generate device keys (--count) or certify device CSRs (--csr-dir), writing one bundle per"
            + " device and manifest.json. Rerun with the same arguments to resume."
      })
  public static final class Provision implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--maker", required = true, description = "The maker directory (from 'depin maker init').")
    Path maker = Path.of("maker");

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source = new Source();

    @Option(
        names = "--key-type",
        converter = KeysGenerateCommand.KeyTypeConverter.class,
        description = "Device key type with --count: p256, ed25519 or secp256k1.")
    @Nullable KeyType keyType;

    @Option(names = "--out", required = true, description = "Output directory (created; resumed if it holds this batch).")
    Path out = Path.of("devices");

    @Option(names = "--validity-days", description = "Device certificate validity in days (default: ${DEFAULT-VALUE}).")
    int validityDays = 3650;

    /** Creates the command (picocli instantiates it). */
    public Provision() {}

    /** Either a count of keys to generate or a directory of CSRs. */
    static final class Source {
      @Option(names = "--count", required = true, description = "Number of devices whose keys to generate.")
      @Nullable Integer count;

      @Option(names = "--csr-dir", required = true, description = "Directory of device CSRs (*.pem, *.csr).")
      @Nullable Path csrDir;
    }

    /** Provisions the batch and prints a summary. */
    @Override
    public Integer call() {
      PrintWriter err = spec.commandLine().getErr();
      CommandLine cl = spec.commandLine();
      if (validityDays < 1) {
        throw new CommandLine.ParameterException(cl, "--validity-days must be at least 1");
      }
      Integer count = source.count;
      if (count != null && count < 1) {
        throw new CommandLine.ParameterException(cl, "--count must be at least 1");
      }
      if (count != null && keyType == null) {
        throw new CommandLine.ParameterException(cl, "--count needs --key-type (p256, ed25519 or secp256k1)");
      }
      if (count == null && keyType != null) {
        throw new CommandLine.ParameterException(cl, "--key-type applies to --count only; a CSR carries its key");
      }
      MakerDirectory makerDir;
      try {
        makerDir = MakerDirectory.open(maker, Clock.systemUTC(), new SecureRandom());
      } catch (NoSuchFileException e) {
        err.println("error: " + maker + " is not a maker directory: " + e.getFile() + " does not exist");
        return 1;
      } catch (IOException e) {
        err.println("error: cannot read " + maker + ": " + e.getMessage());
        return 3;
      } catch (IllegalArgumentException e) {
        err.println("error: " + maker + " is not a valid maker directory: " + e.getMessage());
        return 3;
      }
      Path csrDir = source.csrDir;
      int total;
      try {
        total = count != null ? count : countRequests(java.util.Objects.requireNonNull(csrDir));
      } catch (IOException e) {
        err.println("error: cannot read " + csrDir + ": " + e.getMessage());
        return 1;
      }
      ProvisioningReport report;
      try (Progress bar = total >= PROGRESS_BAR_FROM
          ? Progress.onStandardError("provisioning", "devices", total, err)
          : null) {
        Provisioner provisioner = Provisioner.builder()
            .maker(makerDir.authority())
            .clock(Clock.systemUTC())
            .outputDirectory(out)
            .validity(Duration.ofDays(validityDays))
            .progress(bar == null ? () -> {} : bar::step)
            .build();
        report = count != null
            ? provisioner.generate(java.util.Objects.requireNonNull(keyType), count)
            : provisioner.issue(java.util.Objects.requireNonNull(csrDir));
      } catch (IOException e) {
        err.println("error: cannot write " + out + ": " + e.getMessage() + " (rerun to resume)");
        return 1;
      } catch (IllegalStateException e) {
        err.println("error: " + e.getMessage());
        return 1;
      }
      PrintWriter o = cl.getOut();
      o.println("maker id: " + makerDir.authority().makerId());
      o.println("devices: " + report.devices() + " (" + report.created() + " new, " + report.kept()
          + " kept from an earlier run, " + report.cleaned() + " incomplete leftovers removed)");
      o.println("manifest: " + report.manifest());
      o.flush();
      for (String r : report.rejected()) {
        err.println("rejected: " + r);
      }
      err.flush();
      return report.rejected().isEmpty() ? 0 : 1;
    }

    private static int countRequests(Path dir) throws IOException {
      try (Stream<Path> files = Files.list(dir)) {
        return (int) files.count();
      }
    }
  }

  /**
   * {@code depin devices verify MANIFEST}: checks every entry with {@link ManifestVerifier} at the
   * current time, prints a summary and one line per failure.
   *
   * {@snippet lang=shell :
   * ./depin devices verify batch-1/manifest.json
   * }
   *
   * <p>Exit codes: 0 every entry verifies; 1 some entry fails or the file cannot be read; 2 bad
   * usage; 3 the manifest is malformed.
   */
  @Command(
      name = "verify",
      mixinStandardHelpOptions = true,
      description = "Check that every device in a manifest chains to its maker certificate and matches its entry.")
  public static final class Verify implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MANIFEST", description = "manifest.json from 'depin devices provision'")
    Path manifest = Path.of("manifest.json");

    /** Creates the command (picocli instantiates it). */
    public Verify() {}

    /** Verifies the manifest and prints the outcome. */
    @Override
    public Integer call() {
      PrintWriter err = spec.commandLine().getErr();
      ManifestVerifier.Result result;
      try {
        result = ManifestVerifier.verify(manifest, Clock.systemUTC().instant());
      } catch (NoSuchFileException e) {
        err.println("error: " + manifest + " does not exist");
        return 1;
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        err.println("error: " + manifest + " is not valid JSON: " + e.getOriginalMessage());
        return 3;
      } catch (IOException e) {
        err.println("error: cannot read " + manifest + ": " + e.getMessage());
        return 1;
      } catch (IllegalArgumentException e) {
        err.println("error: " + manifest + " is not a valid manifest: " + e.getMessage());
        return 3;
      }
      PrintWriter o = spec.commandLine().getOut();
      for (ManifestVerifier.Failure f : result.failures()) {
        o.println("FAIL entry " + f.index() + " " + f.deviceId() + ": " + f.reason());
      }
      int ok = result.entries() - result.failures().size();
      o.println(result.entries() + " devices: " + ok + " ok, " + result.failures().size() + " failed");
      o.flush();
      return result.failures().isEmpty() ? 0 : 1;
    }
  }
}
