package io.depin.devices.attestation;

import io.depin.devices.cert.CertificateValidationException;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when an {@link AttestationVerifier} rejects a response.
 *
 * <p>Rejection is a normal outcome for device input, so this exception is checked and carries a
 * {@link Reason}; for {@link Reason#CERTIFICATE_INVALID}, {@link #certificateReason()} says why
 * the certificate failed.
 *
 * {@snippet :
 * try {
 *   verifier.verify(response, makerCa);
 * } catch (AttestationException e) {
 *   if (e.reason() == AttestationException.Reason.REPLAYED) {
 *     // flag the device
 *   }
 * }
 * }
 *
 * @since 0.1.0
 */
public final class AttestationException extends Exception {
  private static final long serialVersionUID = 1L;

  /** Why a response was rejected. */
  public enum Reason {
    /** The nonce was not issued by this verifier, or its challenge expired and was forgotten. */
    UNKNOWN_NONCE,
    /** The nonce was already used by an accepted response. */
    REPLAYED,
    /** The challenge expired before the response was verified. */
    CHALLENGE_EXPIRED,
    /** The statement's time is before the challenge was issued or after the verifier's clock. */
    STALE,
    /** The device certificate does not chain to the maker's CA certificate. */
    CERTIFICATE_INVALID,
    /** The statement names another device than the certificate. */
    DEVICE_ID_MISMATCH,
    /** The statement is not signed by the certified key. */
    BAD_SIGNATURE
  }

  /** Why the response was rejected. */
  private final Reason reason;

  /** Why the certificate was rejected, for {@link Reason#CERTIFICATE_INVALID}. */
  private final CertificateValidationException.@Nullable Reason certificateReason;

  /**
   * Creates an exception.
   *
   * @param reason why the response was rejected
   * @param message a description for people
   */
  public AttestationException(Reason reason, String message) {
    super(message);
    this.reason = Objects.requireNonNull(reason, "reason");
    this.certificateReason = null;
  }

  /**
   * Creates an exception for a certificate that failed validation.
   *
   * @param cause the validation failure
   */
  public AttestationException(CertificateValidationException cause) {
    super("the device certificate is invalid: " + cause.getMessage(), cause);
    this.reason = Reason.CERTIFICATE_INVALID;
    this.certificateReason = cause.reason();
  }

  /** {@return why the response was rejected} */
  public Reason reason() {
    return reason;
  }

  /** {@return why the certificate was rejected, present only for CERTIFICATE_INVALID} */
  public Optional<CertificateValidationException.Reason> certificateReason() {
    return Optional.ofNullable(certificateReason);
  }
}
