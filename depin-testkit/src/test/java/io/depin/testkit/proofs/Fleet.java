package io.depin.testkit.proofs;

import io.depin.core.crypto.KeyType;
import io.depin.core.crypto.SigningKey;
import io.depin.devices.DeviceId;
import io.depin.devices.onboarding.NetworkId;
import io.depin.devices.onboarding.OnboardingVerifier;
import io.depin.devices.registry.DeviceState;
import io.depin.devices.registry.InMemoryDeviceRegistry;
import io.depin.proofs.InMemoryReplayGuard;
import io.depin.proofs.ProofVerifier;
import io.depin.proofs.ReplayToken;
import io.depin.core.rules.RuleBook;
import io.depin.proofs.SignedProof;
import io.depin.testkit.FakeClock;
import io.depin.testkit.devices.DeviceStatements;
import io.depin.testkit.random.DeterministicRandom;
import java.time.Duration;
import java.time.Instant;

/**
 * A network for proof tests: a real in-memory registry with one maker, devices onboarded through
 * the {@link OnboardingVerifier}, a fake clock, and proof verifiers for {@link PingKind}.
 */
final class Fleet {
  static final NetworkId NETWORK = NetworkId.of("io.depin.proofs-test");
  static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
  static final Duration MAX_AGE = Duration.ofMinutes(5);
  static final Duration SKEW = Duration.ofSeconds(30);
  /** Counters up to 100 until {@link #RULE_CHANGE}, up to 10 from then on. */
  static final Instant RULE_CHANGE = START.plus(Duration.ofHours(1));
  static final PingKind PING =
      new PingKind(
          RuleBook.startingAt(START.minus(Duration.ofDays(1)), new PingKind.PingRules(100))
              .thenFrom(RULE_CHANGE, new PingKind.PingRules(10)));

  final InMemoryDeviceRegistry registry = new InMemoryDeviceRegistry();
  final FakeClock clock = FakeClock.at(START);
  final DeterministicRandom random;
  final SigningKey maker;
  final OnboardingVerifier onboarding;

  Fleet(long seed) throws Exception {
    random = DeterministicRandom.ofSeed(seed);
    maker = newKey();
    registry.registerMaker(maker.publicKey());
    onboarding =
        OnboardingVerifier.builder()
            .clock(clock).network(NETWORK).freshnessWindow(MAX_AGE).state(registry).build();
  }

  SigningKey newKey() {
    return SigningKey.generate(KeyType.ED25519, random.asSecureRandom());
  }

  Device onboard() throws Exception {
    SigningKey key = newKey();
    DeviceState state =
        registry.recordOnboarding(
            onboarding.verify(
                DeviceStatements.onboardingRequest(
                    NETWORK, clock.instant(), random, key, maker, newKey())));
    return new Device(state.identity().id(), key);
  }

  /** {@return a verifier for pings with a fresh in-memory replay guard} */
  ProofVerifier verifier() {
    return ProofVerifier.builder()
        .registry(registry)
        .replayGuard(new InMemoryReplayGuard(clock))
        .clock(clock)
        .maxAge(MAX_AGE)
        .maxFutureSkew(SKEW)
        .kind(PING)
        .build();
  }

  /** A device of the fleet and the key the test holds for it. */
  record Device(DeviceId id, SigningKey key) {
    SignedProof<PingKind.Ping> ping(long counter, ReplayToken token, Instant timestamp)
        throws Exception {
      return SignedProof.sign(PING, new PingKind.Ping(counter), id, token, timestamp, key);
    }
  }
}
