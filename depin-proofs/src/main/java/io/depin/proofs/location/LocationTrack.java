package io.depin.proofs.location;

import io.depin.core.bytes.Bytes;
import io.depin.core.geo.GeoPoint;
import io.depin.core.rules.RuleBook;
import io.depin.devices.DeviceId;
import io.depin.proofs.VerifiedProof;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Judges each device's verified location claims in time order: travel between successive claims
 * must be plausible, and each counted claim earns the trust multiplier of its distance to the
 * device's asserted location.
 *
 * <p><b>Speed.</b> Claims are taken by timestamp (ties broken by the envelope's bytes, so the
 * result does not depend on the input order; the same proof given twice counts once). Each claim is
 * compared with the latest claim that counted: the distance between their positions, less both
 * accuracy radii (the device may be anywhere in each circle, so only the gap between the circles
 * must have been travelled), must not exceed the rules' maximum speed times the time between them.
 * A claim that fails is {@code location.implausible-speed}; it does not become the reference for
 * the next claim, so one forged claim cannot discredit the honest ones after it. The first claim of
 * a device counts. The rules are those in force at the later claim's timestamp.
 *
 * <p><b>Trust.</b> A counted claim's multiplier comes from the {@link TrustTable} of the rules in
 * force at its timestamp, applied to the distance from its position to the device's asserted
 * location (the centre of the claim; its accuracy radius is not added, so keep {@link
 * LocationRules#maxAccuracyMeters()} small against the table's bands). A device's multiplier is the mean over its counted claims, rounded down to {@value
 * #MULTIPLIER_SCALE} decimals. A device with no asserted location has all its claims rejected as
 * {@code location.no-asserted-location}; a claim with no rules in force is {@code
 * location.no-rules}.
 *
 * {@snippet :
 * LocationTrack evaluator = new LocationTrack(rules);
 * SortedMap<DeviceId, DeviceTrack> report = evaluator.evaluate(verifiedClaims, assertedLocations);
 * BigDecimal multiplier = report.get(deviceId).trustMultiplier();
 * }
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class LocationTrack {
  /** The number of decimals of a device's trust multiplier. */
  public static final int MULTIPLIER_SCALE = 4;

  private static final Comparator<VerifiedProof<LocationClaim>> TIME_ORDER =
      Comparator.<VerifiedProof<LocationClaim>, java.time.Instant>comparing(VerifiedProof::timestamp)
          .thenComparing(p -> Bytes.of(p.envelope().encode()));

  private final RuleBook<LocationRules> rules;

  /**
   * Creates the evaluator.
   *
   * @param rules the versioned rules
   */
  public LocationTrack(RuleBook<LocationRules> rules) {
    this.rules = Objects.requireNonNull(rules, "rules");
  }

  /**
   * Judges the claims of every device.
   *
   * @param claims verified claims of any devices, in any order
   * @param asserted each device's asserted location
   * @return one track per device that made a claim, by device id
   */
  public SortedMap<DeviceId, DeviceTrack> evaluate(
      Collection<VerifiedProof<LocationClaim>> claims, Map<DeviceId, GeoPoint> asserted) {
    Map<DeviceId, List<VerifiedProof<LocationClaim>>> byDevice = new TreeMap<>();
    for (VerifiedProof<LocationClaim> claim : new LinkedHashSet<>(claims)) {
      byDevice.computeIfAbsent(claim.envelope().device(), d -> new ArrayList<>()).add(claim);
    }
    SortedMap<DeviceId, DeviceTrack> result = new TreeMap<>();
    byDevice.forEach((device, list) -> {
      list.sort(TIME_ORDER);
      result.put(device, track(device, list, asserted.get(device)));
    });
    return Collections.unmodifiableSortedMap(result);
  }

  private DeviceTrack track(
      DeviceId device, List<VerifiedProof<LocationClaim>> claims, @Nullable GeoPoint home) {
    List<ClaimOutcome> outcomes = new ArrayList<>(claims.size());
    VerifiedProof<LocationClaim> previous = null;
    BigDecimal sum = BigDecimal.ZERO;
    int counted = 0;
    for (VerifiedProof<LocationClaim> claim : claims) {
      ClaimOutcome outcome = judge(claim, previous, home);
      outcomes.add(outcome);
      if (outcome.counted()) {
        previous = claim;
        sum = sum.add(outcome.multiplier());
        counted++;
      }
    }
    BigDecimal multiplier = counted == 0
        ? BigDecimal.ZERO.setScale(MULTIPLIER_SCALE)
        : sum.divide(BigDecimal.valueOf(counted), MULTIPLIER_SCALE, RoundingMode.DOWN);
    return new DeviceTrack(device, outcomes, multiplier);
  }

  private ClaimOutcome judge(
      VerifiedProof<LocationClaim> claim,
      @Nullable VerifiedProof<LocationClaim> previous,
      @Nullable GeoPoint home) {
    if (home == null) {
      return rejected(claim, "location.no-asserted-location", "the device has no asserted location");
    }
    Optional<LocationRules> inForce = rules.inForceAt(claim.timestamp());
    if (inForce.isEmpty()) {
      return rejected(claim, "location.no-rules", "no location rules at " + claim.timestamp());
    }
    LocationRules r = inForce.get();
    if (previous != null) {
      LocationClaim a = previous.payload();
      LocationClaim b = claim.payload();
      double gap = Math.max(0.0, a.position().distanceMeters(b.position())
          - a.accuracyMeters() - b.accuracyMeters());
      Duration elapsed = Duration.between(previous.timestamp(), claim.timestamp());
      double seconds = elapsed.getSeconds() + elapsed.getNano() / 1e9;
      if (gap > r.maxSpeedMetersPerSecond() * seconds) {
        return rejected(claim, "location.implausible-speed", String.format(Locale.ROOT,
            "%.1f m beyond the accuracy circles in %s since the last counted claim; at most %.1f m/s",
            gap, elapsed, r.maxSpeedMetersPerSecond()));
      }
    }
    double toHome = claim.payload().position().distanceMeters(home);
    BigDecimal multiplier = r.trustTable().multiplierFor(toHome);
    return new ClaimOutcome(claim, null,
        String.format(Locale.ROOT, "%.1f m from the asserted location", toHome), multiplier);
  }

  private static ClaimOutcome rejected(
      VerifiedProof<LocationClaim> claim, String code, String detail) {
    return new ClaimOutcome(claim, code, detail, BigDecimal.ZERO);
  }

  @Override
  public String toString() {
    return "LocationTrack[" + rules + "]";
  }
}
