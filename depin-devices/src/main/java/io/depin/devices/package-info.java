/**
 * Device identity for hardware vendors and networks.
 *
 * <p>{@link io.depin.devices.DeviceIdentity} and {@link io.depin.devices.DeviceId} name a device;
 * sub-packages hold DIDs, maker certificates, onboarding, the device registry, attestation,
 * hardware-backed signers and Ethereum-compatible device messages.
 */
@NullMarked
package io.depin.devices;

import org.jspecify.annotations.NullMarked;
