package io.depin.testkit.proofs.bandwidth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.depin.core.crypto.KeyType;
import io.depin.core.json.CanonicalJson;
import io.depin.core.rules.RuleBook;
import io.depin.proofs.DeviceSigner;
import io.depin.proofs.ProofVerifier;
import io.depin.proofs.Verdict;
import io.depin.proofs.VerifiedProof;
import io.depin.proofs.bandwidth.BandwidthKind;
import io.depin.proofs.bandwidth.BandwidthLedger;
import io.depin.proofs.bandwidth.BandwidthProof;
import io.depin.proofs.bandwidth.BandwidthProver;
import io.depin.proofs.bandwidth.BandwidthReport;
import io.depin.proofs.bandwidth.BandwidthRules;
import io.depin.proofs.bandwidth.ConsumerSession;
import io.depin.testkit.proofs.SimulatedFleet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class BandwidthPropertyTest {
  private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
  private static final BandwidthKind KIND =
      new BandwidthKind(RuleBook.startingAt(START, new BandwidthRules(1L << 40)));
  private static final SimulatedFleet FLEET = SimulatedFleet.create(5, START);
  private static final List<byte[]> WIRES = new ArrayList<>();
  private static final List<VerifiedProof<BandwidthProof>> VERIFIED = new ArrayList<>();

  static {
    try {
      ProofVerifier verifier = FLEET.verifier().kind(KIND).build();
      for (int p = 0; p < 2; p++) {
        SimulatedFleet.Device provider = FLEET.onboard();
        BandwidthProver prover =
            BandwidthProver.create(KIND,
                DeviceSigner.create(provider.id(), provider.key(), FLEET.clock(), 0));
        for (int s = 0; s < 2; s++) {
          ConsumerSession session =
              ConsumerSession.open(
                  ConsumerSession.newSessionId(FLEET.random()),
                  provider.id(),
                  FLEET.newKey(KeyType.ED25519));
          for (long bytes = 1_000; bytes <= 3_000; bytes += 1_000) {
            byte[] wire = prover.submit(session.acknowledge(bytes * (p + 1))).toBytes();
            WIRES.add(wire);
            VERIFIED.add(((Verdict.Accepted) verifier.verify(wire)).proof().as(KIND).orElseThrow());
          }
        }
      }
    } catch (Exception e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /** A member of a bandwidth proof a cheating provider or relay can change. */
  enum Field {
    RECEIPT_BYTES, RECEIPT_SEQUENCE, RECEIPT_SESSION, RECEIPT_PROVIDER,
    CONSUMER_BYTES, CONSUMER_SEQUENCE, CONSUMER_SIGNATURE, CONSUMER_KEY, CONSUMER_TYPE,
    BOTH_BYTES, PROOF_SEQUENCE, PROOF_TIMESTAMP, PROOF_SIGNATURE
  }

  @Property(tries = 300)
  void verify_anyTamperedField_rejected(
      @ForAll Field field, @ForAll @IntRange(min = 0, max = 11) int which,
      @ForAll @IntRange(min = 1, max = 1_000) int delta) {
    byte[] wire = WIRES.get(which);
    JsonNode root = CanonicalJson.parse(wire);
    ObjectNode header = (ObjectNode) root.get("payload");
    ObjectNode body = (ObjectNode) header.get("body");
    ObjectNode receipt = (ObjectNode) body.get("receipt");
    ObjectNode consumer = (ObjectNode) body.get("consumer");
    ObjectNode signed = (ObjectNode) consumer.get("payload");
    switch (field) {
      case RECEIPT_BYTES -> receipt.put("bytes", receipt.get("bytes").longValue() + delta);
      case RECEIPT_SEQUENCE -> receipt.put("sequence", receipt.get("sequence").longValue() + delta);
      case RECEIPT_SESSION -> receipt.put("session", flip(receipt.get("session").textValue(), delta));
      case RECEIPT_PROVIDER -> receipt.put("provider", flip(receipt.get("provider").textValue(), delta));
      case CONSUMER_BYTES -> signed.put("bytes", signed.get("bytes").longValue() + delta);
      case CONSUMER_SEQUENCE -> signed.put("sequence", signed.get("sequence").longValue() + delta);
      case CONSUMER_SIGNATURE ->
          consumer.put("signature", flip(consumer.get("signature").textValue(), delta));
      case CONSUMER_KEY -> ((ObjectNode) consumer.get("signer"))
          .put("publicKey", flip(consumer.get("signer").get("publicKey").textValue(), delta));
      case CONSUMER_TYPE -> consumer.put("type", "io.depin.proofs.bandwidth.receipt/v2");
      case BOTH_BYTES -> {
        receipt.put("bytes", receipt.get("bytes").longValue() + delta);
        signed.put("bytes", signed.get("bytes").longValue() + delta);
      }
      case PROOF_SEQUENCE -> header.put("sequence", header.get("sequence").longValue() + delta);
      case PROOF_TIMESTAMP -> header.put("timestamp", header.get("timestamp").longValue() + delta);
      case PROOF_SIGNATURE -> ((ObjectNode) root)
          .put("signature", flip(root.get("signature").textValue(), delta));
    }
    ProofVerifier fresh = FLEET.verifier().kind(KIND).build();
    assertThat(fresh.verify(CanonicalJson.canonicalize(root))).isInstanceOf(Verdict.Rejected.class);
    assertThat(fresh.verify(wire)).isInstanceOf(Verdict.Accepted.class);
  }

  @Property(tries = 100)
  void verifyAndTally_replaysInAnyOrder_neverMoreBytesThanHonest(@ForAll Random random) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < WIRES.size(); i++) {
      for (int copies = 1 + random.nextInt(3); copies > 0; copies--) {
        order.add(i);
      }
    }
    Collections.shuffle(order, random);
    ProofVerifier fresh = FLEET.verifier().kind(KIND).build();
    Set<Integer> accepted = new HashSet<>();
    List<VerifiedProof<BandwidthProof>> verified = new ArrayList<>();
    for (int i : order) {
      if (fresh.verify(WIRES.get(i)) instanceof Verdict.Accepted a) {
        assertThat(accepted.add(i)).isTrue();
        verified.add(a.proof().as(KIND).orElseThrow());
      }
    }
    BandwidthReport honest = new BandwidthLedger().tally(VERIFIED);
    new BandwidthLedger().tally(verified).byProvider().forEach(
        (id, bytes) -> assertThat(bytes).isLessThanOrEqualTo(honest.byProvider().get(id)));
  }

  @Property(tries = 100)
  void tally_anyOrderWithDuplicates_sameRewardableBytes(@ForAll Random random) {
    List<VerifiedProof<BandwidthProof>> shuffled = new ArrayList<>(VERIFIED);
    for (int i = random.nextInt(12); i > 0; i--) {
      shuffled.add(VERIFIED.get(random.nextInt(VERIFIED.size())));
    }
    Collections.shuffle(shuffled, random);
    BandwidthReport base = new BandwidthLedger().tally(VERIFIED);
    BandwidthReport report = new BandwidthLedger().tally(shuffled);
    assertThat(report.byProvider()).isEqualTo(base.byProvider());
    assertThat(report.sessions()).hasSameSizeAs(base.sessions());
    for (int i = 0; i < base.sessions().size(); i++) {
      assertThat(report.sessions().get(i).counted()).isEqualTo(base.sessions().get(i).counted());
    }
    assertThat(base.byProvider().values()).extracting(Number::longValue)
        .containsExactlyInAnyOrder(6_000L, 12_000L);
  }

  private static String flip(String hex, int index) {
    int at = 2 + Math.floorMod(index, hex.length() - 2);
    int digit = Character.digit(hex.charAt(at), 16) ^ 1;
    return hex.substring(0, at) + Character.forDigit(digit, 16) + hex.substring(at + 1);
  }
}
