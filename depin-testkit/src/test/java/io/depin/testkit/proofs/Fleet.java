package io.depin.testkit.proofs;

import io.depin.core.crypto.KeyType;
import io.depin.core.crypto.SigningKey;
import io.depin.core.rules.RuleBook;
import io.depin.devices.DeviceId;
import io.depin.devices.MakerId;
import io.depin.devices.registry.InMemoryDeviceRegistry;
import io.depin.proofs.ProofVerifier;
import io.depin.proofs.ReplayToken;
import io.depin.proofs.SignedProof;
import io.depin.testkit.FakeClock;
import java.time.Duration;
import java.time.Instant;

/** A {@link SimulatedFleet} whose verifiers accept {@link PingKind} proofs. */
final class Fleet {
  static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
  static final Duration MAX_AGE = SimulatedFleet.MAX_AGE;
  static final Duration SKEW = SimulatedFleet.MAX_FUTURE_SKEW;
  /** Counters up to 100 until {@link #RULE_CHANGE}, up to 10 from then on. */
  static final Instant RULE_CHANGE = START.plus(Duration.ofHours(1));
  static final PingKind PING =
      new PingKind(
          RuleBook.startingAt(START.minus(Duration.ofDays(1)), new PingKind.PingRules(100))
              .thenFrom(RULE_CHANGE, new PingKind.PingRules(10)));

  final SimulatedFleet fleet;
  final InMemoryDeviceRegistry registry;
  final FakeClock clock;
  final MakerId maker;

  Fleet(long seed) {
    fleet = SimulatedFleet.create(seed, START);
    registry = fleet.registry();
    clock = fleet.clock();
    maker = fleet.maker();
  }

  SigningKey newKey() {
    return fleet.newKey(KeyType.ED25519);
  }

  Device onboard() throws Exception {
    SimulatedFleet.Device device = fleet.onboard();
    return new Device(device.id(), device.key());
  }

  /** {@return a verifier for pings with a fresh in-memory replay guard} */
  ProofVerifier verifier() {
    return fleet.verifier().kind(PING).build();
  }

  /** A device of the fleet and the key the test holds for it. */
  record Device(DeviceId id, SigningKey key) {
    SignedProof<PingKind.Ping> ping(long counter, ReplayToken token, Instant timestamp)
        throws Exception {
      return SignedProof.sign(PING, new PingKind.Ping(counter), id, token, timestamp, key);
    }
  }
}
