package io.depin.devices.registry;

/**
 * Whether a device may act in the network.
 *
 * {@snippet :
 * DeviceState replayed = DeviceState.replay(registry.history(id));
 * boolean usable = replayed.status() == DeviceStatus.ACTIVE;
 * }
 *
 * @since 0.1.0
 */
public enum DeviceStatus {
  /** The device and its maker are in good standing. */
  ACTIVE,
  /** The device itself was revoked. */
  REVOKED,
  /** The device's maker was revoked. */
  MAKER_REVOKED
}
