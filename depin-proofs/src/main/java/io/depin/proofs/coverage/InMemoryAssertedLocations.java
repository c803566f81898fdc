package io.depin.proofs.coverage;

import io.depin.core.geo.GeoPoint;
import io.depin.devices.DeviceId;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * {@link AssertedLocations} in memory, for tests and single-process networks.
 *
 * {@snippet :
 * InMemoryAssertedLocations locations = new InMemoryAssertedLocations();
 * locations.assertLocation(deviceId, GeoPoint.of(52.5200, 13.4050));
 * }
 *
 * <p>Thread-safe.
 *
 * @since 0.1.0
 */
public final class InMemoryAssertedLocations implements AssertedLocations {
  private final Map<DeviceId, GeoPoint> locations = new ConcurrentHashMap<>();

  /** Creates an empty lookup. */
  public InMemoryAssertedLocations() {}

  /**
   * Records a device's asserted location, replacing any earlier one.
   *
   * @param device the device
   * @param location where it is installed
   */
  public void assertLocation(DeviceId device, GeoPoint location) {
    locations.put(Objects.requireNonNull(device, "device"),
        Objects.requireNonNull(location, "location"));
  }

  @Override
  public @Nullable GeoPoint locationOrNull(DeviceId device) {
    return locations.get(device);
  }
}
