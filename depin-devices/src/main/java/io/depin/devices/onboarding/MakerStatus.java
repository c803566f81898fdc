package io.depin.devices.onboarding;

/**
 * The standing of a maker in a registry.
 *
 * {@snippet :
 * if (state.makerStatus(MakerId.of(makerKey)) != MakerStatus.ACTIVE) {
 *   // refuse the maker's devices
 * }
 * }
 *
 * @since 0.1.0
 */
public enum MakerStatus {
  /** The maker was never registered. */
  UNKNOWN,
  /** The maker is registered and may issue devices. */
  ACTIVE,
  /** The maker was revoked: it issues no more devices, and its devices fail closed. */
  REVOKED
}
