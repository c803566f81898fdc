package io.depin.proofs.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.depin.core.DecodingException;
import io.depin.core.DecodingException.Reason;
import io.depin.core.bytes.Bytes;
import io.depin.core.bytes.Hash32;
import io.depin.core.rules.RuleBook;
import io.depin.proofs.CheckResult;
import io.depin.proofs.ProofContext;
import io.depin.proofs.ReplayToken;
import io.depin.proofs.vrf.VrfException;
import io.depin.proofs.vrf.VrfSecretKey;
import io.depin.proofs.vrf.VrfSuite;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class StorageProofKindTest {
  private final StorageWorld world = new StorageWorld(7);

  @Test
  void check_honestProof_passes() throws VrfException {
    StorageProof proof = world.honestProof(3);
    assertThat(proof.responses()).isNotEmpty();
    assertThat(world.kind.check(proof, world.contextIn(3))).isEqualTo(CheckResult.ok());
  }

  @Test
  void check_previousEpochWithinAge_passes() throws VrfException {
    assertThat(world.kind.check(world.honestProof(3), world.contextIn(4)))
        .isEqualTo(CheckResult.ok());
  }

  @Test
  void check_repeatedIndex_isAnsweredOnce() throws VrfException {
    // a 2-chunk sector challenged 8 times repeats indices
    SectorProver small = SectorProver.of(world.prover.sectorId(), new byte[100], 64);
    world.commit(world.device.identity().id(), small.commitment());
    StorageChallenge challenge = world.challenge(3);
    StorageProof proof = small.respond(
        challenge, challenge.randomness(world.challenger.publicKey()), StorageWorld.RULES.challenges());
    assertThat(proof.responses()).hasSizeLessThanOrEqualTo(2);
    assertThat(world.kind.check(proof, world.contextIn(3))).isEqualTo(CheckResult.ok());
  }

  @Test
  void check_noRulesInForce_failsNoRules() throws VrfException {
    ProofContext before = new ProofContext(world.device,
        StorageWorld.GENESIS.minusSeconds(1), ReplayToken.sequence(1));
    assertFails(world.kind.check(world.honestProof(0), before), StorageProofKind.NO_RULES);
  }

  @Test
  void check_uncommittedSector_failsUnknownSector() throws VrfException {
    SectorProver other = SectorProver.of(SectorId.of(Hash32.ZERO), new byte[640], 64);
    StorageChallenge challenge = StorageChallenge.issue(world.challenger, other.sectorId(), 3);
    StorageProof proof = other.respond(challenge, challenge.randomness(world.challenger.publicKey()), 8);
    assertFails(world.kind.check(proof, world.contextIn(3)), StorageProofKind.UNKNOWN_SECTOR);
  }

  @Test
  void check_anotherDevicesSector_failsUnknownSector() throws VrfException {
    ProofContext otherDevice = new ProofContext(
        StorageWorld.deviceState(new java.util.Random(99)), world.contextIn(3).timestamp(),
        ReplayToken.sequence(1));
    assertFails(world.kind.check(world.honestProof(3), otherDevice), StorageProofKind.UNKNOWN_SECTOR);
  }

  @Test
  void check_oldChallenge_failsWrongEpoch() throws VrfException {
    assertFails(world.kind.check(world.honestProof(3), world.contextIn(5)), StorageProofKind.WRONG_EPOCH);
  }

  @Test
  void check_futureChallenge_failsWrongEpoch() throws VrfException {
    assertFails(world.kind.check(world.honestProof(4), world.contextIn(3)), StorageProofKind.WRONG_EPOCH);
  }

  @Test
  void check_challengeFromAnotherKey_failsBadChallenge() throws VrfException {
    VrfSecretKey impostor = VrfSecretKey.fromRaw(VrfSuite.EDWARDS25519_SHA512_TAI, new byte[32]);
    StorageChallenge forged = StorageChallenge.issue(impostor, world.prover.sectorId(), 3);
    StorageProof proof = world.prover.respond(
        forged, forged.randomness(impostor.publicKey()), StorageWorld.RULES.challenges());
    assertFails(world.kind.check(proof, world.contextIn(3)), StorageProofKind.BAD_CHALLENGE);
  }

  @Test
  void check_overSizeLimit_failsResponseTooLarge() throws VrfException {
    StorageProof proof = world.honestProof(3);
    StorageRules tight = new StorageRules(64, 8, (int) proof.countedBytes() - 1, 1);
    StorageProofKind kind = new StorageProofKind(RuleBook.startingAt(StorageWorld.GENESIS, tight),
        (d, s) -> java.util.Optional.of(world.prover.commitment()), world.challenger.publicKey(),
        world.epochs);
    assertFails(kind.check(proof, world.contextIn(3)), StorageProofKind.RESPONSE_TOO_LARGE);
  }

  @Test
  void check_missingResponse_failsResponseCount() throws VrfException {
    assertFails(check(responses -> responses.remove(responses.size() - 1)),
        StorageProofKind.RESPONSE_COUNT);
  }

  @Test
  void check_extraResponse_failsResponseCount() throws VrfException {
    assertFails(check(responses -> responses.add(responses.get(0))), StorageProofKind.RESPONSE_COUNT);
  }

  @Test
  void check_sameIndexTwice_failsDuplicateResponse() throws VrfException {
    assertFails(check(responses -> responses.set(1, responses.get(0))),
        StorageProofKind.DUPLICATE_RESPONSE);
  }

  @Test
  void check_swappedResponses_failsWrongIndex() throws VrfException {
    assertFails(check(responses -> {
      ChunkResponse first = responses.get(0);
      responses.set(0, responses.get(1));
      responses.set(1, first);
    }), StorageProofKind.WRONG_INDEX);
  }

  @Test
  void check_longerChunk_failsChunkSize() throws VrfException {
    assertFails(check(responses -> {
      ChunkResponse r = responses.get(0);
      responses.set(0, new ChunkResponse(r.index(), r.chunk().concat(Bytes.of((byte) 0)), r.path()));
    }), StorageProofKind.CHUNK_SIZE);
  }

  @Test
  void check_alteredChunk_failsBadPath() throws VrfException {
    assertFails(check(responses -> {
      ChunkResponse r = responses.get(0);
      byte[] chunk = r.chunk().toByteArray();
      chunk[5] ^= 1;
      responses.set(0, new ChunkResponse(r.index(), Bytes.of(chunk), r.path()));
    }), StorageProofKind.BAD_PATH);
  }

  @Test
  void check_alteredOrShortenedPath_failsBadPath() throws VrfException {
    assertFails(check(responses -> {
      ChunkResponse r = responses.get(0);
      List<Hash32> path = new ArrayList<>(r.path());
      path.set(0, Hash32.ZERO);
      responses.set(0, new ChunkResponse(r.index(), r.chunk(), path));
    }), StorageProofKind.BAD_PATH);
    assertFails(check(responses -> {
      ChunkResponse r = responses.get(0);
      responses.set(0, new ChunkResponse(r.index(), r.chunk(), r.path().subList(1, r.path().size())));
    }), StorageProofKind.BAD_PATH);
  }

  @Test
  void commitmentCheck_rulesChunkSize_passes() {
    assertThat(world.commitmentKind.check(world.prover.commitment(), world.contextIn(0)))
        .isEqualTo(CheckResult.ok());
  }

  @Test
  void commitmentCheck_otherChunkSize_failsChunkSizeNotAllowed() {
    SectorCommitment c = SectorProver.of(world.prover.sectorId(), new byte[300], 32).commitment();
    assertFails(world.commitmentKind.check(c, world.contextIn(0)),
        SectorCommitmentKind.CHUNK_SIZE_NOT_ALLOWED);
  }

  @Test
  void commitmentCheck_noRulesInForce_failsNoRules() {
    ProofContext before = new ProofContext(world.device,
        StorageWorld.GENESIS.minusSeconds(1), ReplayToken.sequence(1));
    assertFails(world.commitmentKind.check(world.prover.commitment(), before),
        SectorCommitmentKind.NO_RULES);
  }

  @Test
  void decode_encodedProof_roundTrips() throws VrfException {
    StorageProof proof = world.honestProof(2);
    JsonNode json = world.kind.encode(proof);
    assertThat(world.kind.decode(json)).isEqualTo(proof);
    assertThat(world.kind.encode(world.kind.decode(json))).isEqualTo(json);
  }

  @Test
  void decode_encodedCommitment_roundTrips() {
    SectorCommitment c = world.prover.commitment();
    assertThat(world.commitmentKind.decode(world.commitmentKind.encode(c))).isEqualTo(c);
  }

  @Test
  void decode_malformedProofs_throwTypedDecodingException() throws VrfException {
    JsonNode good = world.kind.encode(world.honestProof(2));
    assertDecodeFails(good, n -> n.remove("epoch"), Reason.MALFORMED);
    assertDecodeFails(good, n -> n.put("extra", 1), Reason.MALFORMED);
    assertDecodeFails(good, n -> n.put("sector", "11".repeat(32)), Reason.MALFORMED);
    assertDecodeFails(good, n -> n.put("sector", "0x" + "AB".repeat(32)), Reason.NON_CANONICAL);
    assertDecodeFails(good, n -> n.put("sector", "0x" + "ab".repeat(31)), Reason.WRONG_LENGTH);
    assertDecodeFails(good, n -> n.put("sector", "0x" + "zz".repeat(32)), Reason.INVALID_CHARACTER);
    assertDecodeFails(good, n -> n.put("epoch", -1), Reason.INVALID_VALUE);
    assertDecodeFails(good, n -> n.put("epoch", 1.5), Reason.INVALID_VALUE);
    assertDecodeFails(good, n -> n.put("epoch", "1"), Reason.MALFORMED);
    assertDecodeFails(good, n -> n.put("vrfProof", "0x" + "00".repeat(79)), Reason.WRONG_LENGTH);
    assertDecodeFails(good, n -> n.put("responses", "none"), Reason.MALFORMED);
    assertDecodeFails(good, n -> {
      ArrayNode many = n.putArray("responses");
      for (int i = 0; i <= StorageProof.MAX_RESPONSES; i++) {
        many.addObject();
      }
    }, Reason.TOO_LONG);
    assertDecodeFails(good, n -> item(n).remove("path"), Reason.MALFORMED);
    assertDecodeFails(good, n -> item(n).put("index", -1), Reason.INVALID_VALUE);
    assertDecodeFails(good, n -> item(n).put("index", 1L << 31), Reason.INVALID_VALUE);
    assertDecodeFails(good, n -> item(n).put("chunk", ""), Reason.WRONG_LENGTH);
    assertDecodeFails(good, n -> item(n).put("chunk", "AAA="), Reason.NON_CANONICAL);
    assertDecodeFails(good, n -> item(n).put("chunk", "AA!A"), Reason.INVALID_CHARACTER);
    assertDecodeFails(good, n -> item(n).put("chunk", "A".repeat(30000)), Reason.TOO_LONG);
    assertDecodeFails(good, n -> item(n).put("path", "0x00"), Reason.MALFORMED);
    assertDecodeFails(good, n -> {
      ArrayNode path = item(n).putArray("path");
      for (int i = 0; i <= ChunkResponse.MAX_PATH_LENGTH; i++) {
        path.add("0x" + "00".repeat(32));
      }
    }, Reason.TOO_LONG);
    assertDecodeFails(good, n -> item(n).putArray("path").add(5), Reason.MALFORMED);
    assertDecodeFails(world.kind.encode(world.honestProof(2)).deepCopy(), n -> n.removeAll(),
        Reason.MALFORMED);
  }

  @Test
  void decode_malformedCommitments_throwTypedDecodingException() {
    ObjectNode good = (ObjectNode) world.commitmentKind.encode(world.prover.commitment());
    assertCommitmentDecodeFails(good, n -> n.put("chunkCount", 0), Reason.INVALID_VALUE);
    assertCommitmentDecodeFails(good, n -> n.put("chunkCount", 1L << 31), Reason.INVALID_VALUE);
    assertCommitmentDecodeFails(good, n -> n.put("chunkSize", 0), Reason.INVALID_VALUE);
    assertCommitmentDecodeFails(good, n -> n.put("chunkSize", StorageRules.MAX_CHUNK_SIZE + 1),
        Reason.INVALID_VALUE);
    assertCommitmentDecodeFails(good, n -> n.put("root", 5), Reason.MALFORMED);
    assertCommitmentDecodeFails(good, n -> n.remove("root"), Reason.MALFORMED);
    assertCommitmentDecodeFails(good, n -> n.put("more", true), Reason.MALFORMED);
  }

  private static ObjectNode item(ObjectNode proof) {
    return (ObjectNode) proof.get("responses").get(0);
  }

  private void assertDecodeFails(JsonNode good, Consumer<ObjectNode> edit, Reason reason) {
    ObjectNode copy = good.deepCopy();
    edit.accept(copy);
    assertThatThrownBy(() -> world.kind.decode(copy))
        .isInstanceOfSatisfying(DecodingException.class, e -> assertThat(e.reason()).isEqualTo(reason));
  }

  private void assertCommitmentDecodeFails(ObjectNode good, Consumer<ObjectNode> edit, Reason reason) {
    ObjectNode copy = good.deepCopy();
    edit.accept(copy);
    assertThatThrownBy(() -> world.commitmentKind.decode(copy))
        .isInstanceOfSatisfying(DecodingException.class, e -> assertThat(e.reason()).isEqualTo(reason));
  }

  private CheckResult check(Consumer<List<ChunkResponse>> edit) throws VrfException {
    StorageProof honest = world.honestProof(3);
    assertThat(honest.responses()).hasSizeGreaterThanOrEqualTo(2);
    List<ChunkResponse> responses = new ArrayList<>(honest.responses());
    edit.accept(responses);
    return world.kind.check(new StorageProof(honest.challenge(), responses), world.contextIn(3));
  }

  static void assertFails(CheckResult result, String code) {
    assertThat(result).isInstanceOfSatisfying(
        CheckResult.Failed.class, f -> assertThat(f.code()).isEqualTo(code));
  }
}
