/**
 * The device registry: makers, onboarded devices, ownership, key rotation and revocation, each
 * change kept in an append-only, signed history per device.
 *
 * <p>{@link io.depin.devices.registry.DeviceRegistry} is the SPI; {@link
 * io.depin.devices.registry.InMemoryDeviceRegistry} is the thread-safe in-memory implementation.
 * Lookups fail closed: an unknown or revoked device, or one whose maker is revoked, is a {@link
 * io.depin.devices.registry.RegistryException}, never a default.
 */
@NullMarked
package io.depin.devices.registry;

import org.jspecify.annotations.NullMarked;
