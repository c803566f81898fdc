package io.depin.proofs.storage;

import io.depin.core.bytes.Hash32;
import io.depin.core.crypto.KeyType;
import io.depin.core.crypto.SigningKey;
import io.depin.core.rules.RuleBook;
import io.depin.core.time.EpochClock;
import io.depin.devices.DeviceId;
import io.depin.devices.DeviceIdentity;
import io.depin.devices.MakerId;
import io.depin.devices.onboarding.NetworkId;
import io.depin.devices.registry.DeviceState;
import io.depin.devices.registry.DeviceStatus;
import io.depin.proofs.ProofContext;
import io.depin.proofs.ReplayToken;
import io.depin.proofs.vrf.VrfException;
import io.depin.proofs.vrf.VrfSecretKey;
import io.depin.proofs.vrf.VrfSuite;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/** A challenger, rules, epochs and one committed device, for checking storage proofs directly. */
final class StorageWorld {
  static final Instant GENESIS = Instant.parse("2026-01-01T00:00:00Z");
  static final Duration EPOCH = Duration.ofHours(1);
  static final StorageRules RULES = new StorageRules(64, 8, 64 * 1024, 1);

  final VrfSecretKey challenger;
  final RuleBook<StorageRules> rules = RuleBook.startingAt(GENESIS, RULES);
  final EpochClock epochs = EpochClock.of(Clock.fixed(GENESIS, ZoneOffset.UTC), GENESIS, EPOCH);
  final Map<DeviceId, Map<SectorId, SectorCommitment>> committed = new HashMap<>();
  final StorageProofKind kind;
  final SectorCommitmentKind commitmentKind = new SectorCommitmentKind(rules);
  final DeviceState device;
  final SectorProver prover;

  StorageWorld(long seed) {
    Random random = new Random(seed);
    byte[] secret = new byte[32];
    random.nextBytes(secret);
    challenger = VrfSecretKey.fromRaw(VrfSuite.EDWARDS25519_SHA512_TAI, secret);
    kind = new StorageProofKind(rules, this::lookup, challenger.publicKey(), epochs);
    device = deviceState(random);
    byte[] data = new byte[RULES.chunkSize() * 40 + 17];
    random.nextBytes(data);
    byte[] id = new byte[32];
    random.nextBytes(id);
    prover = SectorProver.of(SectorId.of(Hash32.of(id)), data, RULES.chunkSize());
    commit(device.identity().id(), prover.commitment());
  }

  void commit(DeviceId id, SectorCommitment commitment) {
    committed.computeIfAbsent(id, k -> new HashMap<>()).put(commitment.sectorId(), commitment);
  }

  private Optional<SectorCommitment> lookup(DeviceId id, SectorId sector) {
    return Optional.ofNullable(committed.getOrDefault(id, Map.of()).get(sector));
  }

  static DeviceState deviceState(Random random) {
    SigningKey key = key(random);
    SigningKey maker = key(random);
    return new DeviceState(DeviceIdentity.of(key.publicKey()), MakerId.of(maker.publicKey()),
        maker.publicKey(), NetworkId.of("io.depin.storage-test"), DeviceStatus.ACTIVE, 1);
  }

  private static SigningKey key(Random random) {
    byte[] secret = new byte[32];
    random.nextBytes(secret);
    return SigningKey.fromRaw(KeyType.ED25519, secret);
  }

  /** {@return a context in the middle of {@code epoch}} */
  ProofContext contextIn(long epoch) {
    return new ProofContext(device, GENESIS.plus(EPOCH.multipliedBy(epoch)).plusSeconds(60),
        ReplayToken.sequence(epoch + 1));
  }

  StorageChallenge challenge(long epoch) {
    return StorageChallenge.issue(challenger, prover.sectorId(), epoch);
  }

  StorageProof honestProof(long epoch) throws VrfException {
    StorageChallenge challenge = challenge(epoch);
    return prover.respond(
        challenge, challenge.randomness(challenger.publicKey()), RULES.challenges());
  }
}
