package io.depin.devices.registry;

import io.depin.core.crypto.PublicKey;
import io.depin.devices.DeviceId;
import io.depin.devices.MakerId;
import io.depin.devices.onboarding.OnboardingRecord;
import io.depin.devices.onboarding.OnboardingState;
import java.util.List;

/**
 * The record of a network's makers and devices (SPI). An in-memory implementation is {@link
 * InMemoryDeviceRegistry}; durable ones implement the same contract, which the test kit's {@code
 * DeviceRegistryContractTest} checks.
 *
 * <p>Rules every implementation keeps:
 *
 * <ul>
 *   <li>Lookups fail closed: an unknown device, a revoked one, or one whose maker is revoked is a
 *       {@link RegistryException}, never a default or {@code null}.
 *   <li>Every change appends one {@link DeviceEvent} to the device's history, with its signed
 *       statement; histories are never rewritten, and {@link DeviceState#replay(List)} of a
 *       history equals the state {@link #lookup(DeviceId)} returns.
 *   <li>Changes are verified with {@link DeviceState#apply(DeviceEvent)} and are atomic: of two
 *       changes signed against the same {@link DeviceState#sequence()}, exactly one succeeds and
 *       the other fails with {@link RegistryException.Reason#STALE_SEQUENCE}.
 *   <li>A key belongs to at most one device, ever: a key used by any device (now or before a
 *       rotation) cannot be onboarded or rotated to again.
 * </ul>
 *
 * {@snippet :
 * DeviceRegistry registry = new InMemoryDeviceRegistry();
 * registry.registerMaker(makerKey.publicKey());
 * DeviceState device = registry.recordOnboarding(verifier.verify(request));
 * DeviceState sold = registry.transferOwnership(OwnershipTransfer.sign(claim, seller, buyer));
 * }
 *
 * <p>Implementations are thread-safe.
 *
 * @since 0.1.0
 */
public interface DeviceRegistry extends OnboardingState {
  /**
   * Registers a maker, whose devices may then be onboarded.
   *
   * @param makerKey the maker's public key
   * @return the maker's id
   * @throws RegistryException with {@link RegistryException.Reason#MAKER_ALREADY_REGISTERED} if
   *     the maker is registered, also if it was revoked since
   */
  MakerId registerMaker(PublicKey makerKey) throws RegistryException;

  /**
   * Revokes a maker: it issues no more devices, and every device it made fails closed from now on.
   * Each of those devices gets a {@link DeviceEvent.MakerRevoked} event.
   *
   * @param maker the maker
   * @param reason why, for people
   * @throws RegistryException with {@link RegistryException.Reason#UNKNOWN_MAKER} or {@link
   *     RegistryException.Reason#MAKER_REVOKED} if it is already revoked
   */
  void revokeMaker(MakerId maker, String reason) throws RegistryException;

  /**
   * Records a verified onboarding.
   *
   * @param record the record from an {@code OnboardingVerifier}
   * @return the device's state, active, with sequence 1
   * @throws RegistryException with {@link RegistryException.Reason#UNKNOWN_MAKER}, {@link
   *     RegistryException.Reason#MAKER_REVOKED}, {@link RegistryException.Reason#ALREADY_ONBOARDED}
   *     or {@link RegistryException.Reason#KEY_IN_USE}
   */
  DeviceState recordOnboarding(OnboardingRecord record) throws RegistryException;

  /**
   * Transfers a device to a new owner, after verifying both owners' signatures.
   *
   * @param transfer the signed transfer
   * @return the device's new state
   * @throws RegistryException if the device is unknown or not active, or {@link
   *     DeviceState#apply(DeviceEvent)} refuses the transfer
   */
  DeviceState transferOwnership(OwnershipTransfer transfer) throws RegistryException;

  /**
   * Replaces a device's key, after verifying the old key's endorsement and the new key's signature.
   * The device id and history stay.
   *
   * @param rotation the signed rotation
   * @return the device's new state
   * @throws RegistryException if the device is unknown or not active, {@link
   *     DeviceState#apply(DeviceEvent)} refuses the rotation, or the new key is in use ({@link
   *     RegistryException.Reason#KEY_IN_USE})
   */
  DeviceState rotateKey(KeyRotation rotation) throws RegistryException;

  /**
   * Revokes a device.
   *
   * @param device the device
   * @param reason why, for people
   * @return the device's final state
   * @throws RegistryException if the device is unknown, already revoked, or its maker is revoked
   */
  DeviceState revokeDevice(DeviceId device, String reason) throws RegistryException;

  /**
   * Returns the state of an active device.
   *
   * @param device the device
   * @return its state, always {@link DeviceStatus#ACTIVE}
   * @throws RegistryException with {@link RegistryException.Reason#UNKNOWN_DEVICE}, {@link
   *     RegistryException.Reason#DEVICE_REVOKED} or {@link RegistryException.Reason#MAKER_REVOKED}
   */
  DeviceState lookup(DeviceId device) throws RegistryException;

  /**
   * Returns the state of the active device whose current key is {@code key}. A key replaced by a
   * rotation finds nothing.
   *
   * @param key the device's current key
   * @return its state, always {@link DeviceStatus#ACTIVE}
   * @throws RegistryException as {@link #lookup(DeviceId)} does
   */
  DeviceState lookupByKey(PublicKey key) throws RegistryException;

  /**
   * Returns a device's history, also for a revoked device, for audit.
   *
   * @param device the device
   * @return an immutable copy of the events, oldest first
   * @throws RegistryException with {@link RegistryException.Reason#UNKNOWN_DEVICE}
   */
  List<DeviceEvent> history(DeviceId device) throws RegistryException;
}
