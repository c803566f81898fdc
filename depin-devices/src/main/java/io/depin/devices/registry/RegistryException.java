package io.depin.devices.registry;

import java.util.Objects;

/**
 * Thrown when a registry refuses a lookup or a change. Refusal is a normal outcome for statements
 * from the network, so the exception is checked; {@link #reason()} names the rule.
 *
 * {@snippet :
 * try {
 *   DeviceState device = registry.lookup(id);
 * } catch (RegistryException e) {
 *   if (e.reason() == RegistryException.Reason.DEVICE_REVOKED) {
 *     // drop the device's proofs
 *   }
 * }
 * }
 *
 * @since 0.1.0
 */
public final class RegistryException extends Exception {
  private static final long serialVersionUID = 1L;

  /** Why a lookup or change was refused. */
  public enum Reason {
    /** No device with this id or current key was onboarded. */
    UNKNOWN_DEVICE,
    /** The device was revoked. */
    DEVICE_REVOKED,
    /** The maker is not registered. */
    UNKNOWN_MAKER,
    /** The maker was revoked; its devices fail closed. */
    MAKER_REVOKED,
    /** The maker is already registered. */
    MAKER_ALREADY_REGISTERED,
    /** The device was onboarded before. */
    ALREADY_ONBOARDED,
    /** The key is, or was, the key of a device in this registry. */
    KEY_IN_USE,
    /** The statement is for another network than the device's. */
    WRONG_NETWORK,
    /**
     * The statement was signed against another point of the device's history than its latest: a
     * concurrent change won, or the statement is a replay.
     */
    STALE_SEQUENCE,
    /** The transfer's old owner is not the device's owner. */
    NOT_OWNER,
    /** The rotation's old key is not the device's current key. */
    NOT_CURRENT_KEY,
    /** The old owner's signature on a transfer does not verify. */
    WRONG_OLD_OWNER_SIGNATURE,
    /** The new owner's signature on a transfer does not verify. */
    WRONG_NEW_OWNER_SIGNATURE,
    /** The old key's endorsement of a rotation does not verify. */
    WRONG_OLD_KEY_SIGNATURE,
    /** The new key's signature on a rotation does not verify. */
    WRONG_NEW_KEY_SIGNATURE,
    /** A history does not replay: it does not start with an onboarding or is out of sequence. */
    INVALID_HISTORY
  }

  /** Why the lookup or change was refused. */
  private final Reason reason;

  /**
   * Creates an exception.
   *
   * @param reason why the lookup or change was refused
   * @param message a description for people
   */
  public RegistryException(Reason reason, String message) {
    super(message);
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /** {@return why the lookup or change was refused} */
  public Reason reason() {
    return reason;
  }
}
