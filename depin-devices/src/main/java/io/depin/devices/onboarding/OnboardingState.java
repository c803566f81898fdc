package io.depin.devices.onboarding;

import io.depin.devices.DeviceId;
import io.depin.devices.MakerId;

/**
 * What an {@link OnboardingVerifier} asks of the network's records: the standing of makers and
 * whether a device was onboarded before. A {@code DeviceRegistry} provides both.
 *
 * {@snippet :
 * OnboardingVerifier verifier = OnboardingVerifier.builder()
 *     .clock(clock).network(network).freshnessWindow(Duration.ofMinutes(5))
 *     .state(registry)      // a DeviceRegistry is an OnboardingState
 *     .build();
 * }
 *
 * <p>Implementations are thread-safe.
 *
 * @since 0.1.0
 */
public interface OnboardingState {
  /**
   * Returns the standing of a maker.
   *
   * @param maker the maker
   * @return its status; {@link MakerStatus#UNKNOWN} if never registered
   */
  MakerStatus makerStatus(MakerId maker);

  /**
   * Tells whether a device was ever onboarded, whatever its status now.
   *
   * @param device the device
   * @return true if it was onboarded before, also if it was revoked since
   */
  boolean isOnboarded(DeviceId device);
}
