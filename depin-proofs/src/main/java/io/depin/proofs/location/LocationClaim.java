package io.depin.proofs.location;

import io.depin.core.geo.GeoPoint;
import io.depin.proofs.location.internal.PositionJson;
import java.util.Objects;

/**
 * What a device claims about where it is: a position and the radius of its uncertainty. The time
 * of the claim is the signed proof's timestamp.
 *
 * {@snippet :
 * LocationClaim claim = new LocationClaim(GeoPoint.of(48.8566, 2.3522), 15);
 * SignedProof<LocationClaim> proof = locationSigner.claim(claim, clock.instant());
 * }
 *
 * @param position the claimed position (a {@code -0} coordinate is stored as {@code 0}, the value
 *     the wire form carries)
 * @param accuracyMeters the radius around {@code position} within which the device is, from 0 to
 *     {@value #MAX_ACCURACY_METERS} metres
 * @since 0.1.0
 */
public record LocationClaim(GeoPoint position, long accuracyMeters) {
  /** The largest accuracy radius a claim may state: 1,000 km. */
  public static final long MAX_ACCURACY_METERS = 1_000_000;

  /**
   * Validates the claim.
   *
   * @throws IllegalArgumentException if the accuracy is out of range
   */
  public LocationClaim {
    Objects.requireNonNull(position, "position");
    position = PositionJson.normalized(position.latitude(), position.longitude());
    if (accuracyMeters < 0 || accuracyMeters > MAX_ACCURACY_METERS) {
      throw new IllegalArgumentException(
          "accuracy is from 0 to " + MAX_ACCURACY_METERS + " m, not " + accuracyMeters);
    }
  }
}
