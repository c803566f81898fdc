package io.depin.devices.onboarding;

import java.util.Objects;

/**
 * Thrown when an onboarding request is rejected. Rejection of network input is a normal outcome,
 * so the exception is checked; {@link #reason()} names the one rule that failed.
 *
 * {@snippet :
 * try {
 *   OnboardingRecord record = verifier.verify(untrustedJson);
 *   registry.recordOnboarding(record);
 * } catch (OnboardingException e) {
 *   respond(400, e.reason().name());
 * }
 * }
 *
 * @since 0.1.0
 */
public final class OnboardingException extends Exception {
  private static final long serialVersionUID = 1L;

  /** Why a request was rejected. */
  public enum Reason {
    /** The request does not decode: bad JSON, a missing member, an invalid key or size. */
    MALFORMED,
    /** The request is for another network than the verifier's. */
    WRONG_NETWORK,
    /** The request's timestamp is outside the freshness window, in the past or the future. */
    EXPIRED,
    /** The maker's key is not registered. */
    UNKNOWN_MAKER,
    /** The maker was revoked. */
    MAKER_REVOKED,
    /** The device signature is not the device key's signature over the claim. */
    WRONG_DEVICE_SIGNATURE,
    /** The maker signature is not the maker key's countersignature. */
    WRONG_MAKER_SIGNATURE,
    /** The owner signature is not the owner key's signature over the claim. */
    WRONG_OWNER_SIGNATURE,
    /** The device was onboarded before. */
    ALREADY_ONBOARDED,
    /** The request's nonce was seen before. */
    REPLAYED
  }

  /** Why the request was rejected. */
  private final Reason reason;

  /**
   * Creates an exception.
   *
   * @param reason why the request was rejected
   * @param message a description for people
   */
  public OnboardingException(Reason reason, String message) {
    super(message);
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /** {@return why the request was rejected} */
  public Reason reason() {
    return reason;
  }
}
