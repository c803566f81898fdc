package io.depin.testkit.proofs.storage;

import io.depin.core.bytes.Hash32;
import io.depin.core.crypto.KeyType;
import io.depin.core.rules.RuleBook;
import io.depin.core.time.EpochClock;
import io.depin.proofs.DeviceSigner;
import io.depin.proofs.ProofVerifier;
import io.depin.proofs.Verdict;
import io.depin.proofs.VerifiedProof;
import io.depin.proofs.storage.InMemorySectorCommitments;
import io.depin.proofs.storage.SectorCommitment;
import io.depin.proofs.storage.SectorCommitmentKind;
import io.depin.proofs.storage.SectorId;
import io.depin.proofs.storage.SectorProver;
import io.depin.proofs.storage.StorageChallenge;
import io.depin.proofs.storage.StorageProofKind;
import io.depin.proofs.storage.StorageProofSigner;
import io.depin.proofs.storage.StorageRules;
import io.depin.proofs.vrf.VrfSecretKey;
import io.depin.testkit.proofs.SimulatedFleet;
import java.time.Duration;
import java.time.Instant;

/**
 * A storage network on a {@link SimulatedFleet}: a challenger with a VRF key, hourly epochs,
 * versioned storage rules, the commitment store and a verifier with both storage kinds.
 */
final class StorageNetwork {
  static final Instant GENESIS = Instant.parse("2026-01-01T00:00:00Z");
  static final Duration EPOCH = Duration.ofHours(1);
  /** From day 10 on, twice as many challenges. */
  static final Instant UPGRADE = GENESIS.plus(Duration.ofDays(10));
  static final StorageRules V1 = StorageRules.defaults();
  static final StorageRules V2 = new StorageRules(1024, 32, 60 * 1024, 1);

  final SimulatedFleet fleet;
  final VrfSecretKey challenger;
  final EpochClock epochs;
  final RuleBook<StorageRules> rules = RuleBook.startingAt(GENESIS, V1).thenFrom(UPGRADE, V2);
  final InMemorySectorCommitments commitments = new InMemorySectorCommitments();
  final SectorCommitmentKind commitmentKind = new SectorCommitmentKind(rules);
  final StorageProofKind responseKind;
  final ProofVerifier verifier;

  StorageNetwork(long seed) {
    fleet = SimulatedFleet.create(seed, GENESIS.plus(Duration.ofMinutes(30)));
    challenger = VrfSecretKey.fromSigningKey(fleet.newKey(KeyType.ED25519));
    epochs = EpochClock.of(fleet.clock(), GENESIS, EPOCH);
    responseKind = new StorageProofKind(rules, commitments, challenger.publicKey(), epochs);
    verifier = fleet.verifier().kind(commitmentKind).kind(responseKind).build();
  }

  /** A device of the fleet with its signer and one sector of random data. */
  final class StorageDevice {
    final SimulatedFleet.Device device;
    final StorageProofSigner signer;
    final SectorProver prover;

    StorageDevice(int sectorBytes) throws Exception {
      device = fleet.onboard();
      signer = StorageProofSigner.create(commitmentKind, responseKind,
          DeviceSigner.create(device.id(), device.key(), fleet.clock(), 1));
      byte[] data = new byte[sectorBytes];
      fleet.random().nextBytes(data);
      byte[] id = new byte[32];
      fleet.random().nextBytes(id);
      prover = SectorProver.of(SectorId.of(Hash32.of(id)), data, V1.chunkSize());
    }

    /** Signs the commitment, verifies it and records it; returns the verdict. */
    Verdict commit() throws Exception {
      Verdict verdict = verifier.verify(signer.signCommitment(prover, now()).toBytes());
      if (verdict instanceof Verdict.Accepted(VerifiedProof<?> proof)) {
        VerifiedProof<SectorCommitment> committed = proof.as(commitmentKind).orElseThrow();
        if (!commitments.register(committed)) {
          throw new IllegalStateException("the commitment was refused");
        }
      }
      return verdict;
    }
  }

  Instant now() {
    return fleet.clock().instant();
  }

  long currentEpoch() {
    return epochs.current().index();
  }

  StorageChallenge challenge(SectorId sector) {
    return StorageChallenge.issue(challenger, sector, currentEpoch());
  }

  void nextEpoch() {
    fleet.clock().advance(EPOCH);
  }
}
