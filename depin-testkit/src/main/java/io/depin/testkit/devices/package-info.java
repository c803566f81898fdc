/**
 * Test support for device identity: builders of signed onboarding requests, ownership transfers
 * and key rotations, and {@link io.depin.testkit.devices.DeviceRegistryContractTest}, the contract
 * every {@link io.depin.devices.registry.DeviceRegistry} implementation must pass.
 */
@NullMarked
package io.depin.testkit.devices;

import org.jspecify.annotations.NullMarked;
