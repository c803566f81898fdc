package io.depin.core.geo;

/**
 * A point on the Earth's surface in WGS84 degrees, validated on construction.
 *
 * <p>Distances are great-circle distances on a sphere of the IUGG mean Earth radius {@value
 * #EARTH_MEAN_RADIUS_METERS} m (haversine formula). Compared with the ellipsoid, the error is under
 * 0.5%, which every proof rule in this SDK tolerates; rules state their tolerances in metres on top.
 *
 * {@snippet :
 * GeoPoint paris = GeoPoint.of(48.8566, 2.3522);
 * GeoPoint london = GeoPoint.of(51.5074, -0.1278);
 * double meters = paris.distanceMeters(london); // about 343,500
 * }
 *
 * @param latitude degrees north, from -90 to 90
 * @param longitude degrees east, from -180 to 180
 * @since 0.1.0
 */
public record GeoPoint(double latitude, double longitude) {
  /** The IUGG mean Earth radius, in metres. */
  public static final double EARTH_MEAN_RADIUS_METERS = 6_371_008.8;

  /**
   * Validates the coordinates.
   *
   * @throws IllegalArgumentException if a coordinate is not finite or out of range
   */
  public GeoPoint {
    if (!(latitude >= -90.0 && latitude <= 90.0)) {
      throw new IllegalArgumentException("latitude is from -90 to 90 degrees, not " + latitude);
    }
    if (!(longitude >= -180.0 && longitude <= 180.0)) {
      throw new IllegalArgumentException("longitude is from -180 to 180 degrees, not " + longitude);
    }
  }

  /**
   * Returns the point at the given coordinates.
   *
   * @param latitude degrees north, from -90 to 90
   * @param longitude degrees east, from -180 to 180
   * @return the point
   * @throws IllegalArgumentException if a coordinate is not finite or out of range
   */
  public static GeoPoint of(double latitude, double longitude) {
    return new GeoPoint(latitude, longitude);
  }

  /**
   * Returns the great-circle distance to another point, in metres.
   *
   * @param other the other point
   * @return the distance, 0 or more and at most half the Earth's circumference
   */
  public double distanceMeters(GeoPoint other) {
    double phi1 = Math.toRadians(latitude);
    double phi2 = Math.toRadians(other.latitude);
    double dPhi = phi2 - phi1;
    double dLambda = Math.toRadians(other.longitude - longitude);
    double sinPhi = Math.sin(dPhi / 2);
    double sinLambda = Math.sin(dLambda / 2);
    double h = sinPhi * sinPhi + Math.cos(phi1) * Math.cos(phi2) * sinLambda * sinLambda;
    double centralAngle = 2 * Math.asin(Math.sqrt(Math.min(1.0, h)));
    return EARTH_MEAN_RADIUS_METERS * centralAngle;
  }
}
