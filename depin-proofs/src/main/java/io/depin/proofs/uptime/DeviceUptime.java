package io.depin.proofs.uptime;

import io.depin.core.time.Epoch;
import io.depin.devices.DeviceId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One device's uptime in one epoch: the distinct buckets with a counted heartbeat, the minimum,
 * and the heartbeats that did not count.
 *
 * {@snippet :
 * DeviceUptime uptime = report.device(id).orElseThrow();
 * if (uptime.qualifies()) {
 *   rewards.credit(id, uptime.buckets().size());
 * }
 * }
 *
 * @param device the device
 * @param epoch the epoch counted
 * @param buckets the start instants of the distinct buckets, ascending
 * @param required the minimum of the rules in force at the epoch's start
 * @param ignored the heartbeats not counted, in the counter's deterministic order
 * @since 0.1.0
 */
public record DeviceUptime(
    DeviceId device, Epoch epoch, List<Instant> buckets, int required,
    List<IgnoredHeartbeat> ignored) {
  /** Copies the lists and checks that no component is null. */
  public DeviceUptime {
    Objects.requireNonNull(device, "device");
    Objects.requireNonNull(epoch, "epoch");
    buckets = List.copyOf(buckets);
    ignored = List.copyOf(ignored);
  }

  /** {@return whether the device had heartbeats in at least {@link #required()} buckets} */
  public boolean qualifies() {
    return buckets.size() >= required;
  }
}
