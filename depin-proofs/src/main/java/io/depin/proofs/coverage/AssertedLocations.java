package io.depin.proofs.coverage;

import io.depin.core.geo.GeoPoint;
import io.depin.devices.DeviceId;
import org.jspecify.annotations.Nullable;

/**
 * Where each device asserted it is installed (onboarding records devices, not locations, so the
 * network supplies this lookup: a ledger, a database, a location proof's result).
 *
 * {@snippet :
 * GeoPoint at = locations.locationOrNull(deviceId);   // null if the device asserted none
 * }
 *
 * <p>Implementations are thread-safe.
 *
 * @since 0.1.0
 */
public interface AssertedLocations {
  /**
   * Returns a device's asserted location.
   *
   * @param device the device
   * @return the location, or null if it asserted none
   */
  @Nullable GeoPoint locationOrNull(DeviceId device);
}
