package io.depin.proofs.location.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.depin.core.DecodingException;
import io.depin.core.DecodingException.Reason;
import io.depin.core.geo.GeoPoint;
import java.util.Objects;

/** Reads and writes a {@link GeoPoint} as the members {@code latitude} and {@code longitude}. */
public final class PositionJson {
  private PositionJson() {}

  /**
   * Reads the two coordinate members of {@code node}.
   *
   * @param node the object
   * @return the point, with {@code -0} read as {@code 0}
   * @throws DecodingException if a member is not a number or is out of range
   */
  public static GeoPoint read(JsonNode node) {
    double latitude = number(node, "latitude");
    double longitude = number(node, "longitude");
    try {
      return normalized(latitude, longitude);
    } catch (IllegalArgumentException e) {
      throw new DecodingException(
          Reason.INVALID_VALUE, Objects.requireNonNullElse(e.getMessage(), e.toString()), e);
    }
  }

  /**
   * Writes the two coordinate members into {@code node}.
   *
   * @param node the object
   * @param point the point
   */
  public static void write(ObjectNode node, GeoPoint point) {
    node.put("latitude", point.latitude());
    node.put("longitude", point.longitude());
  }

  /**
   * Returns the point with {@code -0} coordinates replaced by {@code 0}, the value canonical JSON
   * carries, so that a point survives a round trip through the wire form.
   *
   * @param latitude degrees north
   * @param longitude degrees east
   * @return the point
   * @throws IllegalArgumentException if a coordinate is out of range
   */
  public static GeoPoint normalized(double latitude, double longitude) {
    return GeoPoint.of(latitude + 0.0, longitude + 0.0);
  }

  private static double number(JsonNode node, String member) {
    JsonNode value = node.get(member);
    if (value == null || !value.isNumber()) {
      throw new DecodingException(Reason.MALFORMED, "'" + member + "' must be a number");
    }
    return value.doubleValue();
  }
}
