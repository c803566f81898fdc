package io.depin.devices.registry;

import io.depin.core.crypto.PublicKey;
import io.depin.devices.DeviceId;
import io.depin.devices.MakerId;
import io.depin.devices.onboarding.MakerStatus;
import io.depin.devices.onboarding.OnboardingRecord;
import io.depin.devices.registry.RegistryException.Reason;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * A {@link DeviceRegistry} held in memory, for tests, simulations and single-process networks.
 *
 * {@snippet :
 * DeviceRegistry registry = new InMemoryDeviceRegistry();
 * MakerId maker = registry.registerMaker(makerKey.publicKey());
 * }
 *
 * <p>Thread-safe: reads share a lock, changes take it exclusively, so each change checks and
 * appends atomically.
 *
 * @since 0.1.0
 */
public final class InMemoryDeviceRegistry implements DeviceRegistry {
  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private final Map<MakerId, MakerStatus> makers = new HashMap<>();
  private final Map<MakerId, List<DeviceId>> devicesByMaker = new HashMap<>();
  private final Map<DeviceId, Entry> devices = new HashMap<>();
  private final Map<PublicKey, DeviceId> currentKeys = new HashMap<>();
  private final Set<PublicKey> usedKeys = new HashSet<>();

  /** Creates an empty registry. */
  public InMemoryDeviceRegistry() {}

  private static final class Entry {
    final List<DeviceEvent> history = new ArrayList<>();
    DeviceState state;

    Entry(DeviceState state, DeviceEvent first) {
      this.state = state;
      history.add(first);
    }

    void append(DeviceEvent event, DeviceState next) {
      history.add(event);
      state = next;
    }
  }

  @Override
  public MakerId registerMaker(PublicKey makerKey) throws RegistryException {
    MakerId id = MakerId.of(makerKey);
    lock.writeLock().lock();
    try {
      if (makers.containsKey(id)) {
        throw new RegistryException(Reason.MAKER_ALREADY_REGISTERED, "maker " + id + " exists");
      }
      makers.put(id, MakerStatus.ACTIVE);
      devicesByMaker.put(id, new ArrayList<>());
      return id;
    } finally {
      lock.writeLock().unlock();
    }
  }

  @Override
  public void revokeMaker(MakerId maker, String reason) throws RegistryException {
    lock.writeLock().lock();
    try {
      requireActiveMaker(maker);
      makers.put(maker, MakerStatus.REVOKED);
      // requireActiveMaker: the maker is registered, so it has a device list; each listed device
      // has an entry.
      for (DeviceId id : Objects.requireNonNull(devicesByMaker.get(maker), "devices of maker")) {
        Entry entry = Objects.requireNonNull(devices.get(id), "device entry");
        DeviceEvent event = new DeviceEvent.MakerRevoked(entry.state.sequence(), maker, reason);
        entry.append(event, entry.state.apply(event));
      }
    } finally {
      lock.writeLock().unlock();
    }
  }

  @Override
  public MakerStatus makerStatus(MakerId maker) {
    lock.readLock().lock();
    try {
      return makers.getOrDefault(maker, MakerStatus.UNKNOWN);
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public boolean isOnboarded(DeviceId device) {
    lock.readLock().lock();
    try {
      return devices.containsKey(device);
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public DeviceState recordOnboarding(OnboardingRecord record) throws RegistryException {
    DeviceId id = record.device().id();
    PublicKey key = record.device().publicKey();
    lock.writeLock().lock();
    try {
      requireActiveMaker(record.maker());
      if (devices.containsKey(id)) {
        throw new RegistryException(Reason.ALREADY_ONBOARDED, "device " + id + " is onboarded");
      }
      if (usedKeys.contains(key)) {
        throw new RegistryException(Reason.KEY_IN_USE, "the device key belongs to another device");
      }
      DeviceState state = DeviceState.onboarded(record);
      devices.put(id, new Entry(state, new DeviceEvent.Onboarded(0, record)));
      Objects.requireNonNull(devicesByMaker.get(record.maker()), "devices of maker").add(id);
      currentKeys.put(key, id);
      usedKeys.add(key);
      return state;
    } finally {
      lock.writeLock().unlock();
    }
  }

  @Override
  public DeviceState transferOwnership(OwnershipTransfer transfer) throws RegistryException {
    lock.writeLock().lock();
    try {
      Entry entry = entry(transfer.claim().device());
      DeviceEvent event = new DeviceEvent.OwnershipTransferred(entry.state.sequence(), transfer);
      DeviceState next = entry.state.apply(event);
      entry.append(event, next);
      return next;
    } finally {
      lock.writeLock().unlock();
    }
  }

  @Override
  public DeviceState rotateKey(KeyRotation rotation) throws RegistryException {
    lock.writeLock().lock();
    try {
      Entry entry = entry(rotation.claim().device());
      DeviceEvent event = new DeviceEvent.KeyRotated(entry.state.sequence(), rotation);
      DeviceState next = entry.state.apply(event);
      PublicKey newKey = rotation.claim().newKey();
      if (usedKeys.contains(newKey)) {
        throw new RegistryException(Reason.KEY_IN_USE, "the new key belongs to a device");
      }
      entry.append(event, next);
      currentKeys.remove(rotation.claim().oldKey());
      currentKeys.put(newKey, next.identity().id());
      usedKeys.add(newKey);
      return next;
    } finally {
      lock.writeLock().unlock();
    }
  }

  @Override
  public DeviceState revokeDevice(DeviceId device, String reason) throws RegistryException {
    lock.writeLock().lock();
    try {
      Entry entry = entry(device);
      DeviceEvent event = new DeviceEvent.Revoked(entry.state.sequence(), reason);
      DeviceState next = entry.state.apply(event);
      entry.append(event, next);
      return next;
    } finally {
      lock.writeLock().unlock();
    }
  }

  @Override
  public DeviceState lookup(DeviceId device) throws RegistryException {
    lock.readLock().lock();
    try {
      return activeState(entry(device));
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public DeviceState lookupByKey(PublicKey key) throws RegistryException {
    lock.readLock().lock();
    try {
      DeviceId id = currentKeys.get(key);
      if (id == null) {
        throw new RegistryException(Reason.UNKNOWN_DEVICE, "no device has this key now");
      }
      return activeState(entry(id));
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public List<DeviceEvent> history(DeviceId device) throws RegistryException {
    lock.readLock().lock();
    try {
      return List.copyOf(entry(device).history);
    } finally {
      lock.readLock().unlock();
    }
  }

  private Entry entry(DeviceId device) throws RegistryException {
    Entry entry = devices.get(device);
    if (entry == null) {
      throw new RegistryException(Reason.UNKNOWN_DEVICE, "no device " + device);
    }
    return entry;
  }

  private DeviceState activeState(Entry entry) throws RegistryException {
    DeviceState state = entry.state;
    state.requireActive();
    if (makers.get(state.maker()) != MakerStatus.ACTIVE) {
      throw new RegistryException(Reason.MAKER_REVOKED, "the device's maker is revoked");
    }
    return state;
  }

  private void requireActiveMaker(MakerId maker) throws RegistryException {
    MakerStatus status = makers.getOrDefault(maker, MakerStatus.UNKNOWN);
    switch (status) {
      case UNKNOWN -> throw new RegistryException(Reason.UNKNOWN_MAKER, "unknown maker " + maker);
      case REVOKED -> throw new RegistryException(Reason.MAKER_REVOKED, "revoked maker " + maker);
      case ACTIVE -> { }
    }
  }

  @Override
  public String toString() {
    lock.readLock().lock();
    try {
      return "InMemoryDeviceRegistry[makers=" + makers.size() + ", devices=" + devices.size() + "]";
    } finally {
      lock.readLock().unlock();
    }
  }
}
