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
 * <p>Each iteration writes a new batch directory; all are deleted after the trial, not after each
 * iteration. On ext4 without a journal the inode allocator skips inodes freed in the last half
 * minute, reading each one's inode table block, so deleting a batch of 10,000 files just before
 * the next iteration makes that iteration (and, with more deleted, every later one) pay for the
 * benchmark's own cleanup in kernel time, which a factory run does not.
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
  private MakerDirectory maker;
  private int batches;
  private Provisioner provisioner;

  /** Creates a maker directory. */
  @Setup(Level.Trial)
  public void createMaker() throws IOException {
    root = Files.createTempDirectory("depin-provisioning-bench");
    maker =
        MakerDirectory.create(
            root.resolve("maker"), "Benchmark Maker", KeyType.P256, Duration.ofDays(3650),
            Clock.systemUTC(), new SecureRandom());
  }

  /** Points the provisioner at a new, empty output directory. */
  @Setup(Level.Iteration)
  public void newBatch() {
    batches++;
    provisioner =
        Provisioner.builder().maker(maker.authority()).outputDirectory(root.resolve("batch-" + batches)).build();
  }

  /** Deletes the maker and every batch. */
  @TearDown(Level.Trial)
  public void deleteAll() throws IOException {
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
