package io.depin.benchmarks;

import io.depin.cli.devices.MakerDirectory;
import io.depin.cli.devices.Provisioner;
import io.depin.cli.devices.ProvisioningReport;
import io.depin.core.crypto.KeyType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One batch of 10,000 P-256 devices provisioned to a temporary directory by the {@link
 * Provisioner} that {@code depin devices provision} runs: key generation, certificate issuance,
 * one atomically written bundle file per device and the manifest, on all processors.
 *
 * {@snippet lang=shell :
 * ./mvnw -B -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar ProvisioningBenchmark -f 1 -wi 2 -i 5
 * }
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ProvisioningBenchmark {
  private static final int DEVICES = 10_000;

  private Path root;
  private Provisioner provisioner;

  /** Creates a maker directory and an empty output directory. */
  @Setup(Level.Iteration)
  public void setUp() throws IOException {
    root = Files.createTempDirectory("depin-provisioning-bench");
    MakerDirectory maker =
        MakerDirectory.create(
            root.resolve("maker"), "Benchmark Maker", KeyType.P256, Duration.ofDays(3650),
            Clock.systemUTC(), new SecureRandom());
    provisioner =
        Provisioner.builder().maker(maker.authority()).outputDirectory(root.resolve("batch")).build();
  }

  /** Deletes the batch. */
  @TearDown(Level.Iteration)
  public void tearDown() throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /** Provisions the whole batch. */
  @Benchmark
  public ProvisioningReport provision() throws IOException {
    return provisioner.generate(KeyType.P256, DEVICES);
  }
}
