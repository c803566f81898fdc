package io.depin.testkit.proofs.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.depin.core.json.CanonicalJson;
import io.depin.proofs.ReplayToken;
import io.depin.proofs.Verdict;
import io.depin.proofs.VerifiedProof;
import io.depin.proofs.coverage.Beacon;
import io.depin.proofs.coverage.CoverageEvaluator;
import io.depin.proofs.coverage.CoverageResult;
import io.depin.proofs.coverage.InMemoryBeaconTracker;
import io.depin.proofs.coverage.Witness;
import io.depin.testkit.proofs.coverage.CoverageNet.Radio;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class CoveragePropertyTest {
  private static final CoverageNet NET;
  private static final Radio BEACONER;
  private static final Radio CHEATER;
  private static final AtomicLong CHEATER_SEQUENCE = new AtomicLong(1_000);
  private static final List<Radio> WITNESSES = new ArrayList<>();

  static {
    try {
      NET = new CoverageNet(11);
      BEACONER = NET.onboard(0, 0);
      CHEATER = NET.onboard(-5, -5);
      for (int i = 0; i < 8; i++) {
        double angle = Math.PI * i / 4;
        WITNESSES.add(NET.onboard(3 * Math.cos(angle), 3 * Math.sin(angle)));
      }
      WITNESSES.add(NET.onboard(0.05, 0));     // too close
      WITNESSES.add(NET.onboard(140, 0));      // too far
    } catch (Exception e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /** A member of a beacon or witness body, or of the envelope. */
  enum Field {
    B_ANTENNA, B_ENTROPY, B_FREQUENCY, B_PAYLOAD, B_REGION, B_POWER, B_VRF_PROOF, B_VRF_SUITE,
    W_ANTENNA, W_BEACONER, W_FREQUENCY, W_PAYLOAD, W_RECEIVED, W_REGION, W_RSSI, W_SNR,
    SEQUENCE, TIMESTAMP, SIGNATURE
  }

  @Property(tries = 150)
  void verify_anyTamperedField_rejectedAndOriginalAccepted(
      @ForAll Field field,
      @ForAll @IntRange(min = 1, max = 500) int delta,
      @ForAll @IntRange(min = 0, max = 200) int digit) throws Exception {
    boolean witness = field.name().startsWith("W_");
    byte[] wire;
    if (witness) {
      VerifiedProof<Beacon> beacon = NET.accept(NET.beacon(BEACONER));
      wire = NET.witness(WITNESSES.get(0), beacon, -1100, 1000).toBytes();
    } else {
      wire = NET.beacon(BEACONER).toBytes();
    }
    ObjectNode root = (ObjectNode) CanonicalJson.parse(wire);
    ObjectNode header = (ObjectNode) root.get("payload");
    ObjectNode body = (ObjectNode) header.get("body");
    switch (field) {
      case B_ANTENNA, W_ANTENNA -> add(body, "antennaGainDeciDbi", delta);
      case B_FREQUENCY, W_FREQUENCY -> add(body, "frequencyHz", delta);
      case B_POWER -> add(body, "txPowerDeciDbm", -delta);
      case W_RSSI -> add(body, "rssiDeciDbm", -delta);
      case W_SNR -> add(body, "snrDeciDb", delta);
      case W_RECEIVED -> add(body, "receivedAt", -delta);
      case B_ENTROPY -> flip(body, "entropy", digit);
      case B_PAYLOAD, W_PAYLOAD -> flip(body, "payload", digit);
      case B_VRF_PROOF -> flip(body, "vrfProof", digit);
      case W_BEACONER -> flip(body, "beaconer", digit);
      case B_REGION, W_REGION -> body.put("region", delta % 2 == 0 ? "US915" : "EU433");
      case B_VRF_SUITE -> body.put("vrfSuite", "ECVRF-P256-SHA256-TAI");
      case SEQUENCE -> add(header, "sequence", delta);
      case TIMESTAMP -> add(header, "timestamp", -delta);
      case SIGNATURE -> flip(root, "signature", digit);
    }

    assertThat(NET.verifier.verify(CanonicalJson.canonicalize(root)))
        .isInstanceOf(Verdict.Rejected.class);
    assertThat(NET.verifier.verify(wire)).isInstanceOf(Verdict.Accepted.class);
  }

  /** A cheating beaconer that changes a VRF-bound member and signs the result itself. */
  enum Bound { ENTROPY, PAYLOAD, VRF_PROOF }

  @Property(tries = 60)
  void verify_resignedBeaconWithForgedRandomness_rejectedByKind(
      @ForAll Bound bound, @ForAll @IntRange(min = 0, max = 200) int digit) throws Exception {
    JsonNode body = NET.beacons.encode(NET.beacon(CHEATER).payload());
    ObjectNode forged = (ObjectNode) body.deepCopy();
    switch (bound) {
      case ENTROPY -> flip(forged, "entropy", digit);
      case PAYLOAD -> flip(forged, "payload", digit);
      case VRF_PROOF -> flip(forged, "vrfProof", digit);
    }
    Beacon cheat = NET.beacons.decode(forged);
    byte[] wire = CHEATER.device()
        .sign(NET.beacons, cheat, ReplayToken.sequence(CHEATER_SEQUENCE.getAndIncrement()),
            NET.clock.instant())
        .toBytes();

    assertThat(NET.reject(wire)).isIn("coverage.beacon-entropy-unknown",
        "coverage.beacon-vrf-invalid", "coverage.beacon-payload-mismatch");
  }

  @Property(tries = 30)
  void evaluate_anyOrderOfReports_sameResult(@ForAll Random random) throws Exception {
    VerifiedProof<Beacon> beacon = NET.accept(NET.beacon(BEACONER));
    List<VerifiedProof<Witness>> reports = new ArrayList<>(NET.witnessAll(WITNESSES, beacon));
    reports.add(NET.accept(NET.witness(WITNESSES.get(1), beacon, -1000, 1050)));
    List<VerifiedProof<Witness>> shuffled = new ArrayList<>(reports);
    Collections.shuffle(shuffled, random);

    CoverageResult inOrder = evaluator().evaluate(beacon, reports);
    CoverageResult anyOrder = evaluator().evaluate(beacon, shuffled);

    assertThat(anyOrder).isEqualTo(inOrder);
    assertThat(inOrder.validWitnesses()).isEqualTo(8);
  }

  private static CoverageEvaluator evaluator() {
    return new CoverageEvaluator(CoverageNet.BOOK, NET.locations, new InMemoryBeaconTracker());
  }

  private static void add(ObjectNode node, String member, long delta) {
    node.put(member, node.get(member).longValue() + delta);
  }

  private static void flip(ObjectNode node, String member, int index) {
    String hex = node.get(member).textValue();
    int at = 2 + Math.floorMod(index, hex.length() - 2);
    int value = Character.digit(hex.charAt(at), 16) ^ 1;
    node.put(member, hex.substring(0, at) + Character.forDigit(value, 16) + hex.substring(at + 1));
  }
}
