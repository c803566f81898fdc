package io.depin.proofs.location;

import io.depin.core.rules.RuleBook;
import io.depin.proofs.CheckResult;
import io.depin.proofs.VerifiedProof;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Round-trip-time distance bounding. A challenger at a known position sends a {@link
 * RangingChallenge}'s nonce and measures the time until the device's signed {@link
 * RangingResponse} comes back. No signal travels faster than light, so the device was at most
 * {@code c * (rtt - processingAllowance) / 2} from the challenger; a response whose claimed
 * position is farther away is impossible.
 *
 * <p>The claimed distance is the {@link io.depin.core.geo.GeoPoint#distanceMeters spherical
 * distance} less {@value #MODEL_TOLERANCE_PERCENT}% (the sphere's error bound against the
 * ellipsoid), so an honest device is never rejected by the Earth model. {@code c} is exactly
 * {@value #SPEED_OF_LIGHT_METERS_PER_SECOND} m/s (SI definition of the metre). The rules in force at
 * the response's timestamp give the processing allowance.
 *
 * <p>Reason codes:
 *
 * <ul>
 *   <li>{@code location.ranging-wrong-device}: the response was signed by another device than the
 *       one challenged;
 *   <li>{@code location.ranging-nonce-mismatch}: the response carries another nonce;
 *   <li>{@code location.no-rules}: no rules are in force at the response's timestamp;
 *   <li>{@code location.faster-than-light}: the claimed position is farther from the challenger
 *       than the round trip allows.
 * </ul>
 *
 * {@snippet :
 * DistanceBounding bounding = new DistanceBounding(rules);
 * CheckResult result = bounding.check(challenge, Duration.ofNanos(2_400_000), verifiedResponse);
 * if (result instanceof CheckResult.Failed failed) {
 *   log.warn("{}: {}", failed.code(), failed.detail());
 * }
 * }
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class DistanceBounding {
  /** The speed of light in vacuum, in metres per second; exact by definition. */
  public static final long SPEED_OF_LIGHT_METERS_PER_SECOND = 299_792_458L;

  /** The tolerance for the spherical Earth model, in percent of the distance. */
  public static final double MODEL_TOLERANCE_PERCENT = 0.5;

  private final RuleBook<LocationRules> rules;

  /**
   * Creates the check.
   *
   * @param rules the versioned rules
   */
  public DistanceBounding(RuleBook<LocationRules> rules) {
    this.rules = Objects.requireNonNull(rules, "rules");
  }

  /**
   * Returns the largest distance a round trip allows: {@code c * max(0, rtt - allowance) / 2}.
   *
   * @param roundTrip the measured round trip, 0 or more
   * @param processingAllowance the device's processing time to subtract, 0 or more
   * @return the bound in metres
   * @throws IllegalArgumentException if a duration is negative
   */
  public static double maxDistanceMeters(Duration roundTrip, Duration processingAllowance) {
    if (roundTrip.isNegative() || processingAllowance.isNegative()) {
      throw new IllegalArgumentException("durations must not be negative");
    }
    Duration flight = roundTrip.minus(processingAllowance);
    if (flight.isNegative()) {
      return 0.0;
    }
    double seconds = flight.getSeconds() + flight.getNano() / 1e9;
    return SPEED_OF_LIGHT_METERS_PER_SECOND * seconds / 2.0;
  }

  /**
   * Checks a verified response against the challenge it answers and the round trip the challenger
   * measured.
   *
   * @param challenge the challenge the challenger sent
   * @param roundTrip the round trip the challenger measured, 0 or more
   * @param response the device's verified response
   * @return ok, or the failure with one of the class's reason codes
   * @throws IllegalArgumentException if {@code roundTrip} is negative
   */
  public CheckResult check(
      RangingChallenge challenge, Duration roundTrip, VerifiedProof<RangingResponse> response) {
    Objects.requireNonNull(challenge, "challenge");
    Objects.requireNonNull(response, "response");
    if (roundTrip.isNegative()) {
      throw new IllegalArgumentException("a round trip is not negative: " + roundTrip);
    }
    if (!response.envelope().device().equals(challenge.device())) {
      return CheckResult.fail("location.ranging-wrong-device",
          "challenged " + challenge.device() + ", answered by " + response.envelope().device());
    }
    if (!response.payload().nonce().constantTimeEquals(challenge.nonce())) {
      return CheckResult.fail("location.ranging-nonce-mismatch",
          "the response does not carry the challenge's nonce");
    }
    Optional<LocationRules> inForce = rules.inForceAt(response.timestamp());
    if (inForce.isEmpty()) {
      return CheckResult.fail("location.no-rules", "no location rules at " + response.timestamp());
    }
    double bound = maxDistanceMeters(roundTrip, inForce.get().processingAllowance());
    double claimed = response.payload().position().distanceMeters(challenge.challenger())
        * (1.0 - MODEL_TOLERANCE_PERCENT / 100.0);
    if (claimed > bound) {
      return CheckResult.fail("location.faster-than-light",
          String.format(java.util.Locale.ROOT,
              "claimed %.1f m from the challenger; a round trip of %s allows at most %.1f m",
              claimed, roundTrip, bound));
    }
    return CheckResult.ok();
  }

  @Override
  public String toString() {
    return "DistanceBounding[" + rules + "]";
  }
}
