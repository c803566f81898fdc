package io.depin.testkit.proofs.bandwidth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.depin.core.bytes.Hash32;
import io.depin.core.crypto.KeyType;
import io.depin.core.crypto.SigningKey;
import io.depin.core.message.SignedMessage;
import io.depin.core.rules.RuleBook;
import io.depin.proofs.DeviceSigner;
import io.depin.proofs.ProofVerifier;
import io.depin.proofs.ReplayToken;
import io.depin.proofs.SignedProof;
import io.depin.proofs.Verdict;
import io.depin.proofs.VerifiedProof;
import io.depin.proofs.bandwidth.BandwidthKind;
import io.depin.proofs.bandwidth.BandwidthLedger;
import io.depin.proofs.bandwidth.BandwidthProof;
import io.depin.proofs.bandwidth.BandwidthProver;
import io.depin.proofs.bandwidth.BandwidthReport;
import io.depin.proofs.bandwidth.BandwidthRules;
import io.depin.proofs.bandwidth.ConsumerSession;
import io.depin.proofs.bandwidth.FlaggedReceipt;
import io.depin.proofs.bandwidth.SessionTally;
import io.depin.proofs.bandwidth.TransferReceipt;
import io.depin.testkit.proofs.SimulatedFleet;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BandwidthPipelineTest {
  static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
  static final BandwidthKind KIND =
      new BandwidthKind(RuleBook.startingAt(START, new BandwidthRules(10_000_000)));

  private SimulatedFleet fleet;
  private ProofVerifier verifier;
  private SimulatedFleet.Device provider;
  private BandwidthProver prover;
  private SigningKey consumer;

  @BeforeEach
  void setUp() throws Exception {
    fleet = SimulatedFleet.create(3, START);
    verifier = fleet.verifier().kind(KIND).build();
    provider = fleet.onboard();
    prover = BandwidthProver.create(KIND,
        DeviceSigner.create(provider.id(), provider.key(), fleet.clock(), 0));
    consumer = fleet.newKey(KeyType.ED25519);
  }

  private Hash32 session() {
    return ConsumerSession.newSessionId(fleet.random());
  }

  private static VerifiedProof<BandwidthProof> accepted(Verdict verdict) {
    assertThat(verdict).isInstanceOf(Verdict.Accepted.class);
    return ((Verdict.Accepted) verdict).proof().as(KIND).orElseThrow();
  }

  private static String rejectedCode(Verdict verdict) {
    assertThat(verdict).isInstanceOf(Verdict.Rejected.class);
    return ((Verdict.Rejected) verdict).code();
  }

  /** Signs a receipt as the consumer and submits it as the provider, raw. */
  private SignedProof<BandwidthProof> raw(
      TransferReceipt providerClaims, SignedMessage consumerSigned, long proofSequence)
      throws Exception {
    return provider.sign(KIND, new BandwidthProof(providerClaims, consumerSigned),
        ReplayToken.sequence(proofSequence), fleet.clock().instant());
  }

  @Test
  void honest_cumulativeReceipts_rewardLastCumulativeBytes() throws Exception {
    ConsumerSession s = ConsumerSession.open(session(), provider.id(), consumer);
    List<VerifiedProof<BandwidthProof>> verified = new ArrayList<>();
    for (long bytes : new long[] {1_000, 5_000, 5_000, 12_000}) {
      verified.add(accepted(verifier.verify(prover.submit(s.acknowledge(bytes)).toBytes())));
    }
    BandwidthReport report = new BandwidthLedger().tally(verified);
    assertThat(report.sessions()).hasSize(1);
    SessionTally tally = report.sessions().get(0);
    assertThat(tally.rewardableBytes()).isEqualTo(12_000);
    assertThat(tally.consumer()).isEqualTo(consumer.publicKey());
    assertThat(tally.counted()).extracting(TransferReceipt::sequence).containsExactly(0L, 1L, 2L, 3L);
    assertThat(tally.flagged()).isEmpty();
    assertThat(report.rewardableBytes(provider.id())).isEqualTo(BigInteger.valueOf(12_000));
  }

  @Test
  void cheater_inflatesBytes_receiptMismatch() throws Exception {
    Hash32 id = session();
    SignedMessage ack = ConsumerSession.open(id, provider.id(), consumer).acknowledge(1_000);
    SignedProof<BandwidthProof> inflated =
        raw(new TransferReceipt(id, provider.id(), 9_000_000, 0), ack, 1);
    assertThat(rejectedCode(verifier.verify(inflated.toBytes()))).isEqualTo("bandwidth.receipt-mismatch");
  }

  @Test
  void cheater_signsOwnReceipts_selfSigned() throws Exception {
    Hash32 id = session();
    SignedMessage own = ConsumerSession.open(id, provider.id(), provider.key()).acknowledge(500);
    assertThat(rejectedCode(verifier.verify(
            raw(new TransferReceipt(id, provider.id(), 500, 0), own, 1).toBytes())))
        .isEqualTo("bandwidth.self-signed");
  }

  @Test
  void cheater_submitsAnotherProvidersReceipt_providerMismatch() throws Exception {
    SimulatedFleet.Device other = fleet.onboard();
    Hash32 id = session();
    SignedMessage ack = ConsumerSession.open(id, other.id(), consumer).acknowledge(700);
    assertThat(rejectedCode(verifier.verify(
            raw(new TransferReceipt(id, other.id(), 700, 0), ack, 1).toBytes())))
        .isEqualTo("bandwidth.provider-mismatch");
    assertThatThrownBy(() -> prover.submit(ack)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void cheater_impossibleBytes_overLimit() throws Exception {
    Hash32 id = session();
    SignedMessage ack = ConsumerSession.open(id, provider.id(), consumer).acknowledge(10_000_001);
    assertThat(rejectedCode(verifier.verify(prover.submit(ack).toBytes())))
        .isEqualTo("bandwidth.bytes-over-limit");
  }

  @Test
  void cheater_forgesConsumerSignature_invalid() throws Exception {
    Hash32 id = session();
    SignedMessage ack = ConsumerSession.open(id, provider.id(), consumer).acknowledge(100);
    String forged = ack.toJson().replace("\"bytes\":100", "\"bytes\":100000");
    SignedMessage tampered = SignedMessage.fromJson(forged);
    assertThat(rejectedCode(verifier.verify(
            raw(new TransferReceipt(id, provider.id(), 100_000, 0), tampered, 1).toBytes())))
        .isEqualTo("bandwidth.consumer-signature-invalid");
  }

  @Test
  void ledger_replayedConflictingAndDecreasingReceipts_flagged() throws Exception {
    Hash32 id = session();
    ConsumerSession s = ConsumerSession.open(id, provider.id(), consumer);
    SignedMessage r0 = s.acknowledge(100);
    SignedMessage r1 = s.acknowledge(300);
    SignedMessage r2 = s.acknowledge(400);
    // a colluding consumer signs other numbers for sequences 1 and 3 with the same key
    SignedMessage r1b = sign(new TransferReceipt(id, provider.id(), 900, 1), consumer);
    SignedMessage r3low = sign(new TransferReceipt(id, provider.id(), 50, 3), consumer);
    List<VerifiedProof<BandwidthProof>> verified = new ArrayList<>();
    for (SignedMessage m : List.of(r0, r1, r2, r2, r1b, r3low)) {
      verified.add(accepted(verifier.verify(prover.submit(m).toBytes())));
    }
    SessionTally tally = new BandwidthLedger().tally(verified).sessions().get(0);
    assertThat(tally.counted()).extracting(TransferReceipt::sequence).containsExactly(0L, 2L);
    assertThat(tally.rewardableBytes()).isEqualTo(400);
    assertThat(tally.flagged())
        .extracting(f -> f.receipt().sequence() + ":" + f.reason().code())
        .containsExactly(
            "1:bandwidth.conflicting-receipts",
            "1:bandwidth.conflicting-receipts",
            "2:bandwidth.duplicate-receipt",
            "3:bandwidth.bytes-decreased");
  }

  @Test
  void ledger_sessionReusedByAnotherConsumer_sessionConflict() throws Exception {
    Hash32 id = session();
    SigningKey sybil = fleet.newKey(KeyType.ED25519);
    List<VerifiedProof<BandwidthProof>> verified = new ArrayList<>();
    verified.add(accepted(verifier.verify(
        prover.submit(ConsumerSession.open(id, provider.id(), consumer).acknowledge(10)).toBytes())));
    verified.add(accepted(verifier.verify(
        prover.submit(ConsumerSession.open(id, provider.id(), sybil).acknowledge(99)).toBytes())));
    BandwidthReport report = new BandwidthLedger().tally(verified);
    assertThat(report.sessions()).hasSize(2).allSatisfy(t -> {
      assertThat(t.rewardableBytes()).isZero();
      assertThat(t.flagged()).extracting(FlaggedReceipt::reason)
          .containsOnly(FlaggedReceipt.Reason.SESSION_CONFLICT);
    });
    assertThat(report.byProvider()).containsEntry(provider.id(), BigInteger.ZERO);
  }

  static SignedMessage sign(TransferReceipt receipt, SigningKey key) throws Exception {
    ObjectNode json =
        JsonNodeFactory.instance.objectNode()
            .put("bytes", receipt.bytes())
            .put("provider", receipt.provider().toString())
            .put("sequence", receipt.sequence())
            .put("session", receipt.session().toPrefixedHex());
    return SignedMessage.sign(BandwidthKind.RECEIPT_TYPE, json, key);
  }
}
