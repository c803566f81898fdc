package io.depin.testkit.proofs.sensor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.depin.core.bytes.Hash32;
import io.depin.core.json.CanonicalJson;
import io.depin.core.merkle.InclusionProof;
import io.depin.core.rules.RuleBook;
import io.depin.proofs.CheckResult;
import io.depin.proofs.DeviceSigner;
import io.depin.proofs.ProofContext;
import io.depin.proofs.ProofVerifier;
import io.depin.proofs.ReplayToken;
import io.depin.proofs.SignedProof;
import io.depin.proofs.Verdict;
import io.depin.proofs.VerifiedProof;
import io.depin.proofs.sensor.ChainFinding;
import io.depin.proofs.sensor.ReadingChain;
import io.depin.proofs.sensor.ReadingChains;
import io.depin.proofs.sensor.SensorBatch;
import io.depin.proofs.sensor.SensorBatchKind;
import io.depin.proofs.sensor.SensorBatches;
import io.depin.proofs.sensor.SensorChain;
import io.depin.proofs.sensor.SensorReading;
import io.depin.proofs.sensor.SensorReadingKind;
import io.depin.proofs.sensor.SensorRules;
import io.depin.proofs.sensor.SensorTypeRule;
import io.depin.testkit.proofs.SimulatedFleet;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SensorPipelineTest {
  static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
  static final RuleBook<SensorRules> RULES =
      RuleBook.startingAt(START.minus(Duration.ofDays(1)), SensorRules.examples())
          .thenFrom(START.plus(Duration.ofDays(10)), new SensorRules(Map.of("temperature",
              new SensorTypeRule("Cel", new BigDecimal("-20"), new BigDecimal("50"),
                  new BigDecimal("0.1"))), 4));
  static final SensorReadingKind READINGS = new SensorReadingKind(RULES);
  static final SensorBatchKind BATCHES = new SensorBatchKind(RULES);

  SimulatedFleet fleet;
  ProofVerifier verifier;
  SimulatedFleet.Device honest;
  SimulatedFleet.Device cheat;
  ReadingChain honestChain;
  ReadingChain cheatChain;

  @BeforeEach
  void setUp() throws Exception {
    fleet = SimulatedFleet.create(11, START);
    verifier = fleet.verifier().kind(READINGS).kind(BATCHES).build();
    honest = fleet.onboard();
    cheat = fleet.onboard();
    honestChain = new ReadingChain(READINGS, BATCHES,
        DeviceSigner.create(honest.id(), honest.key(), fleet.clock(), 0));
    cheatChain = new ReadingChain(READINGS, BATCHES,
        DeviceSigner.create(cheat.id(), cheat.key(), fleet.clock(), 0));
  }

  @SuppressWarnings("unchecked")
  static <T> VerifiedProof<T> accepted(Verdict verdict) {
    assertThat(verdict).isInstanceOf(Verdict.Accepted.class);
    return (VerifiedProof<T>) ((Verdict.Accepted) verdict).proof();
  }

  static String rejectedCode(Verdict verdict) {
    assertThat(verdict).isInstanceOf(Verdict.Rejected.class);
    return ((Verdict.Rejected) verdict).code();
  }

  Instant tick() {
    return fleet.clock().advance(Duration.ofSeconds(10));
  }

  VerifiedProof<SensorReading> verify(SignedProof<SensorReading> proof) {
    return accepted(verifier.verify(proof.toBytes()));
  }

  SignedProof<SensorReading> temperature(ReadingChain chain, String value) throws Exception {
    return chain.record("t1", "temperature", "Cel", new BigDecimal(value), tick());
  }

  /** Signs a reading the chain builder would not make, as a cheating device's own firmware can. */
  SignedProof<SensorReading> forge(SensorReading reading, long sequence) throws Exception {
    return SignedProof.sign(READINGS, reading, cheat.id(), ReplayToken.sequence(sequence),
        fleet.clock().instant(), cheat.key());
  }

  static List<String> codes(SensorChain chain) {
    return chain.findings().stream().map(ChainFinding::code).toList();
  }

  @Test
  void honestDevice_chainOfReadings_allCountInAnyOrder() throws Exception {
    List<VerifiedProof<SensorReading>> verified = new ArrayList<>();
    for (String v : List.of("20.0", "20.5", "21.25", "21.0", "20.75")) {
      verified.add(verify(temperature(honestChain, v)));
    }
    verified.add(verify(honestChain.record("h1", "humidity", "%", new BigDecimal("40"), tick())));
    Collections.shuffle(verified, new java.util.Random(3));
    List<SensorChain> chains = new ReadingChains(RULES).evaluate(verified);
    assertThat(chains).hasSize(2);
    SensorChain t1 = chains.stream().filter(c -> c.sensorId().equals("t1")).findFirst().orElseThrow();
    assertThat(t1.findings()).isEmpty();
    assertThat(t1.counted()).extracting(p -> p.payload().index()).containsExactly(0L, 1L, 2L, 3L, 4L);
  }

  @Test
  void gap_missingIndex_isReportedAndLaterReadingsStillCount() throws Exception {
    VerifiedProof<SensorReading> r0 = verify(temperature(honestChain, "20"));
    temperature(honestChain, "20.1"); // lost on the way
    VerifiedProof<SensorReading> r2 = verify(temperature(honestChain, "20.2"));
    SensorChain chain = new ReadingChains(RULES).evaluate(List.of(r0, r2)).get(0);
    assertThat(chain.findings()).containsExactly(
        new ChainFinding("sensor.gap", 1, "readings 1 to 1 were not received"));
    assertThat(chain.counted()).hasSize(2);
  }

  @Test
  void fork_twoReadingsWithTheSameIndex_neitherCounts() throws Exception {
    VerifiedProof<SensorReading> r0 = verify(temperature(cheatChain, "20"));
    SensorReading r1 = temperature(cheatChain, "20.5").payload();
    VerifiedProof<SensorReading> v1 = verify(forge(r1, 10));
    SensorReading alt = new SensorReading(r1.sensorId(), r1.sensorType(), 1, new BigDecimal("25"),
        r1.unit(), r1.previousHash(), r1.timestamp());
    VerifiedProof<SensorReading> v1b = verify(forge(alt, 11));
    SensorChain chain = new ReadingChains(RULES).evaluate(List.of(r0, v1, v1b)).get(0);
    assertThat(codes(chain)).containsExactly("sensor.fork", "sensor.fork");
    assertThat(chain.counted()).containsExactly(r0);
  }

  @Test
  void fork_twoIndicesLinkingToTheSameReading_isReported() throws Exception {
    VerifiedProof<SensorReading> r0 = verify(temperature(cheatChain, "20"));
    SensorReading r1 = temperature(cheatChain, "20.5").payload();
    VerifiedProof<SensorReading> v1 = verify(forge(r1, 10));
    SensorReading skip = new SensorReading("t1", "temperature", 2, new BigDecimal("20.6"), "Cel",
        r1.previousHash(), r1.timestamp());
    VerifiedProof<SensorReading> v2 = verify(forge(skip, 11));
    SensorChain chain = new ReadingChains(RULES).evaluate(List.of(r0, v1, v2)).get(0);
    assertThat(codes(chain)).containsExactly("sensor.fork", "sensor.fork");
  }

  @Test
  void brokenLink_nextIndexNotLinked_doesNotCount() throws Exception {
    VerifiedProof<SensorReading> r0 = verify(temperature(cheatChain, "20"));
    SensorReading r1 = new SensorReading("t1", "temperature", 1, new BigDecimal("20.1"), "Cel",
        Hash32.fromHex("ab".repeat(32)), fleet.clock().instant());
    VerifiedProof<SensorReading> v1 = verify(forge(r1, 10));
    SensorChain chain = new ReadingChains(RULES).evaluate(List.of(v1, r0)).get(0);
    assertThat(codes(chain)).containsExactly("sensor.broken-link");
    assertThat(chain.counted()).containsExactly(r0);
  }

  @Test
  void reordered_timestampsOrSignaturesOutOfOrder_doNotCount() throws Exception {
    VerifiedProof<SensorReading> r0 = verify(temperature(cheatChain, "20"));
    Instant t0 = r0.payload().timestamp();
    SensorReading r1 = new SensorReading("t1", "temperature", 1, new BigDecimal("20"), "Cel",
        r0.payload().hash(), t0.minusSeconds(1));
    tick();
    SensorChain earlier = new ReadingChains(RULES)
        .evaluate(List.of(r0, verify(forge(r1, 10)))).get(0);
    assertThat(codes(earlier)).containsExactly("sensor.reordered");

    // index 2 signed with a lower sequence number than index 1: signed out of order
    SensorReading good1 = cheatChain.link("t1", "temperature", "Cel", new BigDecimal("20"), tick());
    SensorReading good2 = cheatChain.link("t1", "temperature", "Cel", new BigDecimal("20"), tick());
    VerifiedProof<SensorReading> s2 = verify(forge(good2, 20));
    VerifiedProof<SensorReading> s1 = verify(forge(good1, 21));
    SensorChain signedOutOfOrder = new ReadingChains(RULES).evaluate(List.of(r0, s1, s2)).get(0);
    assertThat(codes(signedOutOfOrder)).containsExactly("sensor.reordered");
  }

  @Test
  void rateTooHigh_valueJumpsFasterThanTheTypeAllows_doesNotCount() throws Exception {
    VerifiedProof<SensorReading> r0 = verify(temperature(cheatChain, "20"));
    VerifiedProof<SensorReading> r1 = verify(temperature(cheatChain, "30")); // +10 in 10 s: exactly 1/s
    VerifiedProof<SensorReading> r2 = verify(temperature(cheatChain, "40.5")); // +10.5 in 10 s
    VerifiedProof<SensorReading> r3 = verify(temperature(cheatChain, "40")); // vs r1: +10 in 20 s
    SensorChain chain = new ReadingChains(RULES).evaluate(List.of(r0, r1, r2, r3)).get(0);
    assertThat(codes(chain)).containsExactly("sensor.rate-too-high");
    assertThat(chain.counted()).containsExactly(r0, r1, r3);
  }

  @Test
  void duplicate_sameReadingInTwoProofs_countsOnce() throws Exception {
    SignedProof<SensorReading> p0 = temperature(cheatChain, "20");
    VerifiedProof<SensorReading> a = verify(p0);
    VerifiedProof<SensorReading> b = verify(forge(p0.payload(), 30));
    SensorChain chain = new ReadingChains(RULES).evaluate(List.of(a, b, a)).get(0);
    assertThat(codes(chain)).containsExactly("sensor.duplicate");
    assertThat(chain.counted()).hasSize(1);
  }

  @Test
  void check_eachSingleReadingRule_rejectedWithItsCode() throws Exception {
    Instant now = fleet.clock().instant();
    long seq = 40;
    Map<String, SensorReading> cases = Map.of(
        "sensor.unknown-type", new SensorReading("x", "radiation", 0, BigDecimal.ONE, "Sv", Hash32.ZERO, now),
        "sensor.wrong-unit", new SensorReading("x", "temperature", 0, BigDecimal.ONE, "K", Hash32.ZERO, now),
        "sensor.out-of-range", new SensorReading("x", "humidity", 0, new BigDecimal("100.01"), "%", Hash32.ZERO, now),
        "sensor.bad-genesis", new SensorReading("x", "humidity", 3, BigDecimal.ONE, "%", Hash32.ZERO, now),
        "sensor.reading-after-proof", new SensorReading("x", "humidity", 0, BigDecimal.ONE, "%", Hash32.ZERO, now.plusSeconds(1)));
    for (Map.Entry<String, SensorReading> e : cases.entrySet()) {
      assertThat(rejectedCode(verifier.verify(forge(e.getValue(), seq++).toBytes())))
          .as(e.getKey()).isEqualTo(e.getKey());
    }
    SensorReading genesisLinked = new SensorReading("x", "humidity", 0, BigDecimal.ONE, "%",
        Hash32.fromHex("01".repeat(32)), now);
    assertThat(rejectedCode(verifier.verify(forge(genesisLinked, seq++).toBytes())))
        .isEqualTo("sensor.bad-genesis");
  }

  @Test
  void check_noRulesOrBatchTooLarge_rejectedWithCodes() throws Exception {
    RuleBook<SensorRules> later = RuleBook.startingAt(START.plusSeconds(3600), SensorRules.examples());
    ProofVerifier v = fleet.verifier().kind(new SensorReadingKind(later))
        .kind(new SensorBatchKind(later)).build();
    ReadingChain chain = new ReadingChain(new SensorReadingKind(later), new SensorBatchKind(later),
        DeviceSigner.create(honest.id(), honest.key(), fleet.clock(), 0));
    assertThat(rejectedCode(v.verify(chain.record("t", "temperature", "Cel", BigDecimal.ONE,
        fleet.clock().instant()).toBytes()))).isEqualTo("sensor.no-rules");
    SensorReading r = chain.link("t", "temperature", "Cel", BigDecimal.ONE, fleet.clock().instant());
    assertThat(rejectedCode(v.verify(chain.commit(List.of(r), fleet.clock().instant()).toBytes())))
        .isEqualTo("sensor.no-rules");

    fleet.clock().set(START.plus(Duration.ofDays(10))); // rules with batches of at most 4
    List<SensorReading> five = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      five.add(honestChain.link("b", "temperature", "Cel", BigDecimal.ONE, tick()));
    }
    assertThat(rejectedCode(verifier.verify(honestChain.commit(five, tick()).toBytes())))
        .isEqualTo("sensor.batch-too-large");
    assertThat(verifier.verify(honestChain.commit(five.subList(0, 4), tick()).toBytes()))
        .isInstanceOf(Verdict.Accepted.class);
  }

  @Test
  void batch_honestDeviceCommitsReadings_rootAndInclusionVerify() throws Exception {
    List<SensorReading> readings = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      readings.add(honestChain.link("pm", "pm2_5", "ug/m3", BigDecimal.valueOf(12 + i), tick()));
    }
    VerifiedProof<SensorBatch> batch =
        accepted(verifier.verify(honestChain.commit(readings, tick()).toBytes()));
    assertThat(SensorBatches.verifyBatch(batch.payload(), readings)).isEqualTo(CheckResult.ok());
    InclusionProof proof = SensorBatches.inclusionProof(readings, 4);
    assertThat(SensorBatches.verifyInclusion(batch.payload(), readings.get(4), proof))
        .isEqualTo(CheckResult.ok());
  }

  @Test
  void batch_cheatSwapsAReadingAfterCommitting_rootMismatch() throws Exception {
    List<SensorReading> readings = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      readings.add(cheatChain.link("pm", "pm2_5", "ug/m3", BigDecimal.valueOf(12 + i), tick()));
    }
    VerifiedProof<SensorBatch> batch =
        accepted(verifier.verify(cheatChain.commit(readings, tick()).toBytes()));
    SensorReading last = readings.get(2);
    List<SensorReading> sent = new ArrayList<>(readings);
    sent.set(2, new SensorReading(last.sensorId(), last.sensorType(), 2, new BigDecimal("999"),
        last.unit(), last.previousHash(), last.timestamp()));
    CheckResult result = SensorBatches.verifyBatch(batch.payload(), sent);
    assertThat(((CheckResult.Failed) result).code()).isEqualTo("sensor.batch-root-mismatch");
  }

  @Test
  void batch_cheatCommitsOutOfRangeValue_commitmentHoldsButReadingCheckRejects() throws Exception {
    List<SensorReading> readings = new ArrayList<>();
    readings.add(cheatChain.link("pm", "pm2_5", "ug/m3", new BigDecimal("12"), tick()));
    readings.add(cheatChain.link("pm", "pm2_5", "ug/m3", new BigDecimal("5000"), tick()));
    VerifiedProof<SensorBatch> batch =
        accepted(verifier.verify(cheatChain.commit(readings, tick()).toBytes()));
    // the commitment is sound: the batch check alone does not judge values
    assertThat(SensorBatches.verifyBatch(batch.payload(), readings)).isEqualTo(CheckResult.ok());
    ProofContext context = new ProofContext(batch.device(), batch.timestamp(), batch.token());
    assertThat(READINGS.check(readings.get(0), context)).isEqualTo(CheckResult.ok());
    CheckResult second = READINGS.check(readings.get(1), context);
    assertThat(((CheckResult.Failed) second).code()).isEqualTo("sensor.out-of-range");
  }

  @Test
  void pipeline_replayedOrTamperedReading_rejected() throws Exception {
    SignedProof<SensorReading> p = temperature(cheatChain, "20");
    assertThat(verifier.verify(p.toBytes())).isInstanceOf(Verdict.Accepted.class);
    assertThat(rejectedCode(verifier.verify(p.toBytes()))).isEqualTo("REPLAYED");
    JsonNode root = CanonicalJson.parse(temperature(cheatChain, "20").toBytes());
    ((ObjectNode) root.get("payload").get("body")).put("value", "19");
    assertThat(rejectedCode(verifier.verify(CanonicalJson.canonicalize(root))))
        .isEqualTo("BAD_SIGNATURE");
  }
}
