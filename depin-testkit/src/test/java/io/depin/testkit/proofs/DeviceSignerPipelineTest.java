package io.depin.testkit.proofs;

import static org.assertj.core.api.Assertions.assertThat;

import io.depin.core.geo.GeoPoint;
import io.depin.core.rules.RuleBook;
import io.depin.proofs.BatchResult;
import io.depin.proofs.DeviceSigner;
import io.depin.proofs.ProofVerifier;
import io.depin.proofs.ReplayToken;
import io.depin.proofs.SignedProof;
import io.depin.proofs.Verdict;
import io.depin.proofs.location.LocationClaimKind;
import io.depin.proofs.location.LocationRules;
import io.depin.proofs.location.LocationSigner;
import io.depin.proofs.location.RangingResponseKind;
import io.depin.proofs.uptime.HeartbeatKind;
import io.depin.proofs.uptime.HeartbeatSigner;
import io.depin.proofs.uptime.UptimeRules;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One device signing two kinds of proofs through one {@link DeviceSigner}, verified end to end. */
class DeviceSignerPipelineTest {
  static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
  static final HeartbeatKind HEARTBEATS =
      new HeartbeatKind(RuleBook.startingAt(START, UptimeRules.HELIUM_MOBILE));
  static final RuleBook<LocationRules> LOCATION_RULES =
      RuleBook.startingAt(START, LocationRules.indoorHotspotExample());
  static final LocationClaimKind CLAIMS = new LocationClaimKind(LOCATION_RULES);
  static final RangingResponseKind RANGING = new RangingResponseKind(LOCATION_RULES);
  static final GeoPoint HOME = GeoPoint.of(48.8566, 2.3522);

  SimulatedFleet fleet;
  SimulatedFleet.Device device;
  ProofVerifier verifier;

  @BeforeEach
  void setUp() throws Exception {
    fleet = SimulatedFleet.create(23, START);
    device = fleet.onboard();
    verifier = fleet.verifier().kind(HEARTBEATS).kind(CLAIMS).kind(RANGING).build();
  }

  @Test
  void heartbeatsAndClaims_oneDeviceSigner_allAcceptedByOneVerifier() throws Exception {
    DeviceSigner signer = DeviceSigner.create(device.id(), device.key(), fleet.clock(), 5);
    HeartbeatSigner uptime = HeartbeatSigner.create(HEARTBEATS, signer);
    LocationSigner location = new LocationSigner(CLAIMS, RANGING, signer);

    List<Verdict> verdicts = new ArrayList<>();
    List<ReplayToken> tokens = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      fleet.clock().advance(Duration.ofMinutes(10));
      SignedProof<?> proof = i % 3 == 2 || i == 6
          ? location.claim(HOME, 10, fleet.clock().instant())
          : uptime.beat();
      verdicts.add(verifier.verify(proof.toBytes())); // on the network, as it arrives
      tokens.add(proof.envelope().token());
    }
    BatchResult result = BatchResult.of(verdicts);
    assertThat(result.rejections()).isEmpty();
    assertThat(result.accepted()).isEqualTo(8);
    assertThat(result.acceptedOf(HEARTBEATS)).hasSize(5)
        .allSatisfy(p -> assertThat(p.device().identity().id()).isEqualTo(device.id()));
    assertThat(result.acceptedOf(CLAIMS)).hasSize(3)
        .allSatisfy(p -> assertThat(p.payload().position()).isEqualTo(HOME));
    List<ReplayToken> expected = new ArrayList<>();
    for (long s = 5; s < 13; s++) {
      expected.add(ReplayToken.sequence(s));
    }
    assertThat(tokens).isEqualTo(expected);
    assertThat(signer.nextSequence()).isEqualTo(13);
  }

  @Test
  void heartbeatsAndClaims_twoCountersForOneDevice_secondKindReplayed() throws Exception {
    HeartbeatSigner uptime = HeartbeatSigner.create(HEARTBEATS,
        DeviceSigner.create(device.id(), device.key(), fleet.clock(), 0));
    LocationSigner location = new LocationSigner(CLAIMS, RANGING,
        DeviceSigner.create(device.id(), device.key(), fleet.clock(), 0));

    byte[] beat = uptime.beat().toBytes();
    byte[] claim = location.claim(HOME, 10, fleet.clock().instant()).toBytes();

    BatchResult result =
        BatchResult.of(List.of(verifier.verify(beat), verifier.verify(claim)));
    assertThat(result.acceptedOf(HEARTBEATS)).hasSize(1);
    assertThat(result.rejections()).isEqualTo(Map.of("REPLAYED", 1));
  }
}
