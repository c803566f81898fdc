package io.depin.testkit.proofs.location;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.depin.core.bytes.Bytes;
import io.depin.core.geo.GeoPoint;
import io.depin.core.json.CanonicalJson;
import io.depin.core.rules.RuleBook;
import io.depin.devices.DeviceId;
import io.depin.proofs.CheckResult;
import io.depin.proofs.DeviceSigner;
import io.depin.proofs.ProofVerifier;
import io.depin.proofs.ReplayToken;
import io.depin.proofs.SignedProof;
import io.depin.proofs.Verdict;
import io.depin.proofs.VerifiedProof;
import io.depin.proofs.location.ClaimOutcome;
import io.depin.proofs.location.DeviceTrack;
import io.depin.proofs.location.DistanceBounding;
import io.depin.proofs.location.LocationClaim;
import io.depin.proofs.location.LocationClaimKind;
import io.depin.proofs.location.LocationRules;
import io.depin.proofs.location.LocationSigner;
import io.depin.proofs.location.LocationTrack;
import io.depin.proofs.location.RangingChallenge;
import io.depin.proofs.location.RangingResponse;
import io.depin.proofs.location.RangingResponseKind;
import io.depin.testkit.proofs.SimulatedFleet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LocationPipelineTest {
  static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
  static final GeoPoint HOME = GeoPoint.of(48.8566, 2.3522);
  /** About 111 m north of HOME (0.001 degrees of latitude). */
  static final GeoPoint NEAR = GeoPoint.of(48.8576, 2.3522);

  static final RuleBook<LocationRules> RULES =
      RuleBook.startingAt(START.minus(Duration.ofDays(1)), LocationRules.indoorHotspotExample())
          .thenFrom(START.plus(Duration.ofDays(10)),
              LocationRules.indoorHotspotExample().withMaxSpeed(1.0));
  static final LocationClaimKind CLAIMS = new LocationClaimKind(RULES);
  static final RangingResponseKind RANGING = new RangingResponseKind(RULES);

  SimulatedFleet fleet;
  ProofVerifier verifier;
  SimulatedFleet.Device honest;
  SimulatedFleet.Device cheat;
  LocationSigner honestSigner;
  LocationSigner cheatSigner;

  @BeforeEach
  void setUp() throws Exception {
    fleet = SimulatedFleet.create(7, START);
    verifier = fleet.verifier().kind(CLAIMS).kind(RANGING).build();
    honest = fleet.onboard();
    cheat = fleet.onboard();
    honestSigner = new LocationSigner(CLAIMS, RANGING,
        DeviceSigner.create(honest.id(), honest.key(), fleet.clock(), 0));
    cheatSigner = new LocationSigner(CLAIMS, RANGING,
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

  Instant tick(Duration d) {
    return fleet.clock().advance(d);
  }

  @Test
  void honestDevice_walkingNearHome_countsWithFullTrust() throws Exception {
    List<VerifiedProof<LocationClaim>> verified = new ArrayList<>();
    verified.add(accepted(verifier.verify(honestSigner.claim(HOME, 10, fleet.clock().instant()).toBytes())));
    verified.add(accepted(verifier.verify(honestSigner.claim(NEAR, 10, tick(Duration.ofMinutes(1))).toBytes())));
    Collections.reverse(verified);
    DeviceTrack track = new LocationTrack(RULES).evaluate(verified, Map.of(honest.id(), HOME))
        .get(honest.id());
    assertThat(track.rejected()).isEmpty();
    assertThat(track.counted()).hasSize(2);
    assertThat(track.trustMultiplier()).isEqualByComparingTo("1");
    assertThat(track.counted().get(0).proof().payload().position()).isEqualTo(HOME);
  }

  @Test
  void cheatingDevice_teleporting_isImplausibleAndLaterHonestClaimsStillCount() throws Exception {
    GeoPoint london = GeoPoint.of(51.5074, -0.1278);
    List<VerifiedProof<LocationClaim>> verified = List.of(
        accepted(verifier.verify(cheatSigner.claim(HOME, 10, fleet.clock().instant()).toBytes())),
        accepted(verifier.verify(cheatSigner.claim(london, 10, tick(Duration.ofMinutes(1))).toBytes())),
        accepted(verifier.verify(cheatSigner.claim(NEAR, 10, tick(Duration.ofMinutes(1))).toBytes())));
    DeviceTrack track = new LocationTrack(RULES).evaluate(verified, Map.of(cheat.id(), HOME))
        .get(cheat.id());
    assertThat(track.rejected()).extracting(ClaimOutcome::rejection)
        .containsExactly("location.implausible-speed");
    assertThat(track.rejected().get(0).proof().payload().position()).isEqualTo(london);
    assertThat(track.counted()).hasSize(2);
  }

  @Test
  void accuracyRadii_allowJumpsWithinTheCircles() throws Exception {
    // 111 m apart in 1 s at 100 m/s allowed: 11 m beyond the circles would be too fast without radii
    VerifiedProof<LocationClaim> a = accepted(verifier.verify(
        honestSigner.claim(HOME, 0, fleet.clock().instant()).toBytes()));
    VerifiedProof<LocationClaim> b = accepted(verifier.verify(
        honestSigner.claim(NEAR, 0, tick(Duration.ofMillis(500))).toBytes()));
    VerifiedProof<LocationClaim> c = accepted(verifier.verify(
        honestSigner.claim(HOME, 30, tick(Duration.ofMillis(500))).toBytes()));
    LocationTrack evaluator = new LocationTrack(RULES);
    assertThat(evaluator.evaluate(List.of(a, b), Map.of(honest.id(), HOME)).get(honest.id())
        .rejected()).extracting(ClaimOutcome::rejection).containsExactly("location.implausible-speed");
    assertThat(evaluator.evaluate(List.of(a, c), Map.of(honest.id(), HOME)).get(honest.id())
        .rejected()).isEmpty();
  }

  @Test
  void trustMultiplier_farFromAssertedLocation_followsTheTable() throws Exception {
    GeoPoint away250 = GeoPoint.of(48.8566 + 250 / 111_195.0, 2.3522);
    List<VerifiedProof<LocationClaim>> verified = List.of(
        accepted(verifier.verify(cheatSigner.claim(HOME, 5, fleet.clock().instant()).toBytes())),
        accepted(verifier.verify(cheatSigner.claim(away250, 5, tick(Duration.ofMinutes(5))).toBytes())),
        accepted(verifier.verify(cheatSigner.claim(away250, 5, tick(Duration.ofMinutes(1))).toBytes())));
    DeviceTrack track = new LocationTrack(RULES).evaluate(verified, Map.of(cheat.id(), HOME))
        .get(cheat.id());
    assertThat(track.counted()).extracting(ClaimOutcome::multiplier)
        .usingElementComparator(java.math.BigDecimal::compareTo)
        .containsExactly(java.math.BigDecimal.ONE, new java.math.BigDecimal("0.25"),
            new java.math.BigDecimal("0.25"));
    // (1 + 0.25 + 0.25) / 3 = 0.5 exactly
    assertThat(track.trustMultiplier()).isEqualByComparingTo("0.5");
  }

  @Test
  void noAssertedLocation_rejectsEveryClaim() throws Exception {
    VerifiedProof<LocationClaim> a = accepted(verifier.verify(
        honestSigner.claim(HOME, 5, fleet.clock().instant()).toBytes()));
    DeviceTrack track = new LocationTrack(RULES).evaluate(List.of(a), Map.of()).get(honest.id());
    assertThat(track.rejected()).extracting(ClaimOutcome::rejection)
        .containsExactly("location.no-asserted-location");
    assertThat(track.trustMultiplier()).isZero();
  }

  @Test
  void rulesVersionedByDate_slowerLimitAppliesAfterItsEffectiveDate() throws Exception {
    fleet.clock().set(START.plus(Duration.ofDays(10)));
    VerifiedProof<LocationClaim> a = accepted(verifier.verify(
        honestSigner.claim(HOME, 0, fleet.clock().instant()).toBytes()));
    VerifiedProof<LocationClaim> b = accepted(verifier.verify(
        honestSigner.claim(NEAR, 0, tick(Duration.ofSeconds(10))).toBytes()));
    SortedMap<DeviceId, DeviceTrack> report =
        new LocationTrack(RULES).evaluate(List.of(a, b), Map.of(honest.id(), HOME));
    // 111 m in 10 s is 11 m/s: plausible before, implausible under the 1 m/s rules
    assertThat(report.get(honest.id()).rejected()).extracting(ClaimOutcome::rejection)
        .containsExactly("location.implausible-speed");
  }

  @Test
  void check_accuracyTooCoarse_rejectedWithCode() throws Exception {
    Verdict verdict = verifier.verify(cheatSigner.claim(HOME, 201, fleet.clock().instant()).toBytes());
    assertThat(rejectedCode(verdict)).isEqualTo("location.accuracy-too-coarse");
  }

  @Test
  void check_beforeAnyRules_rejectedWithNoRules() throws Exception {
    RuleBook<LocationRules> later =
        RuleBook.startingAt(START.plus(Duration.ofDays(1)), LocationRules.indoorHotspotExample());
    LocationClaimKind claims = new LocationClaimKind(later);
    RangingResponseKind ranging = new RangingResponseKind(later);
    ProofVerifier v = fleet.verifier().kind(claims).kind(ranging).build();
    LocationSigner signer = new LocationSigner(claims, ranging,
        DeviceSigner.create(honest.id(), honest.key(), fleet.clock(), 0));
    assertThat(rejectedCode(v.verify(signer.claim(HOME, 5, fleet.clock().instant()).toBytes())))
        .isEqualTo("location.no-rules");
    assertThat(rejectedCode(v.verify(signer.respond(Bytes.of(new byte[16]), HOME,
        fleet.clock().instant()).toBytes()))).isEqualTo("location.no-rules");
  }

  @Test
  void ranging_honestDeviceNearChallenger_isBounded() throws Exception {
    RangingChallenge challenge = RangingChallenge.issue(honest.id(), HOME, fleet.random());
    VerifiedProof<RangingResponse> response = accepted(verifier.verify(
        honestSigner.respond(challenge.nonce(), NEAR, fleet.clock().instant()).toBytes()));
    // 111 m needs 0.74 us of flight; 1 ms allowance + 5 us measured round trip
    CheckResult result = new DistanceBounding(RULES)
        .check(challenge, Duration.ofNanos(1_005_000), response);
    assertThat(result).isEqualTo(CheckResult.ok());
  }

  @Test
  void ranging_cheatClaimingFarAway_isFasterThanLight() throws Exception {
    RangingChallenge challenge = RangingChallenge.issue(cheat.id(), HOME, fleet.random());
    GeoPoint claimed = GeoPoint.of(48.8566, 2.4522); // about 7.3 km east
    VerifiedProof<RangingResponse> response = accepted(verifier.verify(
        cheatSigner.respond(challenge.nonce(), claimed, fleet.clock().instant()).toBytes()));
    // 1 ms allowance + 20 us: light goes 3 km and back, not 7.3 km
    CheckResult result = new DistanceBounding(RULES)
        .check(challenge, Duration.ofNanos(1_020_000), response);
    assertThat(((CheckResult.Failed) result).code()).isEqualTo("location.faster-than-light");
    assertThat(new DistanceBounding(RULES).check(challenge, Duration.ofNanos(1_060_000), response))
        .isEqualTo(CheckResult.ok());
  }

  @Test
  void ranging_replayedNonceOrOtherDevice_rejectedWithCodes() throws Exception {
    RangingChallenge mine = RangingChallenge.issue(honest.id(), HOME, fleet.random());
    RangingChallenge other = RangingChallenge.issue(honest.id(), HOME, fleet.random());
    VerifiedProof<RangingResponse> stale = accepted(verifier.verify(
        honestSigner.respond(other.nonce(), HOME, fleet.clock().instant()).toBytes()));
    DistanceBounding bounding = new DistanceBounding(RULES);
    assertThat(((CheckResult.Failed) bounding.check(mine, Duration.ofMillis(2), stale)).code())
        .isEqualTo("location.ranging-nonce-mismatch");
    RangingChallenge forCheat = RangingChallenge.issue(cheat.id(), HOME, fleet.random());
    VerifiedProof<RangingResponse> relayed = accepted(verifier.verify(
        honestSigner.respond(forCheat.nonce(), HOME, fleet.clock().instant()).toBytes()));
    assertThat(((CheckResult.Failed) bounding.check(forCheat, Duration.ofMillis(2), relayed)).code())
        .isEqualTo("location.ranging-wrong-device");
  }

  @Test
  void cheatingDevice_replayOrTamperedPosition_rejectedByPipeline() throws Exception {
    SignedProof<LocationClaim> proof = cheatSigner.claim(HOME, 5, fleet.clock().instant());
    assertThat(verifier.verify(proof.toBytes())).isInstanceOf(Verdict.Accepted.class);
    assertThat(rejectedCode(verifier.verify(proof.toBytes()))).isEqualTo("REPLAYED");
    JsonNode root = CanonicalJson.parse(proof.toBytes());
    ((ObjectNode) root.get("payload").get("body")).put("latitude", 40.0);
    assertThat(rejectedCode(verifier.verify(CanonicalJson.canonicalize(root))))
        .isEqualTo("BAD_SIGNATURE");
    SignedProof<LocationClaim> stolen = SignedProof.sign(
        CLAIMS, new LocationClaim(HOME, 5), honest.id(), ReplayToken.sequence(99),
        fleet.clock().instant(), cheat.key());
    assertThat(rejectedCode(verifier.verify(stolen.toBytes()))).isEqualTo("WRONG_KEY");
  }
}
