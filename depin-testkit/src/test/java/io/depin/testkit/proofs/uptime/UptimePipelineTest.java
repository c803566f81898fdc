package io.depin.testkit.proofs.uptime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.depin.core.json.CanonicalJson;
import io.depin.core.message.MessageType;
import io.depin.core.rules.RuleBook;
import io.depin.core.time.Epoch;
import io.depin.core.time.EpochClock;
import io.depin.proofs.CheckResult;
import io.depin.proofs.DeviceSigner;
import io.depin.proofs.ProofContext;
import io.depin.proofs.ProofKind;
import io.depin.proofs.ProofVerifier;
import io.depin.proofs.ReplayToken;
import io.depin.proofs.SignedProof;
import io.depin.proofs.Verdict;
import io.depin.proofs.VerifiedProof;
import io.depin.proofs.uptime.DeviceUptime;
import io.depin.proofs.uptime.Heartbeat;
import io.depin.proofs.uptime.HeartbeatKind;
import io.depin.proofs.uptime.HeartbeatSigner;
import io.depin.proofs.uptime.IgnoredHeartbeat;
import io.depin.proofs.uptime.UptimeCounter;
import io.depin.proofs.uptime.UptimeReport;
import io.depin.proofs.uptime.UptimeRules;
import io.depin.testkit.proofs.SimulatedFleet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UptimePipelineTest {
  static final Instant GENESIS = Instant.parse("2026-01-01T00:00:00Z");
  static final RuleBook<UptimeRules> RULES = RuleBook.startingAt(GENESIS, UptimeRules.HELIUM_MOBILE);
  static final HeartbeatKind KIND = new HeartbeatKind(RULES);

  private SimulatedFleet fleet;
  private ProofVerifier verifier;
  private EpochClock epochs;

  @BeforeEach
  void setUp() {
    fleet = SimulatedFleet.create(7, GENESIS);
    verifier = fleet.verifier().kind(KIND).build();
    epochs = EpochClock.of(fleet.clock(), GENESIS, Duration.ofDays(1));
  }

  static VerifiedProof<Heartbeat> accepted(Verdict verdict) {
    assertThat(verdict).isInstanceOf(Verdict.Accepted.class);
    return ((Verdict.Accepted) verdict).proof().as(KIND).orElseThrow();
  }

  static String rejectedCode(Verdict verdict) {
    assertThat(verdict).isInstanceOf(Verdict.Rejected.class);
    return ((Verdict.Rejected) verdict).code();
  }

  /** Beats once at each of the given minutes after genesis, verifying each as it is sent. */
  private List<VerifiedProof<Heartbeat>> beatAt(HeartbeatSigner device, long... minutes)
      throws Exception {
    List<VerifiedProof<Heartbeat>> verified = new ArrayList<>();
    for (long minute : minutes) {
      fleet.clock().set(GENESIS.plus(Duration.ofMinutes(minute)));
      verified.add(accepted(verifier.verify(device.beat().toBytes())));
    }
    return verified;
  }

  private static long[] hourly(int hours) {
    long[] minutes = new long[hours];
    for (int h = 0; h < hours; h++) {
      minutes[h] = h * 60L + 17;
    }
    return minutes;
  }

  @Test
  void honestDevices_twelveHoursQualify_elevenDoNot() throws Exception {
    SimulatedFleet.Device a = fleet.onboard();
    SimulatedFleet.Device b = fleet.onboard();
    HeartbeatSigner twelve = HeartbeatSigner.create(KIND,
        DeviceSigner.create(a.id(), a.key(), fleet.clock(), 0));
    HeartbeatSigner eleven = HeartbeatSigner.create(KIND,
        DeviceSigner.create(b.id(), b.key(), fleet.clock(), 0));
    List<VerifiedProof<Heartbeat>> all = new ArrayList<>(beatAt(twelve, hourly(12)));
    all.addAll(beatAt(eleven, hourly(11)));

    UptimeReport report = new UptimeCounter(RULES, epochs).count(Epoch.FIRST, all);

    assertThat(report.required()).isEqualTo(12);
    assertThat(report.device(a.id()).orElseThrow().buckets()).hasSize(12);
    assertThat(report.device(b.id()).orElseThrow().buckets()).hasSize(11);
    assertThat(report.qualifying()).containsExactly(a.id());
    assertThat(report.device(a.id()).orElseThrow().ignored()).isEmpty();
  }

  @Test
  void cheater_manyHeartbeatsInOneHour_countsOneBucket() throws Exception {
    SimulatedFleet.Device d = fleet.onboard();
    HeartbeatSigner cheater = HeartbeatSigner.create(KIND,
        DeviceSigner.create(d.id(), d.key(), fleet.clock(), 0));
    List<VerifiedProof<Heartbeat>> spam = beatAt(cheater, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);

    DeviceUptime uptime =
        new UptimeCounter(RULES, epochs).count(Epoch.FIRST, spam).device(d.id()).orElseThrow();

    assertThat(uptime.buckets()).containsExactly(GENESIS);
    assertThat(uptime.qualifies()).isFalse();
    assertThat(uptime.ignored())
        .hasSize(11)
        .allMatch(i -> i.reason() == IgnoredHeartbeat.Reason.DUPLICATE_BUCKET);
    assertThat(uptime.ignored().get(0).token()).isEqualTo(ReplayToken.sequence(1));
  }

  /** Online once, at 01:00:10: signs a heartbeat backdated into hour 0 and one for hour 1. */
  private List<Verdict> onlineOnceAtTheHour(ProofVerifier v, HeartbeatKind kind) throws Exception {
    SimulatedFleet.Device d = fleet.onboard();
    Instant online = GENESIS.plus(Duration.ofSeconds(3600 + 10));
    fleet.clock().set(online);
    Instant backdated = online.minus(Duration.ofMinutes(4));
    return List.of(
        v.verify(d.sign(kind, new Heartbeat(backdated.getEpochSecond() / 3600, true),
            ReplayToken.sequence(1), backdated).toBytes()),
        v.verify(d.sign(kind, new Heartbeat(online.getEpochSecond() / 3600, true),
            ReplayToken.sequence(2), online).toBytes()));
  }

  @Test
  void cheater_onlineOnceAtTheHour_timestampOnlyKindGrantsBothHours() throws Exception {
    List<Verdict> verdicts = onlineOnceAtTheHour(verifier, KIND);
    List<VerifiedProof<Heartbeat>> beats = verdicts.stream().map(v -> accepted(v)).toList();
    assertThat(new UptimeCounter(RULES, epochs).count(Epoch.FIRST, beats).devices().values())
        .singleElement()
        .satisfies(u -> assertThat(u.buckets()).hasSize(2));
  }

  @Test
  void cheater_onlineOnceAtTheHour_clockedKindGrantsOnlyTheCurrentHour() throws Exception {
    HeartbeatKind clocked = new HeartbeatKind(RULES, fleet.clock());
    List<Verdict> verdicts = onlineOnceAtTheHour(fleet.verifier().kind(clocked).build(), clocked);
    assertThat(rejectedCode(verdicts.get(0))).isEqualTo("uptime.not-current-bucket");
    assertThat(verdicts.get(1)).isInstanceOf(Verdict.Accepted.class);
  }

  @Test
  void cheater_claimsAnotherBucket_bucketMismatch() throws Exception {
    SimulatedFleet.Device d = fleet.onboard();
    Instant now = fleet.clock().instant();
    long nextHour = UptimeRules.HELIUM_MOBILE.bucketOf(now.getEpochSecond()) + 1;
    SignedProof<Heartbeat> forged =
        d.sign(KIND, new Heartbeat(nextHour, true), ReplayToken.sequence(1), now);
    assertThat(rejectedCode(verifier.verify(forged.toBytes()))).isEqualTo("uptime.bucket-mismatch");
  }

  @Test
  void cheater_notOperational_rejected() throws Exception {
    SimulatedFleet.Device d = fleet.onboard();
    Instant now = fleet.clock().instant();
    SignedProof<Heartbeat> down =
        d.sign(KIND, new Heartbeat(now.getEpochSecond() / 3600, false), ReplayToken.sequence(1), now);
    assertThat(rejectedCode(verifier.verify(down.toBytes()))).isEqualTo("uptime.not-operational");
  }

  @Test
  void heartbeatBeforeRules_noRules() throws Exception {
    SimulatedFleet.Device d = fleet.onboard();
    HeartbeatKind later =
        new HeartbeatKind(RuleBook.startingAt(GENESIS.plusSeconds(60), UptimeRules.HELIUM_MOBILE));
    ProofVerifier v = fleet.verifier().kind(later).build();
    Instant now = fleet.clock().instant();
    SignedProof<Heartbeat> early =
        d.sign(later, new Heartbeat(now.getEpochSecond() / 3600, true), ReplayToken.sequence(1), now);
    assertThat(rejectedCode(v.verify(early.toBytes()))).isEqualTo("uptime.no-rules");
  }

  @Test
  void cheater_replaysAndBackdatesAndImpersonates_rejectedByPipeline() throws Exception {
    SimulatedFleet.Device honest = fleet.onboard();
    SimulatedFleet.Device cheat = fleet.onboard();
    HeartbeatSigner signer = HeartbeatSigner.create(KIND,
        DeviceSigner.create(cheat.id(), cheat.key(), fleet.clock(), 0));
    byte[] beat = signer.beat().toBytes();
    accepted(verifier.verify(beat));
    assertThat(rejectedCode(verifier.verify(beat))).isEqualTo("REPLAYED");

    fleet.clock().advance(Duration.ofHours(3));
    Instant hoursAgo = GENESIS.plus(Duration.ofHours(1));
    SignedProof<Heartbeat> backdated =
        cheat.sign(KIND, new Heartbeat(hoursAgo.getEpochSecond() / 3600, true),
            ReplayToken.sequence(5), hoursAgo);
    assertThat(rejectedCode(verifier.verify(backdated.toBytes()))).isEqualTo("STALE");

    Instant now = fleet.clock().instant();
    SignedProof<Heartbeat> impersonation =
        SignedProof.sign(KIND, new Heartbeat(now.getEpochSecond() / 3600, true), honest.id(),
            ReplayToken.sequence(9), now, cheat.key());
    assertThat(rejectedCode(verifier.verify(impersonation.toBytes()))).isEqualTo("WRONG_KEY");

    byte[] wire = signer.beat().toBytes();
    JsonNode root = CanonicalJson.parse(wire);
    ObjectNode body = (ObjectNode) root.get("payload").get("body");
    body.put("bucket", body.get("bucket").longValue() - 1);
    assertThat(rejectedCode(verifier.verify(CanonicalJson.canonicalize(root))))
        .isEqualTo("BAD_SIGNATURE");
  }

  @Test
  void counter_otherEpochAndOtherRules_ignoredWithReasons() throws Exception {
    SimulatedFleet.Device d = fleet.onboard();
    HeartbeatSigner signer = HeartbeatSigner.create(KIND,
        DeviceSigner.create(d.id(), d.key(), fleet.clock(), 0));
    List<VerifiedProof<Heartbeat>> beats = beatAt(signer, 30, 90, 24 * 60 + 30);

    DeviceUptime firstDay =
        new UptimeCounter(RULES, epochs).count(Epoch.FIRST, beats).device(d.id()).orElseThrow();
    assertThat(firstDay.buckets()).hasSize(2);
    assertThat(firstDay.ignored())
        .extracting(IgnoredHeartbeat::reason)
        .containsExactly(IgnoredHeartbeat.Reason.OUTSIDE_EPOCH);

    RuleBook<UptimeRules> halfHours =
        RuleBook.startingAt(GENESIS, new UptimeRules(Duration.ofMinutes(30), 1));
    assertThat(new UptimeCounter(halfHours, epochs).count(Epoch.FIRST, beats).device(d.id())
            .orElseThrow().ignored())
        .extracting(i -> i.reason().code())
        .containsExactly("uptime.bucket-mismatch", "uptime.bucket-mismatch", "uptime.outside-epoch");

  }

  @Test
  void counter_bucketLengthChangesMidEpoch_bucketsIdentifiedByStartInstant() throws Exception {
    // 1 h buckets until 10:20, 30 min buckets from then on
    RuleBook<UptimeRules> changing = RuleBook.startingAt(GENESIS, UptimeRules.HELIUM_MOBILE)
        .thenFrom(GENESIS.plus(Duration.ofMinutes(10 * 60 + 20)),
            new UptimeRules(Duration.ofMinutes(30), 12));
    HeartbeatKind kind = new HeartbeatKind(changing);
    ProofVerifier v = fleet.verifier().kind(kind).build();
    SimulatedFleet.Device d = fleet.onboard();
    HeartbeatSigner signer =
        HeartbeatSigner.create(kind, DeviceSigner.create(d.id(), d.key(), fleet.clock(), 0));
    List<VerifiedProof<Heartbeat>> beats = new ArrayList<>();
    for (long minute : new long[] {10 * 60 + 10, 10 * 60 + 25, 10 * 60 + 40}) {
      fleet.clock().set(GENESIS.plus(Duration.ofMinutes(minute)));
      Verdict verdict = v.verify(signer.beat().toBytes());
      assertThat(verdict).isInstanceOf(Verdict.Accepted.class);
      beats.add(((Verdict.Accepted) verdict).proof().as(kind).orElseThrow());
    }
    DeviceUptime uptime =
        new UptimeCounter(changing, epochs).count(Epoch.FIRST, beats).device(d.id()).orElseThrow();
    // 10:10 -> [10:00, 11:00); 10:25 -> [10:00, 10:30), same start: one bucket; 10:40 -> 10:30
    assertThat(uptime.buckets()).containsExactly(
        GENESIS.plus(Duration.ofHours(10)), GENESIS.plus(Duration.ofMinutes(10 * 60 + 30)));
    assertThat(uptime.ignored())
        .extracting(IgnoredHeartbeat::reason)
        .containsExactly(IgnoredHeartbeat.Reason.DUPLICATE_BUCKET);
  }

  @Test
  void counter_heartbeatsOfALenientKind_notOperationalAndWrongBucketIgnored() throws Exception {
    ProofKind<Heartbeat> lenient = new LenientKind();
    ProofVerifier v = fleet.verifier().kind(lenient).build();
    SimulatedFleet.Device d = fleet.onboard();
    fleet.clock().set(GENESIS.plus(Duration.ofMinutes(5)));
    Instant now = fleet.clock().instant();
    VerifiedProof<Heartbeat> down =
        ((Verdict.Accepted) v.verify(d.sign(lenient, new Heartbeat(now.getEpochSecond() / 3600,
            false), ReplayToken.sequence(1), now).toBytes())).proof().as(lenient).orElseThrow();

    assertThat(new UptimeCounter(RULES, epochs).count(Epoch.FIRST, List.of(down)).device(d.id())
            .orElseThrow().ignored())
        .extracting(i -> i.reason().code())
        .containsExactly("uptime.not-operational");
    VerifiedProof<Heartbeat> elsewhere =
        ((Verdict.Accepted) v.verify(d.sign(lenient, new Heartbeat(now.getEpochSecond() / 3600 - 1,
            true), ReplayToken.sequence(2), now).toBytes())).proof().as(lenient).orElseThrow();
    assertThat(new UptimeCounter(RULES, epochs).count(Epoch.FIRST, List.of(elsewhere))
            .device(d.id()).orElseThrow().ignored())
        .extracting(IgnoredHeartbeat::reason)
        .containsExactly(IgnoredHeartbeat.Reason.BUCKET_MISMATCH);
  }

  /** A kind that accepts any heartbeat: the counter must not trust it. */
  private static final class LenientKind implements ProofKind<Heartbeat> {
    @Override
    public MessageType type() {
      return KIND.type();
    }

    @Override
    public Heartbeat decode(JsonNode payload) {
      return KIND.decode(payload);
    }

    @Override
    public JsonNode encode(Heartbeat payload) {
      return KIND.encode(payload);
    }

    @Override
    public CheckResult check(Heartbeat payload, ProofContext context) {
      return CheckResult.ok();
    }
  }
}
