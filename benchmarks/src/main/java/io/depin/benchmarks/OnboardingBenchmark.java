package io.depin.benchmarks;

import io.depin.core.bytes.Bytes;
import io.depin.core.crypto.CryptoException;
import io.depin.core.crypto.KeyType;
import io.depin.core.crypto.SigningKey;
import io.depin.devices.DeviceId;
import io.depin.devices.MakerId;
import io.depin.devices.onboarding.MakerStatus;
import io.depin.devices.onboarding.NetworkId;
import io.depin.devices.onboarding.OnboardingClaim;
import io.depin.devices.onboarding.OnboardingException;
import io.depin.devices.onboarding.OnboardingRecord;
import io.depin.devices.onboarding.OnboardingRequest;
import io.depin.devices.onboarding.OnboardingState;
import io.depin.devices.onboarding.OnboardingVerifier;
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
 * Onboarding requests verified per second by {@link OnboardingVerifier#verify(OnboardingRequest)}:
 * network and freshness checks, the maker lookup, three signature verifications (P-256 device,
 * P-256 maker, secp256k1 owner) and the replay check. Every request carries its own nonce; the
 * verifier is replaced when the pre-signed requests run out, so each call is an acceptance.
 *
 * {@snippet lang=shell :
 * ./mvnw -B -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar Onboarding -f 1 -wi 1 -i 3
 * }
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class OnboardingBenchmark {
  private static final int REQUESTS = 4096;
  private static final NetworkId NETWORK = NetworkId.of("io.depin.bench");
  private static final Instant NOW = Instant.parse("2026-03-01T00:00:00Z");

  private OnboardingRequest[] requests;
  private OnboardingVerifier verifier;
  private int next;

  /** Signs the requests: one maker, a device and an owner key per request. */
  @Setup
  public void setUp() throws CryptoException {
    SecureRandom random = new SecureRandom(new byte[] {7});
    SigningKey maker = SigningKey.generate(KeyType.P256, random);
    requests = new OnboardingRequest[REQUESTS];
    for (int i = 0; i < REQUESTS; i++) {
      SigningKey device = SigningKey.generate(KeyType.P256, random);
      SigningKey owner = SigningKey.generate(KeyType.SECP256K1, random);
      byte[] nonce = new byte[16];
      random.nextBytes(nonce);
      OnboardingClaim claim =
          new OnboardingClaim(
              NETWORK, device.publicKey(), maker.publicKey(), owner.publicKey(), Bytes.of(nonce), NOW);
      requests[i] = OnboardingRequest.sign(claim, device, maker, owner);
    }
    verifier = newVerifier();
  }

  /** Verifies one request. */
  @Benchmark
  public OnboardingRecord verify() throws OnboardingException {
    if (next == REQUESTS) {
      next = 0;
      verifier = newVerifier();
    }
    return verifier.verify(requests[next++]);
  }

  private static OnboardingVerifier newVerifier() {
    return OnboardingVerifier.builder()
        .clock(Clock.fixed(NOW, ZoneOffset.UTC))
        .network(NETWORK)
        .freshnessWindow(Duration.ofMinutes(5))
        .state(new AllActive())
        .build();
  }

  /** Every maker is active and no device was onboarded before. */
  private static final class AllActive implements OnboardingState {
    @Override
    public MakerStatus makerStatus(MakerId maker) {
      return MakerStatus.ACTIVE;
    }

    @Override
    public boolean isOnboarded(DeviceId device) {
      return false;
    }
  }
}
