package io.depin.testkit.proofs.coverage;

import static io.depin.testkit.proofs.coverage.CoverageNet.ENTROPY;
import static io.depin.testkit.proofs.coverage.CoverageNet.EU868;
import static io.depin.testkit.proofs.coverage.CoverageNet.FREQUENCY;
import static org.assertj.core.api.Assertions.assertThat;

import io.depin.core.bytes.Bytes;
import io.depin.core.bytes.Hash32;
import io.depin.core.json.CanonicalJson;
import io.depin.core.rules.RuleBook;
import io.depin.devices.DeviceId;
import io.depin.proofs.SignedProof;
import io.depin.proofs.VerifiedProof;
import io.depin.proofs.coverage.Beacon;
import io.depin.proofs.coverage.BeaconOutcome;
import io.depin.proofs.coverage.CoverageEvaluator;
import io.depin.proofs.coverage.CoverageResult;
import io.depin.proofs.coverage.InMemoryBeaconTracker;
import io.depin.proofs.coverage.Region;
import io.depin.proofs.coverage.RewardShares;
import io.depin.proofs.coverage.RewardUnits;
import io.depin.proofs.coverage.Witness;
import io.depin.proofs.coverage.WitnessOutcome;
import io.depin.proofs.coverage.WitnessVerdict;
import io.depin.testkit.proofs.coverage.CoverageNet.Radio;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CoveragePipelineTest {
  private CoverageNet net;
  private Radio beaconer;

  @BeforeEach
  void setUp() throws Exception {
    net = new CoverageNet(7);
    beaconer = net.onboard(0, 0);
  }

  private List<Radio> ring(int count) throws Exception {
    List<Radio> radios = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      double angle = 2 * Math.PI * i / count;
      double km = 2 + (i % 5);
      radios.add(net.onboard(km * Math.cos(angle), km * Math.sin(angle)));
    }
    return radios;
  }

  private WitnessOutcome judgeOne(SignedProof<Witness> report) throws Exception {
    VerifiedProof<Beacon> beacon = net.accept(net.beacon(beaconer));
    CoverageResult result = net.evaluator.evaluate(beacon, List.of(net.accept(report)));
    assertThat(result.beacon()).isEqualTo(BeaconOutcome.VALID);
    return result.witnesses().get(0).outcome();
  }

  private VerifiedProof<Beacon> beacon() throws Exception {
    return net.accept(net.beacon(beaconer));
  }

  @Test
  void evaluate_honestBeaconAndWitnesses_allValidWithHip15Units() throws Exception {
    List<Radio> radios = ring(5);
    VerifiedProof<Beacon> beacon = beacon();

    CoverageResult result = net.evaluator.evaluate(beacon, net.witnessAll(radios, beacon));

    assertThat(result.beacon()).isEqualTo(BeaconOutcome.VALID);
    assertThat(result.witnesses()).extracting(WitnessVerdict::outcome)
        .containsOnly(WitnessOutcome.VALID).hasSize(5);
    assertThat(result.beaconerUnits()).isEqualByComparingTo("1.2");
    assertThat(result.witnesses()).extracting(WitnessVerdict::units)
        .allSatisfy(u -> assertThat(u).isEqualByComparingTo("0.76"));
    assertThat(result.totalUnits()).isEqualByComparingTo("5");
  }

  @Test
  void evaluate_sixteenValidWitnesses_onlyTheFirstFourteenRewarded() throws Exception {
    List<Radio> radios = ring(16);
    VerifiedProof<Beacon> beacon = beacon();

    CoverageResult result = net.evaluator.evaluate(beacon, net.witnessAll(radios, beacon));

    RewardShares shares = RewardUnits.hip15().sharesFor(14);
    assertThat(result.validWitnesses()).isEqualTo(14);
    assertThat(result.witnesses().subList(14, 16)).extracting(WitnessVerdict::outcome)
        .containsOnly(WitnessOutcome.BEYOND_FIRST_N);
    assertThat(result.witnesses().subList(14, 16)).extracting(WitnessVerdict::witness)
        .containsExactly(radios.get(14).id(), radios.get(15).id());
    assertThat(result.beaconerUnits()).isEqualTo(shares.beaconer());
    assertThat(result.witnesses().get(0).units()).isEqualTo(shares.perWitness());
  }

  // Cheating beaconers, caught by the beacon kind through the verifier.

  @Test
  void verify_beaconWithForgedPayload_rejectedPayloadMismatch() throws Exception {
    Beacon honest = net.beacon(beaconer).payload();
    Beacon forged = new Beacon(honest.entropy(), honest.vrfProof(), Hash32.ZERO,
        honest.frequencyHz(), honest.region(), honest.txPowerDeciDbm(),
        honest.antennaGainDeciDbi());

    assertThat(net.reject(beaconer.device().sign(net.beacons, forged,
        io.depin.proofs.ReplayToken.sequence(100), net.clock.instant()).toBytes()))
        .isEqualTo("coverage.beacon-payload-mismatch");
  }

  @Test
  void verify_beaconWithAnotherDevicesVrfProof_rejectedVrfInvalid() throws Exception {
    Radio other = net.onboard(3, 0);
    Beacon borrowed = net.beacon(other).payload();

    assertThat(net.reject(beaconer.device().sign(net.beacons, borrowed,
        io.depin.proofs.ReplayToken.sequence(100), net.clock.instant()).toBytes()))
        .isEqualTo("coverage.beacon-vrf-invalid");
  }

  @Test
  void verify_beaconFromUnpublishedEntropy_rejectedEntropyUnknown() throws Exception {
    SignedProof<Beacon> proof = beaconer.signer().beacon(Bytes.fromHex("0x0102"), FREQUENCY,
        EU868, 160, 30, net.clock.instant());

    assertThat(net.reject(proof.toBytes())).isEqualTo("coverage.beacon-entropy-unknown");
  }

  @Test
  void verify_beaconFromStaleEntropy_rejectedEntropyStale() throws Exception {
    net.clock.advance(Duration.ofMinutes(4));

    assertThat(net.reject(net.beacon(beaconer).toBytes()))
        .isEqualTo("coverage.beacon-entropy-stale");
  }

  @Test
  void verify_beaconOlderThanItsEntropy_rejectedEntropyFromFuture() throws Exception {
    Bytes later = Bytes.fromHex("0xabcdef");
    net.entropy.publish(later, net.clock.instant().plusSeconds(20));
    SignedProof<Beacon> proof =
        beaconer.signer().beacon(later, FREQUENCY, EU868, 160, 30, net.clock.instant());

    assertThat(net.reject(proof.toBytes())).isEqualTo("coverage.beacon-entropy-from-future");
  }

  @Test
  void verify_beaconClaimingTooMuchPower_rejectedTxPowerTooHigh() throws Exception {
    SignedProof<Beacon> proof =
        beaconer.signer().beacon(ENTROPY, FREQUENCY, EU868, 400, 30, net.clock.instant());

    assertThat(net.reject(proof.toBytes())).isEqualTo("coverage.beacon-tx-power-too-high");
  }

  @Test
  void verify_replayedBeacon_rejectedReplayed() throws Exception {
    byte[] wire = net.beacon(beaconer).toBytes();
    assertThat(net.verifier.verify(wire)).isInstanceOf(io.depin.proofs.Verdict.Accepted.class);

    assertThat(net.reject(wire)).isEqualTo("REPLAYED");
  }

  @Test
  void evaluate_secondBeaconWithinInterval_rejectedTooSoonWithNoUnits() throws Exception {
    List<Radio> radios = ring(3);
    VerifiedProof<Beacon> first = beacon();
    net.evaluator.evaluate(first, net.witnessAll(radios, first));
    net.clock.advance(Duration.ofHours(1));
    Bytes fresh = Bytes.fromHex("0x0f0e0d0c");
    net.entropy.publish(fresh, net.clock.instant());
    VerifiedProof<Beacon> second = net.accept(
        beaconer.signer().beacon(fresh, FREQUENCY, EU868, 160, 30, net.clock.instant()));

    CoverageResult result = net.evaluator.evaluate(second, net.witnessAll(radios, second));

    assertThat(result.beacon()).isEqualTo(BeaconOutcome.TOO_SOON);
    assertThat(result.beacon().code()).isEqualTo("coverage.beacon-too-soon");
    assertThat(result.totalUnits()).isZero();
    assertThat(result.witnesses()).extracting(WitnessVerdict::outcome)
        .containsOnly(WitnessOutcome.BEACON_REJECTED);
  }

  @Test
  void evaluate_sameBeaconTwice_secondTimeTooSoon() throws Exception {
    VerifiedProof<Beacon> beacon = beacon();
    assertThat(net.evaluator.evaluate(beacon, List.of()).beacon()).isEqualTo(BeaconOutcome.VALID);

    assertThat(net.evaluator.evaluate(beacon, List.of()).beacon())
        .isEqualTo(BeaconOutcome.TOO_SOON);
  }

  @Test
  void evaluate_beaconerWithoutLocation_rejectedLocationUnknown() throws Exception {
    Radio nowhere = net.onboardUnlocated();
    VerifiedProof<Beacon> beacon = net.accept(net.beacon(nowhere));

    CoverageResult result = net.evaluator.evaluate(beacon, List.of());

    assertThat(result.beacon().code()).isEqualTo("coverage.beaconer-location-unknown");
    assertThat(result.beaconerUnits()).isZero();
  }

  @Test
  void evaluate_beaconBeforeAnyRules_rejectedNoRules() throws Exception {
    CoverageEvaluator later = new CoverageEvaluator(
        RuleBook.startingAt(CoverageNet.START.plus(Duration.ofDays(1)), CoverageNet.RULES),
        net.locations, new InMemoryBeaconTracker());

    assertThat(later.evaluate(beacon(), List.of()).beacon().code()).isEqualTo("coverage.no-rules");
  }

  // Cheating witnesses.

  @Test
  void verify_deviceWitnessingItself_rejectedSelfWitness() throws Exception {
    VerifiedProof<Beacon> beacon = beacon();

    assertThat(net.reject(net.witness(beaconer, beacon, -1100, 1000).toBytes()))
        .isEqualTo("coverage.self-witness");
  }

  @Test
  void verify_witnessReceivedAfterSigning_rejected() throws Exception {
    Radio radio = net.onboard(2, 0);
    Instant now = net.clock.instant();
    SignedProof<Witness> proof = radio.signer().witness(new Witness(beaconer.id(), Hash32.ZERO,
        -1100, 55, FREQUENCY, EU868, 30, now.plusSeconds(10)), now);

    assertThat(net.reject(proof.toBytes())).isEqualTo("coverage.witness-received-after-signing");
  }

  @Test
  void verify_witnessSignedLongAfterReception_rejectedLate() throws Exception {
    Radio radio = net.onboard(2, 0);
    Instant now = net.clock.instant();
    SignedProof<Witness> proof = radio.signer().witness(new Witness(beaconer.id(), Hash32.ZERO,
        -1100, 55, FREQUENCY, EU868, 30, now.minus(Duration.ofMinutes(3))), now);

    assertThat(net.reject(proof.toBytes())).isEqualTo("coverage.witness-late");
  }

  @Test
  void verify_witnessWithTamperedRssi_rejectedBadSignature() throws Exception {
    Radio radio = net.onboard(2, 0);
    byte[] wire = net.witness(radio, beacon(), -1100, 1000).toBytes();
    var root = (com.fasterxml.jackson.databind.node.ObjectNode) CanonicalJson.parse(wire);
    ((com.fasterxml.jackson.databind.node.ObjectNode) root.get("payload").get("body"))
        .put("rssiDeciDbm", -1000);

    assertThat(net.reject(CanonicalJson.canonicalize(root))).isEqualTo("BAD_SIGNATURE");
  }

  @Test
  void evaluate_witnessOfAnotherPayload_payloadMismatch() throws Exception {
    Radio radio = net.onboard(2, 0);
    Instant received = net.clock.instant().plusSeconds(1);
    SignedProof<Witness> guessed = radio.signer().witness(new Witness(beaconer.id(), Hash32.ZERO,
        -1100, 55, FREQUENCY, EU868, 30, received), received.plusMillis(500));

    assertThat(judgeOne(guessed).code()).isEqualTo("coverage.witness-payload-mismatch");
  }

  @Test
  void evaluate_sameDeviceWitnessingTwice_secondIsDuplicate() throws Exception {
    Radio radio = net.onboard(2, 0);
    VerifiedProof<Beacon> beacon = beacon();
    VerifiedProof<Witness> first = net.accept(net.witness(radio, beacon, -1100, 1000));
    VerifiedProof<Witness> again = net.accept(net.witness(radio, beacon, -1090, 1200));

    CoverageResult result = net.evaluator.evaluate(beacon, List.of(again, first));

    assertThat(result.witnesses()).extracting(WitnessVerdict::outcome)
        .containsExactly(WitnessOutcome.VALID, WitnessOutcome.DUPLICATE);
    assertThat(result.witnesses().get(1).outcome().code()).isEqualTo("coverage.witness-duplicate");
    assertThat(result.beaconerUnits()).isEqualByComparingTo("0.25");
  }

  private SignedProof<Witness> report(Radio radio, int rssi, long frequency, Region region,
      long afterMillis) throws Exception {
    Instant received = net.clock.instant().plusMillis(afterMillis);
    Beacon heard = net.beacon(beaconer).payload();
    return radio.signer().witness(new Witness(beaconer.id(), heard.payload(), rssi, 55, frequency,
        region, 30, received), received.plusMillis(500));
  }

  @Test
  void evaluate_witnessInAnotherRegion_regionMismatch() throws Exception {
    SignedProof<Witness> proof =
        report(net.onboard(2, 0), -1100, FREQUENCY, Region.of("US915"), 1000);

    assertThat(judgeOne(proof).code()).isEqualTo("coverage.witness-region-mismatch");
  }

  @Test
  void evaluate_witnessOnAnotherFrequency_frequencyOff() throws Exception {
    SignedProof<Witness> proof = report(net.onboard(2, 0), -1100, FREQUENCY + 200_000, EU868, 1000);

    assertThat(judgeOne(proof).code()).isEqualTo("coverage.witness-frequency-off");
  }

  @Test
  void evaluate_witnessReceivedBeforeTheBeacon_beforeBeacon() throws Exception {
    SignedProof<Witness> proof = report(net.onboard(2, 0), -1100, FREQUENCY, EU868, -1000);

    assertThat(judgeOne(proof).code()).isEqualTo("coverage.witness-before-beacon");
  }

  @Test
  void evaluate_witnessReceivedLongAfterTheBeacon_late() throws Exception {
    Radio radio = net.onboard(2, 0);
    VerifiedProof<Beacon> beacon = beacon();
    net.clock.advance(Duration.ofMinutes(3));
    VerifiedProof<Witness> late =
        net.accept(net.witness(radio, beacon, -1100, Duration.ofMinutes(3).toMillis()));

    CoverageResult result = net.evaluator.evaluate(beacon, List.of(late));

    assertThat(result.witnesses().get(0).outcome().code()).isEqualTo("coverage.witness-late");
  }

  @Test
  void evaluate_witnessWithoutLocation_locationUnknown() throws Exception {
    SignedProof<Witness> proof = report(net.onboardUnlocated(), -1100, FREQUENCY, EU868, 1000);

    assertThat(judgeOne(proof).code()).isEqualTo("coverage.witness-location-unknown");
  }

  @Test
  void evaluate_witnessNextDoor_tooCloseInH3Cells() throws Exception {
    SignedProof<Witness> proof = report(net.onboard(0.1, 0), -600, FREQUENCY, EU868, 1000);

    assertThat(judgeOne(proof).code()).isEqualTo("coverage.witness-too-close");
  }

  @Test
  void evaluate_witnessFarAway_tooFar() throws Exception {
    SignedProof<Witness> proof = report(net.onboard(150, 0), -1300, FREQUENCY, EU868, 1000);

    assertThat(judgeOne(proof).code()).isEqualTo("coverage.witness-too-far");
  }

  @Test
  void evaluate_witnessReportingImpossiblyStrongSignal_rssiAboveFsplBound() throws Exception {
    // 2 km at 868.1 MHz: FSPL = 97.2 dB, so at most 16 + 3 + 3 - 97.2 + 3 = -72.2 dBm.
    SignedProof<Witness> proof = report(net.onboard(2, 0), -700, FREQUENCY, EU868, 1000);

    assertThat(judgeOne(proof).code()).isEqualTo("coverage.witness-rssi-above-fspl-bound");
  }

  @Test
  void evaluate_witnessJustBelowFsplBound_valid() throws Exception {
    SignedProof<Witness> proof = report(net.onboard(2, 0), -730, FREQUENCY, EU868, 1000);

    assertThat(judgeOne(proof)).isEqualTo(WitnessOutcome.VALID);
  }

  @Test
  void evaluate_mixedHonestAndCheatingWitnesses_onlyHonestEarn() throws Exception {
    List<Radio> honest = ring(4);
    Radio near = net.onboard(0.05, 0.05);
    VerifiedProof<Beacon> beacon = beacon();
    List<VerifiedProof<Witness>> reports = new ArrayList<>(net.witnessAll(honest, beacon));
    reports.add(net.accept(net.witness(near, beacon, -1100, 1500)));

    CoverageResult result = net.evaluator.evaluate(beacon, reports);

    assertThat(result.validWitnesses()).isEqualTo(4);
    assertThat(result.beaconerUnits()).isEqualByComparingTo(BigDecimal.ONE);
    assertThat(result.witnesses()).filteredOn(v -> v.witness().equals(near.id()))
        .extracting(WitnessVerdict::outcome).containsExactly(WitnessOutcome.TOO_CLOSE);
  }

  @Test
  void evaluate_witnessesTiedOnReceptionTime_tieBrokenPerBeaconNotByLowestDeviceId()
      throws Exception {
    // Reception times are whole milliseconds and self-reported, so ties happen; were they broken
    // by device id, the device with the lowest id (an id anyone can grind for) would win every tie.
    CoverageEvaluator firstOnly = new CoverageEvaluator(
        RuleBook.startingAt(CoverageNet.START.minus(Duration.ofDays(1)),
            CoverageNet.RULES.withMaxWitnesses(1)),
        net.locations, new InMemoryBeaconTracker());
    Radio a = net.onboard(3, 0);
    Radio b = net.onboard(0, 3);
    Set<DeviceId> winners = new HashSet<>();
    for (int i = 0; i < 8; i++) {
      Radio sender = net.onboard(0, 0);
      VerifiedProof<Beacon> beacon = net.accept(net.beacon(sender));
      List<VerifiedProof<Witness>> tied = List.of(
          net.accept(net.witness(a, beacon, -1100, 1000)),
          net.accept(net.witness(b, beacon, -1100, 1000)));

      CoverageResult result = firstOnly.evaluate(beacon, tied);
      CoverageResult reversed = new CoverageEvaluator(
          RuleBook.startingAt(CoverageNet.START.minus(Duration.ofDays(1)),
              CoverageNet.RULES.withMaxWitnesses(1)),
          net.locations, new InMemoryBeaconTracker()).evaluate(beacon, tied.reversed());

      assertThat(result.validWitnesses()).isEqualTo(1);
      assertThat(reversed.witnesses()).isEqualTo(result.witnesses());
      winners.add(result.witnesses().get(0).witness());
    }

    assertThat(winners).containsExactlyInAnyOrder(a.id(), b.id());
  }
}
