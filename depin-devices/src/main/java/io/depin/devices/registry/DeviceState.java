package io.depin.devices.registry;

import io.depin.core.crypto.CryptoException;
import io.depin.core.crypto.PublicKey;
import io.depin.core.crypto.Signature;
import io.depin.devices.DeviceIdentity;
import io.depin.devices.MakerId;
import io.depin.devices.onboarding.NetworkId;
import io.depin.devices.onboarding.OnboardingRecord;
import io.depin.devices.registry.RegistryException.Reason;
import java.util.List;
import java.util.Objects;

/**
 * The current state of a device: who it is, who made it, who owns it, in which network, its
 * status, and how many events its history holds.
 *
 * <p>The state is a function of the history: {@link #replay(List)} folds the events with {@link
 * #apply(DeviceEvent)}, which verifies every signed statement. Registries use the same function to
 * make changes, so a state read from a registry always equals the replay of its history.
 *
 * {@snippet :
 * DeviceState now = registry.lookup(id);
 * DeviceState replayed = DeviceState.replay(registry.history(id));   // equals now
 * }
 *
 * @param identity the device id and current key
 * @param maker the maker that issued the device
 * @param owner the current owner's key
 * @param network the network the device belongs to
 * @param status whether the device may act
 * @param sequence the number of events in the history; the next event gets this number
 * @since 0.1.0
 */
public record DeviceState(
    DeviceIdentity identity,
    MakerId maker,
    PublicKey owner,
    NetworkId network,
    DeviceStatus status,
    long sequence) {
  /**
   * Validates the state.
   *
   * @throws IllegalArgumentException if the sequence is below 1
   */
  public DeviceState {
    Objects.requireNonNull(identity, "identity");
    Objects.requireNonNull(maker, "maker");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(status, "status");
    if (sequence < 1) {
      throw new IllegalArgumentException("a device's history holds at least its onboarding");
    }
  }

  /**
   * Returns the state right after an onboarding.
   *
   * @param record the verified onboarding
   * @return the state, active, with sequence 1
   */
  public static DeviceState onboarded(OnboardingRecord record) {
    return new DeviceState(
        record.device(), record.maker(), record.owner(), record.network(), DeviceStatus.ACTIVE, 1);
  }

  /**
   * Replays a history from its onboarding, verifying every signed statement.
   *
   * @param history the events, in order
   * @return the state after the last event
   * @throws RegistryException with {@link Reason#INVALID_HISTORY} if the history is empty, does
   *     not start with an onboarding or is out of sequence, or the reason a statement is refused
   */
  public static DeviceState replay(List<DeviceEvent> history) throws RegistryException {
    if (history.isEmpty() || !(history.get(0) instanceof DeviceEvent.Onboarded first)) {
      throw new RegistryException(Reason.INVALID_HISTORY, "a history starts with an onboarding");
    }
    DeviceState state = onboarded(first.record());
    for (DeviceEvent event : history.subList(1, history.size())) {
      state = state.apply(event);
    }
    return state;
  }

  /**
   * Returns the state after {@code event}, after checking the event may follow this state.
   *
   * @param event the next event
   * @return the new state
   * @throws RegistryException if the event is out of sequence, the device or maker is revoked
   *     where a live device is needed, a statement is for another network, device, owner, key or
   *     point in the history, or a signature does not verify
   */
  public DeviceState apply(DeviceEvent event) throws RegistryException {
    if (event.sequence() != sequence) {
      throw new RegistryException(
          Reason.INVALID_HISTORY, "event " + event.sequence() + " cannot follow " + sequence);
    }
    return switch (event) {
      case DeviceEvent.Onboarded o ->
          throw new RegistryException(Reason.INVALID_HISTORY, "a device is onboarded only once");
      case DeviceEvent.OwnershipTransferred t -> afterTransfer(t.transfer());
      case DeviceEvent.KeyRotated r -> afterRotation(r.rotation());
      case DeviceEvent.Revoked r -> {
        requireActive();
        yield new DeviceState(identity, maker, owner, network, DeviceStatus.REVOKED, sequence + 1);
      }
      case DeviceEvent.MakerRevoked m -> {
        if (!m.maker().equals(maker)) {
          throw new RegistryException(Reason.INVALID_HISTORY, "another maker's revocation");
        }
        DeviceStatus next = status == DeviceStatus.ACTIVE ? DeviceStatus.MAKER_REVOKED : status;
        yield new DeviceState(identity, maker, owner, network, next, sequence + 1);
      }
    };
  }

  /**
   * Fails unless the device may act.
   *
   * @throws RegistryException with {@link Reason#DEVICE_REVOKED} or {@link Reason#MAKER_REVOKED}
   */
  public void requireActive() throws RegistryException {
    switch (status) {
      case REVOKED -> throw new RegistryException(
          Reason.DEVICE_REVOKED, "device " + identity.id() + " is revoked");
      case MAKER_REVOKED -> throw new RegistryException(
          Reason.MAKER_REVOKED, "the maker of device " + identity.id() + " is revoked");
      case ACTIVE -> { }
    }
  }

  private DeviceState afterTransfer(OwnershipTransfer transfer) throws RegistryException {
    TransferClaim claim = transfer.claim();
    checkStatement(claim.network(), claim.device().equals(identity.id()), claim.sequence());
    if (!claim.oldOwner().equals(owner)) {
      throw new RegistryException(Reason.NOT_OWNER, "the transfer's old owner is not the owner");
    }
    check(claim.oldOwner(), claim.oldOwnerSigningInput(), transfer.oldOwnerSignature(),
        Reason.WRONG_OLD_OWNER_SIGNATURE);
    check(claim.newOwner(), claim.newOwnerSigningInput(), transfer.newOwnerSignature(),
        Reason.WRONG_NEW_OWNER_SIGNATURE);
    return new DeviceState(identity, maker, claim.newOwner(), network, status, sequence + 1);
  }

  private DeviceState afterRotation(KeyRotation rotation) throws RegistryException {
    RotationClaim claim = rotation.claim();
    checkStatement(claim.network(), claim.device().equals(identity.id()), claim.sequence());
    if (!claim.oldKey().equals(identity.publicKey())) {
      throw new RegistryException(Reason.NOT_CURRENT_KEY, "the rotation's old key is not current");
    }
    check(claim.oldKey(), claim.oldKeySigningInput(), rotation.oldKeySignature(),
        Reason.WRONG_OLD_KEY_SIGNATURE);
    check(claim.newKey(), claim.newKeySigningInput(), rotation.newKeySignature(),
        Reason.WRONG_NEW_KEY_SIGNATURE);
    return new DeviceState(
        identity.withRotatedKey(claim.newKey()), maker, owner, network, status, sequence + 1);
  }

  private void checkStatement(NetworkId claimNetwork, boolean sameDevice, long claimSequence)
      throws RegistryException {
    requireActive();
    if (!claimNetwork.equals(network)) {
      throw new RegistryException(
          Reason.WRONG_NETWORK, "the statement is for " + claimNetwork + ", not " + network);
    }
    if (!sameDevice) {
      throw new RegistryException(Reason.UNKNOWN_DEVICE, "the statement is for another device");
    }
    if (claimSequence != sequence) {
      throw new RegistryException(
          Reason.STALE_SEQUENCE,
          "the statement applies after event " + claimSequence + "; the history has " + sequence);
    }
  }

  private static void check(PublicKey key, byte[] input, Signature signature, Reason reason)
      throws RegistryException {
    try {
      key.verify(input, signature);
    } catch (CryptoException e) {
      throw new RegistryException(reason, Objects.requireNonNullElse(e.getMessage(), e.toString()));
    }
  }
}
