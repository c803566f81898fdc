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
   * Records a beacon unless it could end up closer than {@code minInterval} to one of the
   * device's recorded beacons, before or after it: any two recorded beacons of a device are at
   * least {@code minInterval} apart, in whatever order they arrive. A beacon is recorded if it is
   * at least {@code minInterval} after the latest or before the earliest recorded one;
   * implementations may refuse one that falls between recorded beacons even if it is far enough
   * from each (the SDK's does, so it keeps two instants per device).
   *
   * @param device the beaconer
   * @param at the beacon's timestamp
   * @param minInterval the least time between two beacons
   * @return true if recorded, false if too close to the last one (nothing recorded)
   */
  boolean tryRecord(DeviceId device, Instant at, Duration minInterval);
}
