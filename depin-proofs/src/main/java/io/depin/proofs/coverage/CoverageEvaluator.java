package io.depin.proofs.coverage;

import io.depin.core.bytes.Hash32;
import io.depin.core.geo.GeoPoint;
import io.depin.core.hash.HashAlgorithm;
import io.depin.core.rules.RuleBook;
import io.depin.devices.DeviceId;
import io.depin.proofs.VerifiedProof;
import io.depin.proofs.coverage.internal.H3Grid;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Judges one verified beacon together with its verified witness reports: which witnesses count
 * and how many reward units the beaconer and each valid witness earn. It takes only {@link
 * VerifiedProof}s, so every report's signature, device, freshness and replay token, and each
 * kind's own check, were verified before.
 *
 * <p>The beacon, judged by the {@link CoverageRules} in force at its timestamp, is rejected if no
 * rules are in force ({@code coverage.no-rules}), if the beaconer has no asserted location ({@code
 * coverage.beaconer-location-unknown}) or if the {@link BeaconTracker} holds a beacon of the same
 * device less than {@link CoverageRules#minBeaconInterval()} away ({@code
 * coverage.beacon-too-soon}); then every witness is {@code coverage.beacon-rejected}. Otherwise
 * the reports are sorted by reception time (ties by a hash of the beacon's payload and the
 * witness's device id, a per-beacon lottery no device can aim for; then by wire form; so the result
 * does not depend on the order given), and each gets the first of the {@link WitnessOutcome}s that applies:
 * self-witness, payload mismatch, duplicate device, region mismatch, frequency further than {@link
 * CoverageRules#frequencyToleranceHz()}, received before the beacon or more than {@link
 * CoverageRules#maxWitnessLag()} after it, no asserted location, fewer than {@link
 * CoverageRules#minCellDistance()} H3 grid steps at {@link CoverageRules#h3Resolution()}, further
 * than {@link CoverageRules#maxDistanceMeters()}, a signal stronger than free space allows, or
 * valid but beyond the first {@link CoverageRules#maxWitnesses()}.
 *
 * <p>Reception times are the witnesses' own signed claims: the first-N rule ranks claims, and a
 * witness that reports an early time (still not before the beacon) ranks early. Networks where
 * that matters should keep {@code maxWitnesses} large enough that honest witnesses are not crowded
 * out, or check reception times against their own receivers.
 *
 * <p>The free-space bound: {@code FSPL(dB) = 20 log10(d_km) + 20 log10(f_MHz) + 32.44}, and a
 * witness may report at most {@code txPower + beaconer antenna gain + witness antenna gain - FSPL
 * + rssiMargin} dBm (distances below one metre count as one metre). Where H3 cannot count grid
 * steps (cells far apart or across pentagon distortion), the minimum distance is {@code
 * minCellDistance} times the average spacing of neighbouring cells' centres at that resolution.
 *
 * <p>Units follow {@link CoverageRules#rewardUnits()} for the number of valid witnesses.
 *
 * {@snippet :
 * CoverageEvaluator evaluator =
 *     new CoverageEvaluator(rules, locations, new InMemoryBeaconTracker());
 * CoverageResult result = evaluator.evaluate(verifiedBeacon, verifiedWitnesses);
 * // result.beacon(): VALID, NO_RULES, LOCATION_UNKNOWN or TOO_SOON
 * // each result.witnesses().get(i).outcome().code(): "valid", "coverage.self-witness",
 * //   "coverage.witness-payload-mismatch", "coverage.witness-duplicate",
 * //   "coverage.witness-region-mismatch", "coverage.witness-frequency-off",
 * //   "coverage.witness-before-beacon", "coverage.witness-late",
 * //   "coverage.witness-location-unknown", "coverage.witness-too-close",
 * //   "coverage.witness-too-far", "coverage.witness-rssi-above-fspl-bound",
 * //   "coverage.witness-beyond-first-n" or "coverage.beacon-rejected"
 * }
 *
 * <p>Work is {@code O(w log w)} for {@code w} reports, with one location lookup, one H3 cell and
 * one distance per report. Thread-safe if the locations and tracker are (the SDK's are).
 *
 * @since 0.1.0
 */
public final class CoverageEvaluator {
  private static final byte[] TIE_TAG =
      "io.depin.proofs.coverage.witness-tie/v1\0".getBytes(StandardCharsets.US_ASCII);

  private static final Comparator<Ranked> RECEPTION_ORDER =
      Comparator.<Ranked, Instant>comparing(r -> r.report().payload().receivedAt())
          .thenComparing(Ranked::lot)
          .thenComparing((a, b) -> Arrays.compare(a.wire(), b.wire()));

  /** A report with its tie-break lot and wire form, computed once for sorting. */
  @SuppressWarnings("ArrayRecordComponent") // a private sort key: never compared with equals
  private record Ranked(VerifiedProof<Witness> report, Hash32 lot, byte[] wire) {}

  private final RuleBook<CoverageRules> rules;
  private final AssertedLocations locations;
  private final BeaconTracker tracker;

  /**
   * Creates an evaluator.
   *
   * @param rules the versioned rules
   * @param locations the devices' asserted locations
   * @param tracker the record of each device's last beacon
   */
  public CoverageEvaluator(
      RuleBook<CoverageRules> rules, AssertedLocations locations, BeaconTracker tracker) {
    this.rules = Objects.requireNonNull(rules, "rules");
    this.locations = Objects.requireNonNull(locations, "locations");
    this.tracker = Objects.requireNonNull(tracker, "tracker");
  }

  /**
   * Evaluates a beacon and its witness reports; records the beacon in the tracker if it is valid.
   *
   * @param beacon the verified beacon
   * @param witnesses the verified witness reports received for it
   * @return the result
   */
  public CoverageResult evaluate(
      VerifiedProof<Beacon> beacon, List<VerifiedProof<Witness>> witnesses) {
    Objects.requireNonNull(beacon, "beacon");
    List<VerifiedProof<Witness>> sorted = inReceptionOrder(beacon.payload().payload(), witnesses);
    DeviceId beaconer = beacon.device().identity().id();
    Instant at = beacon.timestamp();
    Optional<CoverageRules> inForce = rules.inForceAt(at);
    if (inForce.isEmpty()) {
      return rejected(beaconer, BeaconOutcome.NO_RULES, "no coverage rules in force at " + at,
          sorted);
    }
    CoverageRules r = inForce.get();
    GeoPoint origin = locations.locationOrNull(beaconer);
    if (origin == null) {
      return rejected(beaconer, BeaconOutcome.LOCATION_UNKNOWN,
          "device " + beaconer + " asserted no location", sorted);
    }
    if (!tracker.tryRecord(beaconer, at, r.minBeaconInterval())) {
      return rejected(beaconer, BeaconOutcome.TOO_SOON,
          "another beacon of " + beaconer + " is less than " + r.minBeaconInterval() + " from "
              + at, sorted);
    }
    Judge judge = new Judge(r, beacon, origin);
    List<WitnessOutcome> outcomes = new ArrayList<>(sorted.size());
    List<String> details = new ArrayList<>(sorted.size());
    Set<DeviceId> seen = new HashSet<>();
    int valid = 0;
    for (VerifiedProof<Witness> report : sorted) {
      String[] detail = {""};
      WitnessOutcome outcome = judge.judge(report, seen, detail);
      if (outcome == WitnessOutcome.VALID) {
        if (valid < r.maxWitnesses()) {
          valid++;
        } else {
          outcome = WitnessOutcome.BEYOND_FIRST_N;
          detail[0] = "only the first " + r.maxWitnesses() + " valid witnesses are rewarded";
        }
      }
      outcomes.add(outcome);
      details.add(detail[0]);
    }
    RewardShares shares = r.rewardUnits().sharesFor(valid);
    List<WitnessVerdict> verdicts = new ArrayList<>(sorted.size());
    for (int i = 0; i < sorted.size(); i++) {
      WitnessOutcome outcome = outcomes.get(i);
      verdicts.add(new WitnessVerdict(sorted.get(i).device().identity().id(), outcome,
          details.get(i), outcome == WitnessOutcome.VALID ? shares.perWitness() : BigDecimal.ZERO));
    }
    return new CoverageResult(beaconer, BeaconOutcome.VALID, valid + " valid witnesses",
        shares.beaconer(), verdicts);
  }

  /**
   * Sorts reports by reception time; ties by {@code SHA-256(tag || beacon payload || witness id)},
   * which no device can aim for because the payload is unpredictable until the beacon; then by
   * wire form.
   */
  private static List<VerifiedProof<Witness>> inReceptionOrder(
      Hash32 beaconPayload, List<VerifiedProof<Witness>> witnesses) {
    List<Ranked> ranked = new ArrayList<>(witnesses.size());
    for (VerifiedProof<Witness> report : witnesses) {
      Hash32 lot = HashAlgorithm.SHA_256.newHasher().update(TIE_TAG)
          .update(beaconPayload.toByteArray())
          .update(report.device().identity().id().value().toByteArray()).digest32();
      ranked.add(new Ranked(report, lot, report.envelope().encode()));
    }
    ranked.sort(RECEPTION_ORDER);
    List<VerifiedProof<Witness>> sorted = new ArrayList<>(ranked.size());
    for (Ranked r : ranked) {
      sorted.add(r.report());
    }
    return sorted;
  }

  private static CoverageResult rejected(DeviceId beaconer, BeaconOutcome outcome, String detail,
      List<VerifiedProof<Witness>> sorted) {
    List<WitnessVerdict> verdicts = new ArrayList<>(sorted.size());
    for (VerifiedProof<Witness> report : sorted) {
      verdicts.add(new WitnessVerdict(report.device().identity().id(),
          WitnessOutcome.BEACON_REJECTED, outcome.code(), BigDecimal.ZERO));
    }
    return new CoverageResult(beaconer, outcome, detail, BigDecimal.ZERO, verdicts);
  }

  /** The checks of one beacon's witnesses, with what they share computed once. */
  private final class Judge {
    private final CoverageRules rules;
    private final DeviceId beaconer;
    private final Beacon beacon;
    private final Instant beaconAt;
    private final GeoPoint origin;
    private final long originCell;
    private final double minMetersWithoutGrid;
    private final double transmitDbm;

    Judge(CoverageRules rules, VerifiedProof<Beacon> proof, GeoPoint origin) {
      this.rules = rules;
      this.beaconer = proof.device().identity().id();
      this.beacon = proof.payload();
      this.beaconAt = proof.timestamp();
      this.origin = origin;
      this.originCell = H3Grid.cell(origin, rules.h3Resolution());
      this.minMetersWithoutGrid =
          rules.minCellDistance() * H3Grid.neighbourSpacingMeters(rules.h3Resolution());
      this.transmitDbm = (beacon.txPowerDeciDbm() + beacon.antennaGainDeciDbi()) / 10.0;
    }

    WitnessOutcome judge(VerifiedProof<Witness> report, Set<DeviceId> seen, String[] detail) {
      DeviceId id = report.device().identity().id();
      Witness w = report.payload();
      if (id.equals(beaconer)) {
        detail[0] = "the beaconer cannot witness its own beacon";
        return WitnessOutcome.SELF_WITNESS;
      }
      if (!w.beaconer().equals(beaconer) || !w.payload().equals(beacon.payload())) {
        detail[0] = "heard " + w.payload() + " of " + w.beaconer() + ", not this beacon";
        return WitnessOutcome.PAYLOAD_MISMATCH;
      }
      if (!seen.add(id)) {
        detail[0] = "device " + id + " already witnessed this beacon";
        return WitnessOutcome.DUPLICATE;
      }
      if (!w.region().equals(beacon.region())) {
        detail[0] = "region " + w.region() + ", the beacon's is " + beacon.region();
        return WitnessOutcome.REGION_MISMATCH;
      }
      long offHz = Math.abs(w.frequencyHz() - beacon.frequencyHz());
      if (offHz > rules.frequencyToleranceHz()) {
        detail[0] = offHz + " Hz off; the tolerance is " + rules.frequencyToleranceHz() + " Hz";
        return WitnessOutcome.FREQUENCY_OFF;
      }
      if (w.receivedAt().isBefore(beaconAt)) {
        detail[0] = "received at " + w.receivedAt() + ", beacon at " + beaconAt;
        return WitnessOutcome.BEFORE_BEACON;
      }
      Duration lag = Duration.between(beaconAt, w.receivedAt());
      if (lag.compareTo(rules.maxWitnessLag()) > 0) {
        detail[0] = "received " + lag + " after the beacon; the limit is " + rules.maxWitnessLag();
        return WitnessOutcome.LATE;
      }
      GeoPoint at = locations.locationOrNull(id);
      if (at == null) {
        detail[0] = "device " + id + " asserted no location";
        return WitnessOutcome.LOCATION_UNKNOWN;
      }
      double meters = origin.distanceMeters(at);
      long steps = H3Grid.gridDistanceOrMinusOne(originCell, H3Grid.cell(at, rules.h3Resolution()));
      boolean tooClose = steps >= 0 ? steps < rules.minCellDistance() : meters < minMetersWithoutGrid;
      if (tooClose) {
        detail[0] = (steps >= 0 ? steps + " cells" : Math.round(meters) + " m") + " apart at res "
            + rules.h3Resolution() + "; the minimum is " + rules.minCellDistance() + " cells";
        return WitnessOutcome.TOO_CLOSE;
      }
      if (meters > rules.maxDistanceMeters()) {
        detail[0] = Math.round(meters) + " m apart; the maximum is " + rules.maxDistanceMeters();
        return WitnessOutcome.TOO_FAR;
      }
      double km = Math.max(meters, 1.0) / 1000.0;
      double fspl = 20 * Math.log10(km) + 20 * Math.log10(beacon.frequencyHz() / 1e6) + 32.44;
      double ceilingDbm = transmitDbm + w.antennaGainDeciDbi() / 10.0 - fspl
          + rules.rssiMarginDeciDb() / 10.0;
      double rssiDbm = w.rssiDeciDbm() / 10.0;
      if (rssiDbm > ceilingDbm) {
        detail[0] = String.format(Locale.ROOT,
            "%.1f dBm reported; free space allows at most %.1f dBm over %.0f m", rssiDbm,
            ceilingDbm, meters);
        return WitnessOutcome.RSSI_ABOVE_FSPL_BOUND;
      }
      detail[0] = "valid";
      return WitnessOutcome.VALID;
    }
  }
}
