package io.depin.testkit.proofs.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.depin.core.json.CanonicalJson;
import io.depin.proofs.ProofEnvelope;
import io.depin.proofs.ProofVerifier;
import io.depin.proofs.RejectionReason;
import io.depin.proofs.ReplayToken;
import io.depin.proofs.SignedProof;
import io.depin.proofs.Verdict;
import io.depin.proofs.VerifiedProof;
import io.depin.proofs.storage.ChunkResponse;
import io.depin.proofs.storage.SectorCommitment;
import io.depin.proofs.storage.SectorCommitmentKind;
import io.depin.proofs.storage.SectorProver;
import io.depin.proofs.storage.StorageChallenge;
import io.depin.proofs.storage.StorageProof;
import io.depin.proofs.storage.StorageProofKind;
import io.depin.proofs.vrf.VrfSecretKey;
import io.depin.proofs.vrf.VrfSuite;
import io.depin.testkit.proofs.storage.StorageNetwork.StorageDevice;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StorageProofPipelineTest {
  private static final int SECTOR_BYTES = 64 * 1024 - 100;

  @Test
  void honestDevice_commitsAndAnswersEveryEpoch_accepted() throws Exception {
    StorageNetwork net = new StorageNetwork(1);
    StorageDevice honest = net.new StorageDevice(SECTOR_BYTES);
    assertThat(honest.commit()).isInstanceOf(Verdict.Accepted.class);
    assertThat(honest.prover.commitment().chunkCount()).isEqualTo(64);

    for (int e = 0; e < 5; e++) {
      StorageChallenge challenge = net.challenge(honest.prover.sectorId());
      SignedProof<StorageProof> proof = honest.signer.signResponse(honest.prover, challenge, net.now());
      Verdict verdict = net.verifier.verify(proof.toBytes());
      assertThat(verdict).isInstanceOf(Verdict.Accepted.class);
      VerifiedProof<StorageProof> verified =
          ((Verdict.Accepted) verdict).proof().as(net.responseKind).orElseThrow();
      assertThat(verified.payload().challenge().epoch()).isEqualTo(net.currentEpoch());
      assertThat(verified.device().identity().id()).isEqualTo(honest.device.id());
      net.nextEpoch();
    }
  }

  @Test
  void honestDevice_afterRulesUpgrade_answersMoreChallenges() throws Exception {
    StorageNetwork net = new StorageNetwork(2);
    StorageDevice honest = net.new StorageDevice(SECTOR_BYTES);
    honest.commit();
    net.fleet.clock().set(StorageNetwork.UPGRADE.plus(Duration.ofMinutes(5)));
    StorageChallenge challenge = net.challenge(honest.prover.sectorId());
    SignedProof<StorageProof> proof = honest.signer.signResponse(honest.prover, challenge, net.now());
    assertThat(net.verifier.verify(proof.toBytes())).isInstanceOf(Verdict.Accepted.class);
  }

  @Test
  void outdatedDevice_afterRulesUpgrade_rejectedResponseCount() throws Exception {
    StorageNetwork net = new StorageNetwork(3);
    StorageDevice outdated = net.new StorageDevice(SECTOR_BYTES);
    outdated.commit();
    net.fleet.clock().set(StorageNetwork.UPGRADE.plus(Duration.ofMinutes(5)));
    StorageChallenge challenge = net.challenge(outdated.prover.sectorId());
    StorageProof oldRules = outdated.prover.respond(challenge,
        challenge.randomness(net.challenger.publicKey()), StorageNetwork.V1.challenges());
    assertKindRejected(net, outdated.device.sign(net.responseKind, oldRules,
        ReplayToken.sequence(10), net.now()).toBytes(), StorageProofKind.RESPONSE_COUNT);
  }

  @Test
  void cheatingDevice_droppedHalfItsData_caughtWithBadPath() throws Exception {
    StorageNetwork net = new StorageNetwork(4);
    StorageDevice cheat = net.new StorageDevice(SECTOR_BYTES);
    cheat.commit();
    Random random = new Random(4);
    boolean[] kept = new boolean[cheat.prover.commitment().chunkCount()];
    for (int i = 0; i < kept.length; i++) {
      kept[i] = i % 2 == 0;
    }
    int rejected = 0;
    for (int e = 0; e < 4; e++) {
      StorageChallenge challenge = net.challenge(cheat.prover.sectorId());
      StorageProof honest = cheat.prover.respond(challenge,
          challenge.randomness(net.challenger.publicKey()), StorageNetwork.V1.challenges());
      List<ChunkResponse> answered = new ArrayList<>();
      for (ChunkResponse r : honest.responses()) {
        byte[] guess = new byte[r.chunk().length()];
        random.nextBytes(guess);
        answered.add(kept[r.index()] ? r
            : new ChunkResponse(r.index(), io.depin.core.bytes.Bytes.of(guess), r.path()));
      }
      byte[] wire = cheat.device.sign(net.responseKind, new StorageProof(challenge, answered),
          ReplayToken.sequence(100 + e), net.now()).toBytes();
      // 16 independent challenges all hit a kept chunk with probability 2^-16
      assertKindRejected(net, wire, StorageProofKind.BAD_PATH);
      rejected++;
      net.nextEpoch();
    }
    assertThat(rejected).isEqualTo(4);
  }

  @Test
  void cheatingDevice_replaysAcceptedProof_rejectedReplayed() throws Exception {
    StorageNetwork net = new StorageNetwork(5);
    StorageDevice device = net.new StorageDevice(SECTOR_BYTES);
    device.commit();
    byte[] wire = device.signer.signResponse(
        device.prover, net.challenge(device.prover.sectorId()), net.now()).toBytes();
    assertThat(net.verifier.verify(wire)).isInstanceOf(Verdict.Accepted.class);
    assertRejected(net.verifier.verify(wire), RejectionReason.REPLAYED);
  }

  @Test
  void cheatingDevice_reusesLastEpochsAnswerWithNewToken_rejectedWrongEpoch() throws Exception {
    StorageNetwork net = new StorageNetwork(6);
    StorageDevice device = net.new StorageDevice(SECTOR_BYTES);
    device.commit();
    StorageChallenge old = net.challenge(device.prover.sectorId());
    StorageProof answer = device.prover.respond(
        old, old.randomness(net.challenger.publicKey()), StorageNetwork.V1.challenges());
    net.nextEpoch();
    net.nextEpoch();
    assertKindRejected(net, device.device.sign(net.responseKind, answer, ReplayToken.sequence(50),
        net.now()).toBytes(), StorageProofKind.WRONG_EPOCH);
  }

  @Test
  void cheatingDevice_answersWithAnotherDevicesData_rejectedUnknownSector() throws Exception {
    StorageNetwork net = new StorageNetwork(7);
    StorageDevice owner = net.new StorageDevice(SECTOR_BYTES);
    owner.commit();
    StorageDevice freeloader = net.new StorageDevice(SECTOR_BYTES);
    freeloader.commit();
    StorageChallenge challenge = net.challenge(owner.prover.sectorId());
    // the freeloader holds a copy of the owner's data and answers for the owner's sector
    StorageProof copied = owner.prover.respond(
        challenge, challenge.randomness(net.challenger.publicKey()), StorageNetwork.V1.challenges());
    assertKindRejected(net, freeloader.device.sign(net.responseKind, copied,
        ReplayToken.sequence(50), net.now()).toBytes(), StorageProofKind.UNKNOWN_SECTOR);
  }

  @Test
  void cheatingDevice_drawsItsOwnRandomness_rejectedBadChallenge() throws Exception {
    StorageNetwork net = new StorageNetwork(8);
    StorageDevice device = net.new StorageDevice(SECTOR_BYTES);
    device.commit();
    VrfSecretKey own = VrfSecretKey.fromRaw(VrfSuite.EDWARDS25519_SHA512_TAI, new byte[32]);
    StorageChallenge forged = StorageChallenge.issue(own, device.prover.sectorId(), net.currentEpoch());
    StorageProof answer = device.prover.respond(
        forged, forged.randomness(own.publicKey()), StorageNetwork.V1.challenges());
    assertKindRejected(net, device.device.sign(net.responseKind, answer, ReplayToken.sequence(50),
        net.now()).toBytes(), StorageProofKind.BAD_CHALLENGE);
  }

  @Test
  void cheatingDevice_padsItsAnswer_rejectedResponseTooLarge() throws Exception {
    StorageNetwork net = new StorageNetwork(9);
    ProofVerifier roomy = net.fleet.verifier().kind(net.commitmentKind).kind(net.responseKind)
        .maxProofBytes(ProofEnvelope.MAX_BYTES).build();
    StorageDevice device = net.new StorageDevice(SECTOR_BYTES);
    device.commit();
    StorageChallenge challenge = net.challenge(device.prover.sectorId());
    StorageProof honest = device.prover.respond(
        challenge, challenge.randomness(net.challenger.publicKey()), StorageNetwork.V1.challenges());
    List<ChunkResponse> padded = new ArrayList<>(honest.responses());
    while (new StorageProof(challenge, padded).countedBytes() <= StorageNetwork.V1.maxResponseBytes()) {
      padded.add(honest.responses().get(0));
    }
    byte[] wire = device.device.sign(net.responseKind, new StorageProof(challenge, padded),
        ReplayToken.sequence(50), net.now()).toBytes();
    Verdict verdict = roomy.verify(wire);
    assertThat(verdict).isInstanceOfSatisfying(Verdict.Rejected.class,
        r -> assertThat(r.code()).isEqualTo(StorageProofKind.RESPONSE_TOO_LARGE));
  }

  @Test
  void cheatingDevice_reordersAnswers_rejectedWrongIndex() throws Exception {
    StorageNetwork net = new StorageNetwork(10);
    StorageDevice device = net.new StorageDevice(SECTOR_BYTES);
    device.commit();
    StorageChallenge challenge = net.challenge(device.prover.sectorId());
    StorageProof honest = device.prover.respond(
        challenge, challenge.randomness(net.challenger.publicKey()), StorageNetwork.V1.challenges());
    List<ChunkResponse> reversed = new ArrayList<>(honest.responses()).reversed();
    assertKindRejected(net, device.device.sign(net.responseKind,
        new StorageProof(challenge, reversed), ReplayToken.sequence(50), net.now()).toBytes(),
        StorageProofKind.WRONG_INDEX);
  }

  @Test
  void cheatingDevice_recommitsSectorWithOtherData_refused() throws Exception {
    StorageNetwork net = new StorageNetwork(11);
    StorageDevice device = net.new StorageDevice(SECTOR_BYTES);
    device.commit();
    SectorProver cheaper = SectorProver.of(device.prover.sectorId(), new byte[1024], 1024);
    Verdict verdict = net.verifier.verify(device.signer.signCommitment(cheaper, net.now()).toBytes());
    VerifiedProof<SectorCommitment> second =
        ((Verdict.Accepted) verdict).proof().as(net.commitmentKind).orElseThrow();
    assertThat(net.commitments.register(second)).isFalse();
    assertThat(net.commitments.lookup(device.device.id(), device.prover.sectorId()))
        .contains(device.prover.commitment());
  }

  @Test
  void cheatingDevice_commitsWithOtherChunkSize_rejectedChunkSizeNotAllowed() throws Exception {
    StorageNetwork net = new StorageNetwork(12);
    StorageDevice device = net.new StorageDevice(SECTOR_BYTES);
    SectorProver tiny = SectorProver.of(device.prover.sectorId(), new byte[1000], 8);
    assertKindRejected(net, device.signer.signCommitment(tiny, net.now()).toBytes(),
        SectorCommitmentKind.CHUNK_SIZE_NOT_ALLOWED);
  }

  @Test
  void proofBeforeGenesisRules_rejectedNoRules() throws Exception {
    StorageNetwork net = new StorageNetwork(13);
    StorageDevice device = net.new StorageDevice(SECTOR_BYTES);
    net.fleet.clock().set(StorageNetwork.GENESIS.minusSeconds(60));
    assertKindRejected(net, device.signer.signCommitment(device.prover, net.now()).toBytes(),
        SectorCommitmentKind.NO_RULES);
  }

  @Test
  void attackerOnTheNetwork_editsAChunk_rejectedBadSignature() throws Exception {
    StorageNetwork net = new StorageNetwork(14);
    StorageDevice device = net.new StorageDevice(SECTOR_BYTES);
    device.commit();
    byte[] wire = device.signer.signResponse(
        device.prover, net.challenge(device.prover.sectorId()), net.now()).toBytes();
    ObjectNode root = (ObjectNode) CanonicalJson.parse(wire);
    ObjectNode response = (ObjectNode) root.at("/payload/body/responses/0");
    String chunk = response.get("chunk").textValue();
    response.put("chunk", (chunk.charAt(0) == 'A' ? "B" : "A") + chunk.substring(1));
    assertRejected(net.verifier.verify(CanonicalJson.canonicalize(root)), RejectionReason.BAD_SIGNATURE);
  }

  private static void assertKindRejected(StorageNetwork net, byte[] wire, String code) {
    Verdict verdict = net.verifier.verify(wire);
    assertThat(verdict).isInstanceOfSatisfying(Verdict.Rejected.class, r -> {
      assertThat(r.reason()).isEqualTo(RejectionReason.KIND_REJECTED);
      assertThat(r.code()).isEqualTo(code);
    });
  }

  private static void assertRejected(Verdict verdict, RejectionReason reason) {
    assertThat(verdict).isInstanceOfSatisfying(Verdict.Rejected.class,
        r -> assertThat(r.reason()).isEqualTo(reason));
  }
}
