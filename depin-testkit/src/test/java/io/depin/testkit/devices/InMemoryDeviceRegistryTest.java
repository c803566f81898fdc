package io.depin.testkit.devices;

import io.depin.devices.registry.DeviceRegistry;
import io.depin.devices.registry.InMemoryDeviceRegistry;

class InMemoryDeviceRegistryTest extends DeviceRegistryContractTest {
  @Override
  protected DeviceRegistry newRegistry() {
    return new InMemoryDeviceRegistry();
  }
}
