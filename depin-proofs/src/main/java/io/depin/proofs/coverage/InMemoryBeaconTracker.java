package io.depin.proofs.coverage;

import io.depin.devices.DeviceId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A {@link BeaconTracker} in memory: the earliest and the latest recorded beacon of each device
 * (two instants per device, whatever the number of beacons).
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
  /** The earliest and the latest recorded beacon of a device; every recorded one lies between. */
  private record Span(Instant first, Instant last) {}

  private final ConcurrentMap<DeviceId, Span> spans = new ConcurrentHashMap<>();

  /** Creates an empty tracker. */
  public InMemoryBeaconTracker() {}

  @Override
  public boolean tryRecord(DeviceId device, Instant at, Duration minInterval) {
    Objects.requireNonNull(device, "device");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(minInterval, "minInterval");
    boolean[] recorded = {false};
    spans.compute(device, (id, span) -> {
      if (span == null) {
        recorded[0] = true;
        return new Span(at, at);
      }
      if (Duration.between(span.last(), at).compareTo(minInterval) >= 0) {
        recorded[0] = true;
        return new Span(span.first(), at);
      }
      if (Duration.between(at, span.first()).compareTo(minInterval) >= 0) {
        recorded[0] = true;
        return new Span(at, span.last());
      }
      return span;
    });
    return recorded[0];
  }
}
