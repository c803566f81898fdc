package io.depin.proofs.coverage;

import io.depin.devices.DeviceId;
import java.time.Duration;
import java.time.Instant;

/**
 * Remembers when each device last beaconed, so a device beacons at most once per interval.
 *
 * {@snippet :
 * if (!tracker.tryRecord(beaconer, beaconTimestamp, rules.minBeaconInterval())) {
 *   // too soon after the device's previous beacon
 * }
 * }
 *
 * <p>Implementations are thread-safe and make {@link #tryRecord} atomic per device.
 *
 * @since 0.1.0
 */
public interface BeaconTracker {
  /**
   * Records a beacon unless it is closer than {@code minInterval} to the device's last recorded
   * beacon, before or after it.
   *
   * @param device the beaconer
   * @param at the beacon's timestamp
   * @param minInterval the least time between two beacons
   * @return true if recorded, false if too close to the last one (nothing recorded)
   */
  boolean tryRecord(DeviceId device, Instant at, Duration minInterval);
}
