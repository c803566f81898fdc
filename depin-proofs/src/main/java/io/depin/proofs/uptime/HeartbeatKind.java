package io.depin.proofs.uptime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.depin.core.DecodingException;
import io.depin.core.DecodingException.Reason;
import io.depin.core.json.JsonFields;
import io.depin.core.message.MessageType;
import io.depin.core.rules.RuleBook;
import io.depin.proofs.CheckResult;
import io.depin.proofs.ProofContext;
import io.depin.proofs.ProofKind;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The heartbeat proof kind, tag {@value #TAG}. Its check is cheap (a rule lookup and a
 * division, twice with a clock), so batches of heartbeats verify at the speed of their signatures.
 *
 * <p>Reason codes of {@link #check}:
 *
 * <ul>
 *   <li>{@code uptime.no-rules}: no {@link UptimeRules} are in force at the proof's timestamp;
 *   <li>{@code uptime.bucket-mismatch}: the heartbeat claims another bucket than the one its
 *       timestamp falls in under the rules in force;
 *   <li>{@code uptime.not-operational}: the device says it is not serving;
 *   <li>{@code uptime.not-current-bucket}: only for a kind made with a clock ({@link
 *       #HeartbeatKind(RuleBook, Clock)}), the heartbeat's bucket is not the one the clock is in
 *       when the proof is checked.
 * </ul>
 *
 * <p>The bucket follows the device's signed timestamp, which the {@link
 * io.depin.proofs.ProofVerifier} bounds only by its maximum age and future skew (5 min and 30 s by
 * default). Without a clock, a device that reaches the network once, just after a bucket boundary,
 * can sign one heartbeat backdated into the previous bucket and one for the current bucket, and so
 * earn two buckets for one moment online. With the verifier's clock, each bucket needs a heartbeat
 * received while it lasts (as Helium's oracles time heartbeats by their arrival); a heartbeat sent
 * just before a boundary and checked just after it is then lost.
 *
 * {@snippet :
 * HeartbeatKind kind =
 *     new HeartbeatKind(RuleBook.startingAt(launch, UptimeRules.HELIUM_MOBILE), clock);
 * ProofVerifier verifier = ProofVerifier.builder()
 *     .registry(registry).replayGuard(guard).clock(clock).kind(kind).build();
 * }
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class HeartbeatKind implements ProofKind<Heartbeat> {
  /** The kind's tag. */
  public static final String TAG = "io.depin.proofs.uptime.heartbeat/v1";

  private static final MessageType TYPE = MessageType.of(TAG);
  private static final Set<String> MEMBERS = Set.of("bucket", "operational");

  private final RuleBook<UptimeRules> rules;
  private final @Nullable Clock clock;

  /**
   * Creates the kind, which judges a heartbeat's bucket by its signed timestamp alone.
   *
   * @param rules the uptime rules, by effective instant
   */
  public HeartbeatKind(RuleBook<UptimeRules> rules) {
    this.rules = Objects.requireNonNull(rules, "rules");
    this.clock = null;
  }

  /**
   * Creates the kind that also requires a heartbeat's bucket to be the one {@code clock} is in
   * when the proof is checked ({@code uptime.not-current-bucket}); pass the verifier's clock.
   *
   * @param rules the uptime rules, by effective instant
   * @param clock the clock that tells which bucket is current
   */
  public HeartbeatKind(RuleBook<UptimeRules> rules, Clock clock) {
    this.rules = Objects.requireNonNull(rules, "rules");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** {@return the rules this kind judges heartbeats by} */
  public RuleBook<UptimeRules> rules() {
    return rules;
  }

  @Override
  public MessageType type() {
    return TYPE;
  }

  /**
   * Decodes {@code {"bucket":<safe integer>,"operational":<boolean>}} strictly.
   *
   * @param payload the payload
   * @return the heartbeat
   * @throws DecodingException if a member is missing, extra, of the wrong type or out of range
   */
  @Override
  public Heartbeat decode(JsonNode payload) {
    JsonFields.requireMembers(payload, MEMBERS, "heartbeat");
    long bucket = JsonFields.safeInteger(payload, "bucket");
    JsonNode operational = payload.get("operational");
    if (operational == null || !operational.isBoolean()) {
      throw new DecodingException(Reason.MALFORMED, "'operational' must be true or false");
    }
    return new Heartbeat(bucket, operational.booleanValue());
  }

  @Override
  public JsonNode encode(Heartbeat payload) {
    return JsonNodeFactory.instance
        .objectNode()
        .put("bucket", payload.bucket())
        .put("operational", payload.operational());
  }

  @Override
  public CheckResult check(Heartbeat payload, ProofContext context) {
    Optional<UptimeRules> inForce = rules.inForceAt(context.timestamp());
    if (inForce.isEmpty()) {
      return CheckResult.fail("uptime.no-rules", "no uptime rules at " + context.timestamp());
    }
    long expected = inForce.get().bucketOf(context.timestamp().getEpochSecond());
    if (payload.bucket() != expected) {
      return CheckResult.fail(
          "uptime.bucket-mismatch",
          "claims bucket " + payload.bucket() + ", its timestamp " + context.timestamp()
              + " is in bucket " + expected);
    }
    if (!payload.operational()) {
      return CheckResult.fail("uptime.not-operational", "the device reports it is not serving");
    }
    if (clock != null) {
      Instant claimedStart = Instant.ofEpochSecond(
          expected * inForce.get().bucketLength().toSeconds());
      Instant now = clock.instant();
      Optional<Instant> currentStart = rules.inForceAt(now).map(r -> Instant.ofEpochSecond(
          r.bucketOf(now.getEpochSecond()) * r.bucketLength().toSeconds()));
      if (!currentStart.equals(Optional.of(claimedStart))) {
        return CheckResult.fail(
            "uptime.not-current-bucket",
            "claims the bucket starting " + claimedStart + ", checked at " + now);
      }
    }
    return CheckResult.ok();
  }

  @Override
  public String toString() {
    return "HeartbeatKind[" + rules + (clock == null ? "" : ", " + clock) + "]";
  }
}
