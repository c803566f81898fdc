package io.depin.proofs.coverage;

import io.depin.core.crypto.KeyType;
import io.depin.core.crypto.SigningKey;
import io.depin.core.rules.RuleBook;
import io.depin.devices.DeviceId;
import io.depin.devices.DeviceIdentity;
import io.depin.devices.MakerId;
import io.depin.devices.onboarding.NetworkId;
import io.depin.devices.registry.DeviceState;
import io.depin.devices.registry.DeviceStatus;
import io.depin.core.bytes.Bytes;
import io.depin.proofs.DeviceSigner;
import io.depin.proofs.ProofContext;
import io.depin.proofs.ReplayToken;
import io.depin.proofs.vrf.VrfSecretKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;

/** Fixed keys, device states and coverage kinds for the unit tests. */
final class Devices {
  static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
  static final Bytes ENTROPY = Bytes.fromHex("0x00112233445566778899aabbccddeeff");
  static final RuleBook<CoverageRules> BOOK =
      RuleBook.startingAt(START.minus(Duration.ofDays(1)), CoverageRules.heliumIot());
  static final InMemoryEntropyLog LOG = new InMemoryEntropyLog();
  static final BeaconKind BEACONS = new BeaconKind(BOOK, LOG);
  static final WitnessKind WITNESSES = new WitnessKind(BOOK);

  static {
    LOG.publish(ENTROPY, START.minusSeconds(30));
  }

  private Devices() {}

  static SigningKey key(int seed, KeyType type) {
    byte[] secret = new byte[32];
    Arrays.fill(secret, (byte) seed);
    return SigningKey.fromRaw(type, secret);
  }

  static DeviceState state(SigningKey key) {
    return new DeviceState(
        new DeviceIdentity(DeviceId.fromInitialKey(key.publicKey()), key.publicKey()),
        MakerId.of(key.publicKey()), key.publicKey(), NetworkId.of("io.depin.test"),
        DeviceStatus.ACTIVE, 1);
  }

  static ProofContext context(SigningKey key, Instant at) {
    return new ProofContext(state(key), at, ReplayToken.sequence(1));
  }

  static CoverageSigner signer(SigningKey key) {
    DeviceSigner device = DeviceSigner.create(
        state(key).identity().id(), key, Clock.fixed(START, ZoneOffset.UTC), 1);
    return CoverageSigner.create(BEACONS, WITNESSES, device, VrfSecretKey.fromSigningKey(key));
  }
}
