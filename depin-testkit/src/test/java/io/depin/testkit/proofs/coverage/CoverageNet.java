package io.depin.testkit.proofs.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import io.depin.core.bytes.Bytes;
import io.depin.core.geo.GeoPoint;
import io.depin.core.rules.RuleBook;
import io.depin.devices.DeviceId;
import io.depin.proofs.DeviceSigner;
import io.depin.proofs.ProofVerifier;
import io.depin.proofs.SignedProof;
import io.depin.proofs.Verdict;
import io.depin.proofs.VerifiedProof;
import io.depin.proofs.coverage.Beacon;
import io.depin.proofs.coverage.BeaconKind;
import io.depin.proofs.coverage.CoverageEvaluator;
import io.depin.proofs.coverage.CoverageRules;
import io.depin.proofs.coverage.CoverageSigner;
import io.depin.proofs.coverage.InMemoryAssertedLocations;
import io.depin.proofs.coverage.InMemoryBeaconTracker;
import io.depin.proofs.coverage.InMemoryEntropyLog;
import io.depin.proofs.coverage.Region;
import io.depin.proofs.coverage.Witness;
import io.depin.proofs.coverage.WitnessKind;
import io.depin.proofs.vrf.VrfSecretKey;
import io.depin.testkit.FakeClock;
import io.depin.testkit.proofs.SimulatedFleet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A coverage network on a {@link SimulatedFleet}: Helium IoT rules, an entropy log, asserted
 * locations around {@link #CENTRE}, a real verifier for beacons and witnesses and an evaluator.
 */
final class CoverageNet {
  static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
  static final GeoPoint CENTRE = GeoPoint.of(52.0, 13.0);
  static final long FREQUENCY = 868_100_000L;
  static final Region EU868 = Region.of("EU868");
  static final Bytes ENTROPY = Bytes.fromHex("0x5f1c9a0e7d3b2a41c0ffee0123456789");
  static final CoverageRules RULES = CoverageRules.heliumIot();
  static final RuleBook<CoverageRules> BOOK =
      RuleBook.startingAt(START.minus(Duration.ofDays(1)), RULES);

  final SimulatedFleet fleet;
  final FakeClock clock;
  final InMemoryEntropyLog entropy = new InMemoryEntropyLog();
  final InMemoryAssertedLocations locations = new InMemoryAssertedLocations();
  final BeaconKind beacons = new BeaconKind(BOOK, entropy);
  final WitnessKind witnesses = new WitnessKind(BOOK);
  final ProofVerifier verifier;
  final CoverageEvaluator evaluator;

  CoverageNet(long seed) {
    fleet = SimulatedFleet.create(seed, START);
    clock = fleet.clock();
    entropy.publish(ENTROPY, START.minusSeconds(10));
    verifier = fleet.verifier().kind(beacons).kind(witnesses).build();
    evaluator = new CoverageEvaluator(BOOK, locations, new InMemoryBeaconTracker());
  }

  /** Onboards a device asserted {@code northKm} north and {@code eastKm} east of the centre. */
  Radio onboard(double northKm, double eastKm) throws Exception {
    Radio radio = onboardUnlocated();
    locations.assertLocation(radio.id(), offset(northKm, eastKm));
    return radio;
  }

  Radio onboardUnlocated() throws Exception {
    SimulatedFleet.Device device = fleet.onboard();
    return new Radio(device,
        CoverageSigner.create(beacons, witnesses,
            DeviceSigner.create(device.id(), device.key(), fleet.clock(), 1),
            VrfSecretKey.fromSigningKey(device.key())));
  }

  static GeoPoint offset(double northKm, double eastKm) {
    double lat = CENTRE.latitude() + northKm / 111.195;
    double lon = CENTRE.longitude() + eastKm / (111.195 * Math.cos(Math.toRadians(lat)));
    return GeoPoint.of(lat, lon);
  }

  /** Verifies a proof through the real verifier and returns it typed, failing if rejected. */
  <T> VerifiedProof<T> accept(SignedProof<T> proof) {
    Verdict verdict = verifier.verify(proof.toBytes());
    assertThat(verdict).isInstanceOf(Verdict.Accepted.class);
    return ((Verdict.Accepted) verdict).proof().as(proof.kind()).orElseThrow();
  }

  /** Verifies a proof and returns the rejection's code, failing if accepted. */
  String reject(byte[] wire) {
    Verdict verdict = verifier.verify(wire);
    assertThat(verdict).isInstanceOf(Verdict.Rejected.class);
    return ((Verdict.Rejected) verdict).code();
  }

  /** An honest beacon at the clock's instant from {@code radio}. */
  SignedProof<Beacon> beacon(Radio radio) throws Exception {
    return radio.signer().beacon(ENTROPY, FREQUENCY, EU868, 160, 30, clock.instant());
  }

  /** An honest witness report of {@code beacon}, received {@code afterMillis} after it. */
  SignedProof<Witness> witness(Radio radio, VerifiedProof<Beacon> beacon, int rssiDeciDbm,
      long afterMillis) throws Exception {
    Instant received = beacon.timestamp().plusMillis(afterMillis);
    return radio.signer().witness(
        new Witness(beacon.device().identity().id(), beacon.payload().payload(), rssiDeciDbm, 55,
            FREQUENCY, EU868, 30, received),
        received.plusMillis(500));
  }

  /** Verified honest witnesses of {@code beacon} from each radio, 100 ms apart. */
  List<VerifiedProof<Witness>> witnessAll(List<Radio> radios, VerifiedProof<Beacon> beacon)
      throws Exception {
    List<VerifiedProof<Witness>> out = new ArrayList<>();
    for (int i = 0; i < radios.size(); i++) {
      out.add(accept(witness(radios.get(i), beacon, -1100, 1000 + 100L * i)));
    }
    return out;
  }

  /** A device of the net with its coverage signer. */
  record Radio(SimulatedFleet.Device device, CoverageSigner signer) {
    DeviceId id() {
      return device.id();
    }
  }
}
