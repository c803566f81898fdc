package io.depin.devices.cert;

import java.util.Objects;

/**
 * Thrown when a device certificate does not chain to a maker's CA certificate.
 *
 * <p>Rejection is a normal outcome for certificates received from the network, so this exception
 * is checked and carries a {@link Reason} to branch on.
 *
 * {@snippet :
 * try {
 *   CertificateValidator.validate(device, makerCa, clock.instant());
 * } catch (CertificateValidationException e) {
 *   if (e.reason() == CertificateValidationException.Reason.EXPIRED) {
 *     // ask the device to renew its certificate
 *   }
 * }
 * }
 *
 * @since 0.1.0
 */
public final class CertificateValidationException extends Exception {
  private static final long serialVersionUID = 1L;

  /** Why validation failed. */
  public enum Reason {
    /** The device or CA certificate's validity period ended before the validation time. */
    EXPIRED,
    /** The device or CA certificate's validity period starts after the validation time. */
    NOT_YET_VALID,
    /** The signature is malformed, made with an algorithm that does not fit the CA key, or false. */
    BAD_SIGNATURE,
    /** The certificate names another issuer, issuer key or maker than the CA certificate. */
    WRONG_ISSUER,
    /** The CA certificate is not marked as a CA by basicConstraints. */
    NOT_A_CA,
    /** The device certificate is itself a CA, which the maker CA's path length 0 forbids. */
    PATH_LENGTH_EXCEEDED,
    /** The CA may not sign certificates (keyCertSign), or the device key may not sign (digitalSignature). */
    KEY_USAGE,
    /** The signature algorithm is not ecdsa-with-SHA256 or Ed25519 without parameters. */
    UNSUPPORTED_ALGORITHM,
    /** A device id or maker id is missing or malformed, or an unknown extension is critical. */
    MALFORMED
  }

  /** Why validation failed. */
  private final Reason reason;

  /**
   * Creates an exception.
   *
   * @param reason why validation failed
   * @param message a description for people
   */
  public CertificateValidationException(Reason reason, String message) {
    super(message);
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /** {@return why validation failed} */
  public Reason reason() {
    return reason;
  }
}
