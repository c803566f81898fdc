package io.depin.devices.registry;

import io.depin.devices.MakerId;
import io.depin.devices.onboarding.OnboardingRecord;
import java.util.Objects;

/**
 * One entry of a device's append-only history. Entry {@code n} has {@link #sequence()} {@code n};
 * entry 0 is always {@link Onboarded}. Signed changes keep their signed statements, so the history
 * can be audited and replayed ({@link DeviceState#replay(java.util.List)}).
 *
 * {@snippet :
 * for (DeviceEvent event : registry.history(id)) {
 *   switch (event) {
 *     case DeviceEvent.Onboarded o -> audit(o.record().request());
 *     case DeviceEvent.OwnershipTransferred t -> audit(t.transfer());
 *     case DeviceEvent.KeyRotated r -> audit(r.rotation());
 *     case DeviceEvent.Revoked r -> audit(r.reason());
 *     case DeviceEvent.MakerRevoked m -> audit(m.maker());
 *   }
 * }
 * }
 *
 * @since 0.1.0
 */
public sealed interface DeviceEvent {
  /** {@return the position of this event in the device's history, from 0} */
  long sequence();

  /**
   * The device joined the network.
   *
   * @param sequence always 0
   * @param record the verified onboarding, with its signed request
   */
  record Onboarded(long sequence, OnboardingRecord record) implements DeviceEvent {
    /** Checks the record is present and the sequence is 0. */
    public Onboarded {
      Objects.requireNonNull(record, "record");
      if (sequence != 0) {
        throw new IllegalArgumentException("onboarding is always event 0");
      }
    }
  }

  /**
   * The device changed owner.
   *
   * @param sequence the position in the history
   * @param transfer the transfer signed by both owners
   */
  record OwnershipTransferred(long sequence, OwnershipTransfer transfer) implements DeviceEvent {
    /** Checks the transfer is present. */
    public OwnershipTransferred {
      Objects.requireNonNull(transfer, "transfer");
    }
  }

  /**
   * The device's key was replaced; its id stays.
   *
   * @param sequence the position in the history
   * @param rotation the rotation signed by the old and the new key
   */
  record KeyRotated(long sequence, KeyRotation rotation) implements DeviceEvent {
    /** Checks the rotation is present. */
    public KeyRotated {
      Objects.requireNonNull(rotation, "rotation");
    }
  }

  /**
   * The device was revoked by the registry's operator.
   *
   * @param sequence the position in the history
   * @param reason why, for people
   */
  record Revoked(long sequence, String reason) implements DeviceEvent {
    /** Checks the reason is present. */
    public Revoked {
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * The device's maker was revoked, so the device fails closed.
   *
   * @param sequence the position in the history
   * @param maker the revoked maker
   * @param reason why, for people
   */
  record MakerRevoked(long sequence, MakerId maker, String reason) implements DeviceEvent {
    /** Checks every part is present. */
    public MakerRevoked {
      Objects.requireNonNull(maker, "maker");
      Objects.requireNonNull(reason, "reason");
    }
  }
}
