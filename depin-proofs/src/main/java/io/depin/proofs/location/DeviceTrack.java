package io.depin.proofs.location;

import io.depin.devices.DeviceId;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One device's claims as a {@link LocationTrack} judged them, in time order, and the device's
 * trust multiplier.
 *
 * {@snippet :
 * DeviceTrack track = report.get(deviceId);
 * BigDecimal multiplier = track.trustMultiplier();
 * List<ClaimOutcome> implausible = track.rejected();
 * }
 *
 * @param device the device
 * @param outcomes every claim of the device, by timestamp
 * @param trustMultiplier the mean multiplier of the counted claims, rounded down ({@link
 *     java.math.RoundingMode#DOWN}) to {@value LocationTrack#MULTIPLIER_SCALE} decimals, never in
 *     the device's favour; zero if no claim counts
 * @since 0.1.0
 */
public record DeviceTrack(DeviceId device, List<ClaimOutcome> outcomes, BigDecimal trustMultiplier) {
  /** Copies the outcomes. */
  public DeviceTrack {
    Objects.requireNonNull(device, "device");
    outcomes = List.copyOf(outcomes);
    Objects.requireNonNull(trustMultiplier, "trustMultiplier");
  }

  /** {@return the claims that count, by timestamp} */
  public List<ClaimOutcome> counted() {
    return outcomes.stream().filter(ClaimOutcome::counted).toList();
  }

  /** {@return the claims that do not count, by timestamp} */
  public List<ClaimOutcome> rejected() {
    return outcomes.stream().filter(o -> !o.counted()).toList();
  }
}
