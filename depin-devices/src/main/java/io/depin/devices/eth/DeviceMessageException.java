package io.depin.devices.eth;

import java.util.Objects;

/**
 * Thrown when a signed device message is rejected; {@link #code()} says why.
 *
 * {@snippet :
 * try {
 *   verifier.verify(message, signature, deviceAddress);
 * } catch (DeviceMessageException e) {
 *   if (e.code() == DeviceMessageException.Code.NONCE_REPLAYED) {
 *     // a replayed message
 *   }
 * }
 * }
 *
 * @since 0.1.0
 */
public final class DeviceMessageException extends Exception {
  private static final long serialVersionUID = 1L;

  /** Why a message was rejected. */
  public enum Code {
    /** The message's domain names another chain than the verifier expects. */
    CHAIN_ID_MISMATCH,
    /** The message's domain names another verifying contract than the verifier expects. */
    VERIFYING_CONTRACT_MISMATCH,
    /** The message's domain differs from the expected one in its name, version or salt. */
    DOMAIN_MISMATCH,
    /** The signature's {@code s} is in the upper half of the group order (EIP-2). */
    SIGNATURE_MALLEABLE,
    /** The signature's {@code r} or {@code s} is out of range, or no key can be recovered. */
    INVALID_SIGNATURE,
    /** The signature recovers to another address than the expected signer. */
    UNEXPECTED_SIGNER,
    /** The message has no {@code nonce} field, but the verifier tracks nonces. */
    NONCE_MISSING,
    /** The signer has already used this nonce. */
    NONCE_REPLAYED,
    /** The nonce is too far below the highest one seen from this signer. */
    NONCE_OUT_OF_WINDOW
  }

  /** Why the message was rejected. */
  private final Code code;

  /**
   * Creates an exception.
   *
   * @param code why the message was rejected
   * @param message a description for people
   */
  public DeviceMessageException(Code code, String message) {
    super(message);
    this.code = Objects.requireNonNull(code, "code");
  }

  /** {@return why the message was rejected} */
  public Code code() {
    return code;
  }
}
