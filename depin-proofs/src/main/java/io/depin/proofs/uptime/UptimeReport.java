package io.depin.proofs.uptime;

import io.depin.core.time.Epoch;
import io.depin.devices.DeviceId;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What {@link UptimeCounter#count} found for one epoch: each device that sent a verified
 * heartbeat, in device-id order.
 *
 * {@snippet :
 * UptimeReport report = counter.count(epoch, heartbeats);
 * List<DeviceId> paid = report.qualifying();
 * }
 *
 * @param epoch the epoch counted
 * @param required the minimum number of buckets for the epoch
 * @param devices each device's uptime, keyed and ordered by device id
 * @since 0.1.0
 */
public record UptimeReport(Epoch epoch, int required, SortedMap<DeviceId, DeviceUptime> devices) {
  /** Copies the map (unmodifiable) and checks that no component is null. */
  public UptimeReport {
    Objects.requireNonNull(epoch, "epoch");
    devices = Collections.unmodifiableSortedMap(new TreeMap<>(devices));
  }

  /**
   * Returns one device's uptime.
   *
   * @param device the device
   * @return its uptime, or empty if it sent no verified heartbeat
   */
  public Optional<DeviceUptime> device(DeviceId device) {
    return Optional.ofNullable(devices.get(device));
  }

  /** {@return the devices that reached the minimum, in id order} */
  public List<DeviceId> qualifying() {
    return devices.values().stream()
        .filter(DeviceUptime::qualifies)
        .map(DeviceUptime::device)
        .toList();
  }

  /** {@return every device's number of distinct buckets, in id order} */
  public Map<DeviceId, Integer> bucketCounts() {
    Map<DeviceId, Integer> counts = new TreeMap<>();
    devices.forEach((id, uptime) -> counts.put(id, uptime.buckets().size()));
    return Collections.unmodifiableMap(counts);
  }
}
