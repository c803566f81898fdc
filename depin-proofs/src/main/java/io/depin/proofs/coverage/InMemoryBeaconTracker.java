package io.depin.proofs.coverage;

import io.depin.devices.DeviceId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A {@link BeaconTracker} in memory: the last recorded beacon of each device.
 *
 * {@snippet :
 * BeaconTracker tracker = new InMemoryBeaconTracker();
 * tracker.tryRecord(deviceId, t, Duration.ofHours(6));                  // true
 * tracker.tryRecord(deviceId, t.plusSeconds(60), Duration.ofHours(6));  // false
 * }
 *
 * <p>Thread-safe.
 *
 * @since 0.1.0
 */
public final class InMemoryBeaconTracker implements BeaconTracker {
  private final ConcurrentMap<DeviceId, Instant> last = new ConcurrentHashMap<>();

  /** Creates an empty tracker. */
  public InMemoryBeaconTracker() {}

  @Override
  public boolean tryRecord(DeviceId device, Instant at, Duration minInterval) {
    Objects.requireNonNull(device, "device");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(minInterval, "minInterval");
    boolean[] recorded = {false};
    last.compute(device, (id, previous) -> {
      if (previous == null || Duration.between(previous, at).abs().compareTo(minInterval) >= 0) {
        recorded[0] = true;
        return previous == null || at.isAfter(previous) ? at : previous;
      }
      return previous;
    });
    return recorded[0];
  }
}
