package io.depin.benchmarks;

import io.depin.core.crypto.CryptoException;
import io.depin.core.crypto.KeyType;
import io.depin.core.crypto.SigningKey;
import io.depin.devices.DeviceIdentity;
import io.depin.devices.cert.DeviceCertificate;
import io.depin.devices.cert.MakerAuthority;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Device certificates issued per second by a P-256 maker for pre-generated P-256 device keys:
 * building the TBS, signing it through {@code Signer}, encoding and re-decoding the certificate.
 *
 * {@snippet lang=shell :
 * ./mvnw -B -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar CertificateIssuance -f 1 -wi 2 -i 3
 * }
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CertificateIssuanceBenchmark {
  private static final int DEVICES = 1024;

  private MakerAuthority maker;
  private DeviceIdentity[] devices;
  private int next;

  /** Creates the maker CA and the device keys. */
  @Setup
  public void setUp() throws CryptoException {
    SecureRandom random = new SecureRandom(new byte[] {42});
    Clock clock = Clock.fixed(Instant.parse("2026-03-01T00:00:00Z"), ZoneOffset.UTC);
    maker =
        MakerAuthority.create(
            SigningKey.generate(KeyType.P256, random),
            "Benchmark CA",
            Duration.ofDays(3650),
            clock,
            random);
    devices = new DeviceIdentity[DEVICES];
    for (int i = 0; i < DEVICES; i++) {
      devices[i] = DeviceIdentity.of(SigningKey.generate(KeyType.P256, random).publicKey());
    }
  }

  /** Issues one device certificate. */
  @Benchmark
  public DeviceCertificate issue() throws CryptoException {
    DeviceIdentity device = devices[next];
    next = (next + 1) % DEVICES;
    return maker.issue(device, Duration.ofDays(825));
  }
}
