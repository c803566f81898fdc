package io.depin.proofs.location;

import java.time.Duration;
import java.util.Objects;

/**
 * The location rules in force from one effective date, kept in a {@link
 * io.depin.core.rules.RuleBook}.
 *
 * {@snippet :
 * RuleBook<LocationRules> rules = RuleBook.startingAt(launch, LocationRules.indoorHotspotExample())
 *     .thenFrom(upgrade, LocationRules.indoorHotspotExample().withMaxSpeed(70.0));
 * }
 *
 * @param maxSpeedMetersPerSecond the fastest plausible travel between two claims, positive and
 *     finite; measured between the edges of the claims' accuracy circles
 * @param maxAccuracyMeters the largest accuracy radius a claim may state to be accepted
 * @param trustTable maps the distance from the asserted location to a trust multiplier
 * @param processingAllowance how long a device may take to answer a ranging challenge, subtracted
 *     from the measured round trip before bounding the distance; zero or positive
 * @since 0.1.0
 */
public record LocationRules(
    double maxSpeedMetersPerSecond,
    long maxAccuracyMeters,
    TrustTable trustTable,
    Duration processingAllowance) {
  /**
   * Validates the rules.
   *
   * @throws IllegalArgumentException if a number is out of range
   */
  public LocationRules {
    if (!(maxSpeedMetersPerSecond > 0) || Double.isInfinite(maxSpeedMetersPerSecond)) {
      throw new IllegalArgumentException(
          "the maximum speed is positive and finite: " + maxSpeedMetersPerSecond);
    }
    if (maxAccuracyMeters < 0 || maxAccuracyMeters > LocationClaim.MAX_ACCURACY_METERS) {
      throw new IllegalArgumentException(
          "the maximum accuracy radius is from 0 to " + LocationClaim.MAX_ACCURACY_METERS + " m");
    }
    Objects.requireNonNull(trustTable, "trustTable");
    Objects.requireNonNull(processingAllowance, "processingAllowance");
    if (processingAllowance.isNegative()) {
      throw new IllegalArgumentException("the processing allowance must not be negative");
    }
  }

  /**
   * An example for fixed indoor hotspots (not a published network's numbers except the table):
   * at most 100 m/s between claims (faster than any road or rail travel), accuracy radius at most
   * 200 m, the {@link TrustTable#hip119IndoorWifi()} table, and a 1 ms processing allowance for
   * ranging.
   *
   * @return the rules
   */
  public static LocationRules indoorHotspotExample() {
    return new LocationRules(100.0, 200, TrustTable.hip119IndoorWifi(), Duration.ofMillis(1));
  }

  /**
   * Returns these rules with another maximum speed.
   *
   * @param metersPerSecond the new maximum, positive and finite
   * @return the new rules
   */
  public LocationRules withMaxSpeed(double metersPerSecond) {
    return new LocationRules(metersPerSecond, maxAccuracyMeters, trustTable, processingAllowance);
  }
}
