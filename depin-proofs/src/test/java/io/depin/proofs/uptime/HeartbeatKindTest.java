package io.depin.proofs.uptime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.depin.core.DecodingException;
import io.depin.core.crypto.KeyType;
import io.depin.core.crypto.PublicKey;
import io.depin.core.crypto.SigningKey;
import io.depin.core.json.CanonicalJson;
import io.depin.core.rules.RuleBook;
import io.depin.devices.DeviceId;
import io.depin.devices.DeviceIdentity;
import io.depin.devices.MakerId;
import io.depin.devices.onboarding.NetworkId;
import io.depin.devices.registry.DeviceState;
import io.depin.devices.registry.DeviceStatus;
import io.depin.proofs.CheckResult;
import io.depin.proofs.DeviceSigner;
import io.depin.proofs.ProofContext;
import io.depin.proofs.ReplayToken;
import io.depin.proofs.SignedProof;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HeartbeatKindTest {
  private static final Instant LAUNCH = Instant.parse("2026-01-01T00:00:00Z");
  private static final RuleBook<UptimeRules> RULES =
      RuleBook.startingAt(LAUNCH, UptimeRules.HELIUM_MOBILE)
          .thenFrom(LAUNCH.plus(Duration.ofDays(10)), new UptimeRules(Duration.ofMinutes(30), 24));
  private static final HeartbeatKind KIND = new HeartbeatKind(RULES);
  private static final SigningKey KEY = key(1);

  static SigningKey key(int seed) {
    byte[] secret = new byte[32];
    Arrays.fill(secret, (byte) seed);
    return SigningKey.fromRaw(KeyType.ED25519, secret);
  }

  static ProofContext context(Instant at) {
    PublicKey pk = KEY.publicKey();
    DeviceState state =
        new DeviceState(
            new DeviceIdentity(DeviceId.fromInitialKey(pk), pk),
            MakerId.of(key(2).publicKey()),
            key(3).publicKey(),
            NetworkId.of("io.depin.test"),
            DeviceStatus.ACTIVE,
            1);
    return new ProofContext(state, at, ReplayToken.sequence(0));
  }

  private static JsonNode json(String text) {
    return CanonicalJson.parse(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void encode_decode_roundTrips() {
    Heartbeat beat = new Heartbeat(493_716, true);
    JsonNode json = KIND.encode(beat);
    assertThat(json.toString()).isEqualTo("{\"bucket\":493716,\"operational\":true}");
    assertThat(KIND.decode(json)).isEqualTo(beat);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"bucket\":1}",
        "{\"operational\":true}",
        "{\"bucket\":1,\"operational\":true,\"extra\":0}",
        "{\"bucket\":\"1\",\"operational\":true}",
        "{\"bucket\":1,\"operational\":\"true\"}",
        "{\"bucket\":1,\"operational\":1}",
        "{\"bucket\":-1,\"operational\":true}",
        "{\"bucket\":1.5,\"operational\":true}",
        "{\"bucket\":9007199254740992,\"operational\":true}",
        "[1,true]",
        "null"
      })
  void decode_malformed_throwsDecodingException(String text) {
    assertThatThrownBy(() -> KIND.decode(json(text))).isInstanceOf(DecodingException.class);
  }

  @Test
  void check_bucketOfTimestamp_ok() {
    Instant at = LAUNCH.plus(Duration.ofHours(5).plusMinutes(59));
    Heartbeat beat = new Heartbeat(at.getEpochSecond() / 3600, true);
    assertThat(KIND.check(beat, context(at))).isEqualTo(CheckResult.ok());
  }

  @Test
  void check_beforeFirstRules_noRules() {
    Instant at = LAUNCH.minusSeconds(1);
    assertThat(KIND.check(new Heartbeat(at.getEpochSecond() / 3600, true), context(at)))
        .isEqualTo(CheckResult.fail("uptime.no-rules", "no uptime rules at " + at));
  }

  @Test
  void check_otherBucket_bucketMismatch() {
    Instant at = LAUNCH.plus(Duration.ofHours(5));
    CheckResult result = KIND.check(new Heartbeat(at.getEpochSecond() / 3600 + 1, true), context(at));
    assertThat(result).isInstanceOf(CheckResult.Failed.class);
    assertThat(((CheckResult.Failed) result).code()).isEqualTo("uptime.bucket-mismatch");
  }

  @Test
  void check_withClock_acceptsOnlyTheClocksCurrentBucket() {
    Instant now = LAUNCH.plus(Duration.ofHours(5)).plusSeconds(10);
    HeartbeatKind clocked = new HeartbeatKind(RULES, Clock.fixed(now, ZoneOffset.UTC));
    Instant early = now.minusSeconds(15);
    Instant late = now.plusSeconds(20);
    assertThat(clocked.check(new Heartbeat(late.getEpochSecond() / 3600, true), context(late)))
        .isEqualTo(CheckResult.ok());
    CheckResult backdated =
        clocked.check(new Heartbeat(early.getEpochSecond() / 3600, true), context(early));
    assertThat(((CheckResult.Failed) backdated).code()).isEqualTo("uptime.not-current-bucket");
    assertThat(KIND.check(new Heartbeat(early.getEpochSecond() / 3600, true), context(early)))
        .isEqualTo(CheckResult.ok());
  }

  @Test
  void check_withClockAcrossRuleChange_comparesBucketStarts() {
    Instant change = LAUNCH.plus(Duration.ofDays(10));
    Instant at = change.minusSeconds(5);
    HeartbeatKind clocked =
        new HeartbeatKind(RULES, Clock.fixed(change.plusSeconds(5), ZoneOffset.UTC));
    // hour bucket 23:00-24:00 before the change, half-hour bucket 00:00-00:30 after it
    CheckResult result = clocked.check(new Heartbeat(at.getEpochSecond() / 3600, true), context(at));
    assertThat(((CheckResult.Failed) result).code()).isEqualTo("uptime.not-current-bucket");
    Instant inside = change.plusSeconds(1);
    assertThat(clocked.check(new Heartbeat(inside.getEpochSecond() / 1800, true), context(inside)))
        .isEqualTo(CheckResult.ok());
  }

  @Test
  void check_laterRules_judgesByRulesAtTimestamp() {
    Instant at = LAUNCH.plus(Duration.ofDays(10)).plusSeconds(1800 * 3 + 7);
    long hourly = at.getEpochSecond() / 3600;
    long halfHourly = at.getEpochSecond() / 1800;
    assertThat(KIND.check(new Heartbeat(halfHourly, true), context(at))).isEqualTo(CheckResult.ok());
    assertThat(KIND.check(new Heartbeat(hourly, true), context(at)))
        .isInstanceOf(CheckResult.Failed.class);
  }

  @Test
  void check_notOperational_notOperational() {
    Instant at = LAUNCH.plus(Duration.ofHours(1));
    CheckResult result = KIND.check(new Heartbeat(at.getEpochSecond() / 3600, false), context(at));
    assertThat(((CheckResult.Failed) result).code()).isEqualTo("uptime.not-operational");
  }

  @Test
  void rules_invalid_throw() {
    assertThatThrownBy(() -> new UptimeRules(Duration.ofMillis(1500), 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new UptimeRules(Duration.ZERO, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new UptimeRules(Duration.ofDays(2), 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new UptimeRules(Duration.ofHours(1), 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Heartbeat(-1, true)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rules_heliumMobile_isHourlyTwelve() {
    assertThat(UptimeRules.HELIUM_MOBILE.bucketLength()).isEqualTo(Duration.ofHours(1));
    assertThat(UptimeRules.HELIUM_MOBILE.minBucketsPerEpoch()).isEqualTo(12);
    assertThat(UptimeRules.HELIUM_MOBILE.bucketOf(-1)).isEqualTo(-1);
    assertThat(UptimeRules.HELIUM_MOBILE.bucketOf(3599)).isZero();
    assertThat(UptimeRules.HELIUM_MOBILE.bucketOf(3600)).isEqualTo(1);
  }

  @Test
  void signer_numbersSequencesAndClaimsTheTimestampsBucket() throws Exception {
    Instant at = LAUNCH.plus(Duration.ofHours(7)).plusMillis(1234);
    Clock clock = Clock.fixed(at, ZoneOffset.UTC);
    DeviceId id = DeviceId.fromInitialKey(KEY.publicKey());
    DeviceSigner device = DeviceSigner.create(id, KEY, clock, 41);
    HeartbeatSigner signer = HeartbeatSigner.create(KIND, device);
    SignedProof<Heartbeat> first = signer.beat();
    SignedProof<Heartbeat> second = signer.beat();
    assertThat(first.envelope().token()).isEqualTo(ReplayToken.sequence(41));
    assertThat(second.envelope().token()).isEqualTo(ReplayToken.sequence(42));
    assertThat(first.envelope().timestamp()).isEqualTo(at);
    assertThat(device.nextSequence()).isEqualTo(43);
    assertThat(first.payload()).isEqualTo(new Heartbeat(at.getEpochSecond() / 3600, true));
    assertThat(KIND.check(first.payload(), context(first.envelope().timestamp())))
        .isEqualTo(CheckResult.ok());
  }

  @Test
  void signer_noRulesOrSequencesLeft_throws() throws Exception {
    DeviceId id = DeviceId.fromInitialKey(KEY.publicKey());
    Clock early = Clock.fixed(LAUNCH.minusSeconds(5), ZoneOffset.UTC);
    DeviceSigner beforeLaunch = DeviceSigner.create(id, KEY, early, 0);
    assertThatThrownBy(() -> HeartbeatSigner.create(KIND, beforeLaunch).beat())
        .isInstanceOf(IllegalStateException.class);
    assertThat(beforeLaunch.nextSequence()).isZero();
    Clock now = Clock.fixed(LAUNCH, ZoneOffset.UTC);
    HeartbeatSigner last =
        HeartbeatSigner.create(KIND, DeviceSigner.create(id, KEY, now, ReplayToken.MAX_SEQUENCE));
    assertThat(last.beat().envelope().token())
        .isEqualTo(ReplayToken.sequence(ReplayToken.MAX_SEQUENCE));
    assertThatThrownBy(last::beat).isInstanceOf(IllegalStateException.class);
  }
}
