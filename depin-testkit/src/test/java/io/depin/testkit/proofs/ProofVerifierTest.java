package io.depin.testkit.proofs;

import static org.assertj.core.api.Assertions.assertThat;

import io.depin.core.crypto.SigningKey;
import io.depin.core.json.CanonicalJson;
import io.depin.core.message.MessageType;
import io.depin.devices.MakerId;
import io.depin.devices.registry.DeviceState;
import io.depin.proofs.BatchResult;
import io.depin.proofs.ProofEnvelope;
import io.depin.proofs.ProofVerifier;
import io.depin.proofs.RejectionReason;
import io.depin.proofs.ReplayToken;
import io.depin.proofs.SignedProof;
import io.depin.proofs.Verdict;
import io.depin.proofs.VerifiedProof;
import io.depin.testkit.devices.DeviceStatements;
import io.depin.testkit.proofs.Fleet.Device;
import io.depin.testkit.proofs.PingKind.Ping;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class ProofVerifierTest {
  @Test
  void verify_validPing_acceptsWithTypedPayload() throws Exception {
    Fleet fleet = new Fleet(1);
    Device device = fleet.onboard();
    SignedProof<Ping> proof = device.ping(7, ReplayToken.sequence(1), fleet.clock.instant());

    Verdict verdict = fleet.verifier().verify(proof.toBytes());

    assertThat(verdict).isInstanceOf(Verdict.Accepted.class);
    VerifiedProof<?> verified = ((Verdict.Accepted) verdict).proof();
    assertThat(verified.as(Fleet.PING)).get().extracting(VerifiedProof::payload)
        .isEqualTo(new Ping(7));
    assertThat(verified.device().identity().id()).isEqualTo(device.id());
    assertThat(verified.timestamp()).isEqualTo(fleet.clock.instant());
    assertThat(verified.envelope()).isEqualTo(proof.envelope());
  }

  @Test
  void verify_nonceToken_accepts() throws Exception {
    Fleet fleet = new Fleet(2);
    Device device = fleet.onboard();
    byte[] wire = device.ping(1, ReplayToken.nonce(io.depin.core.bytes.Bytes.of(new byte[16])),
        fleet.clock.instant()).toBytes();

    assertThat(fleet.verifier().verify(wire)).isInstanceOf(Verdict.Accepted.class);
  }

  @Test
  void verify_oversizedInput_rejectsTooLargeBeforeParsing() throws Exception {
    Fleet fleet = new Fleet(3);
    byte[] garbage = new byte[ProofVerifier.DEFAULT_MAX_PROOF_BYTES + 1];

    assertRejected(fleet.verifier().verify(garbage), RejectionReason.TOO_LARGE);
  }

  @Test
  void verify_notAnEnvelope_rejectsMalformed() throws Exception {
    Fleet fleet = new Fleet(4);
    Device device = fleet.onboard();
    byte[] wire = device.ping(1, ReplayToken.sequence(1), fleet.clock.instant()).toBytes();
    byte[] extraMember = Tamper.header(wire, h -> h.put("extra", 1));

    assertRejected(fleet.verifier().verify("{}".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        RejectionReason.MALFORMED);
    assertRejected(fleet.verifier().verify(extraMember), RejectionReason.MALFORMED);
  }

  @Test
  void verify_signedPayloadTheKindCannotDecode_rejectsMalformed() throws Exception {
    Fleet fleet = new Fleet(5);
    Device device = fleet.onboard();
    byte[] wire = ProofEnvelope.sign(PingKind.TYPE, device.id(), ReplayToken.sequence(1),
        fleet.clock.instant(), JsonNodeFactory.instance.objectNode().put("counter", "seven"),
        device.key()).encode();

    assertRejected(fleet.verifier().verify(wire), RejectionReason.MALFORMED);
  }

  @Test
  void verify_unregisteredKindTag_rejectsUnknownKind() throws Exception {
    Fleet fleet = new Fleet(6);
    Device device = fleet.onboard();
    byte[] wire = ProofEnvelope.sign(MessageType.of("io.depin.test.pong/v1"), device.id(),
        ReplayToken.sequence(1), fleet.clock.instant(),
        JsonNodeFactory.instance.objectNode().put("counter", 1), device.key()).encode();

    assertRejected(fleet.verifier().verify(wire), RejectionReason.UNKNOWN_KIND);
  }

  @Test
  void verify_deviceNotOnboarded_rejectsUnknownDevice() throws Exception {
    Fleet fleet = new Fleet(7);
    SigningKey stranger = fleet.newKey();
    Device unknown = new Device(io.depin.devices.DeviceId.fromInitialKey(stranger.publicKey()),
        stranger);

    assertRejected(
        fleet.verifier().verify(
            unknown.ping(1, ReplayToken.sequence(1), fleet.clock.instant()).toBytes()),
        RejectionReason.UNKNOWN_DEVICE);
  }

  @Test
  void verify_revokedDevice_rejectsDeviceRevoked() throws Exception {
    Fleet fleet = new Fleet(8);
    Device device = fleet.onboard();
    byte[] wire = device.ping(1, ReplayToken.sequence(1), fleet.clock.instant()).toBytes();
    fleet.registry.revokeDevice(device.id(), "stolen");

    assertRejected(fleet.verifier().verify(wire), RejectionReason.DEVICE_REVOKED);
  }

  @Test
  void verify_makerRevoked_rejectsDeviceRevoked() throws Exception {
    Fleet fleet = new Fleet(9);
    Device device = fleet.onboard();
    byte[] wire = device.ping(1, ReplayToken.sequence(1), fleet.clock.instant()).toBytes();
    fleet.registry.revokeMaker(fleet.maker, "compromised factory");

    assertRejected(fleet.verifier().verify(wire), RejectionReason.DEVICE_REVOKED);
  }

  @Test
  void verify_signedByRotatedOutKey_rejectsWrongKey() throws Exception {
    Fleet fleet = new Fleet(10);
    Device device = fleet.onboard();
    DeviceState state = fleet.registry.lookup(device.id());
    SigningKey newKey = fleet.newKey();
    fleet.registry.rotateKey(DeviceStatements.rotation(state, device.key(), newKey));
    ProofVerifier verifier = fleet.verifier();

    Verdict old = verifier.verify(
        device.ping(1, ReplayToken.sequence(1), fleet.clock.instant()).toBytes());
    Verdict current = verifier.verify(new Device(device.id(), newKey)
        .ping(1, ReplayToken.sequence(2), fleet.clock.instant()).toBytes());

    assertRejected(old, RejectionReason.WRONG_KEY);
    assertThat(current).isInstanceOf(Verdict.Accepted.class);
  }

  @Test
  void verify_anotherDevicesKey_rejectsWrongKey() throws Exception {
    Fleet fleet = new Fleet(11);
    Device victim = fleet.onboard();
    Device other = fleet.onboard();
    byte[] wire = new Device(victim.id(), other.key())
        .ping(1, ReplayToken.sequence(1), fleet.clock.instant()).toBytes();

    assertRejected(fleet.verifier().verify(wire), RejectionReason.WRONG_KEY);
  }

  @Test
  void verify_signerKeyNotAValidPoint_rejectsMalformedAsBefore() throws Exception {
    Fleet fleet = new Fleet(12);
    Device device = fleet.onboard();
    byte[] wire = device.ping(1, ReplayToken.sequence(1), fleet.clock.instant()).toBytes();
    ObjectNode root = (ObjectNode) CanonicalJson.parse(wire);
    // The identity point: a valid encoding of a point of small order, which keys must not be.
    ((ObjectNode) root.get("signer")).put("publicKey", "0x01" + "00".repeat(31));

    assertRejected(fleet.verifier().verify(CanonicalJson.canonicalize(root)),
        RejectionReason.MALFORMED);
  }

  @Test
  void verify_alteredSignature_rejectsBadSignature() throws Exception {
    Fleet fleet = new Fleet(12);
    Device device = fleet.onboard();
    byte[] wire = device.ping(1, ReplayToken.sequence(1), fleet.clock.instant()).toBytes();
    byte[] tampered = Tamper.envelope(wire,
        root -> root.put("signature", Tamper.flipHexDigit(root.get("signature").textValue(), 3)));

    assertRejected(fleet.verifier().verify(tampered), RejectionReason.BAD_SIGNATURE);
  }

  @Test
  void verify_olderThanMaxAge_rejectsStale() throws Exception {
    Fleet fleet = new Fleet(13);
    Device device = fleet.onboard();
    Instant justTooOld = fleet.clock.instant().minus(Fleet.MAX_AGE).minusMillis(1);
    Instant oldest = fleet.clock.instant().minus(Fleet.MAX_AGE);
    ProofVerifier verifier = fleet.verifier();

    assertRejected(verifier.verify(device.ping(1, ReplayToken.sequence(1), justTooOld).toBytes()),
        RejectionReason.STALE);
    assertThat(verifier.verify(device.ping(1, ReplayToken.sequence(2), oldest).toBytes()))
        .isInstanceOf(Verdict.Accepted.class);
  }

  @Test
  void verify_beyondFutureSkew_rejectsFromTheFuture() throws Exception {
    Fleet fleet = new Fleet(14);
    Device device = fleet.onboard();
    Instant latest = fleet.clock.instant().plus(Fleet.SKEW);
    ProofVerifier verifier = fleet.verifier();

    assertRejected(
        verifier.verify(device.ping(1, ReplayToken.sequence(1), latest.plusMillis(1)).toBytes()),
        RejectionReason.FROM_THE_FUTURE);
    assertThat(verifier.verify(device.ping(1, ReplayToken.sequence(2), latest).toBytes()))
        .isInstanceOf(Verdict.Accepted.class);
  }

  @Test
  void verify_sameProofTwice_rejectsReplayed() throws Exception {
    Fleet fleet = new Fleet(15);
    Device device = fleet.onboard();
    byte[] wire = device.ping(1, ReplayToken.sequence(1), fleet.clock.instant()).toBytes();
    ProofVerifier verifier = fleet.verifier();

    assertThat(verifier.verify(wire)).isInstanceOf(Verdict.Accepted.class);
    assertRejected(verifier.verify(wire), RejectionReason.REPLAYED);
  }

  @Test
  void verify_lowerSequenceAfterHigher_rejectsReplayed() throws Exception {
    Fleet fleet = new Fleet(16);
    Device device = fleet.onboard();
    ProofVerifier verifier = fleet.verifier();
    Instant now = fleet.clock.instant();

    assertThat(verifier.verify(device.ping(1, ReplayToken.sequence(5), now).toBytes()))
        .isInstanceOf(Verdict.Accepted.class);
    assertRejected(verifier.verify(device.ping(2, ReplayToken.sequence(4), now).toBytes()),
        RejectionReason.REPLAYED);
  }

  @Test
  void verify_counterAboveRules_rejectsWithKindCode() throws Exception {
    Fleet fleet = new Fleet(17);
    Device device = fleet.onboard();
    byte[] wire = device.ping(101, ReplayToken.sequence(1), fleet.clock.instant()).toBytes();

    Verdict verdict = fleet.verifier().verify(wire);

    assertRejected(verdict, RejectionReason.KIND_REJECTED);
    assertThat(((Verdict.Rejected) verdict).code()).isEqualTo("counter_too_high");
  }

  @Test
  void verify_acrossRuleChange_judgesEachProofByRulesAtItsTimestamp() throws Exception {
    Fleet fleet = new Fleet(18);
    Device device = fleet.onboard();
    fleet.clock.set(Fleet.RULE_CHANGE.plus(Duration.ofMinutes(1)));
    ProofVerifier verifier = fleet.verifier();
    Instant before = Fleet.RULE_CHANGE.minus(Duration.ofMinutes(1));
    Instant after = Fleet.RULE_CHANGE.plus(Duration.ofSeconds(30));

    Verdict old = verifier.verify(device.ping(50, ReplayToken.sequence(1), before).toBytes());
    Verdict now = verifier.verify(device.ping(50, ReplayToken.sequence(2), after).toBytes());

    assertThat(old).isInstanceOf(Verdict.Accepted.class);
    assertRejected(now, RejectionReason.KIND_REJECTED);
  }

  @Test
  void verifyAll_mixedBatch_verdictsInInputOrderWithCounts() throws Exception {
    Fleet fleet = new Fleet(19);
    Device device = fleet.onboard();
    Instant now = fleet.clock.instant();
    byte[] first = device.ping(1, ReplayToken.sequence(1), now).toBytes();
    List<byte[]> wires = List.of(
        first,
        new byte[] {'{'},
        first,
        device.ping(200, ReplayToken.sequence(2), now).toBytes(),
        device.ping(3, ReplayToken.sequence(3), now).toBytes());

    BatchResult result = fleet.verifier().verifyAll(wires);

    assertThat(result.verdicts()).hasSize(5);
    assertThat(result.verdicts().get(0)).isInstanceOf(Verdict.Accepted.class);
    assertRejected(result.verdicts().get(1), RejectionReason.MALFORMED);
    assertRejected(result.verdicts().get(2), RejectionReason.REPLAYED);
    assertRejected(result.verdicts().get(3), RejectionReason.KIND_REJECTED);
    assertThat(result.verdicts().get(4)).isInstanceOf(Verdict.Accepted.class);
    assertThat(result.accepted()).isEqualTo(2);
    assertThat(result.rejections())
        .isEqualTo(Map.of("MALFORMED", 1, "REPLAYED", 1, "counter_too_high", 1));
  }

  private static void assertRejected(Verdict verdict, RejectionReason reason) {
    assertThat(verdict).isInstanceOfSatisfying(Verdict.Rejected.class,
        r -> assertThat(r.reason()).as(r.toString()).isEqualTo(reason));
  }
}
