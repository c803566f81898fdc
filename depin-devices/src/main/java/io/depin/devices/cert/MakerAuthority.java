package io.depin.devices.cert;

import io.depin.core.crypto.CryptoException;
import io.depin.core.crypto.PublicKey;
import io.depin.core.crypto.Signer;
import io.depin.devices.DeviceIdentity;
import io.depin.devices.MakerId;
import io.depin.devices.cert.internal.X509Builder;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.KeyUsage;

/**
 * A maker's certificate authority: the maker's {@link Signer} and its self-signed CA certificate,
 * issuing device certificates.
 *
 * <p>The CA certificate has basicConstraints cA with path length 0, keyUsage keyCertSign and
 * cRLSign, and a subject key id; device certificates have basicConstraints end entity, keyUsage
 * digitalSignature, the device id as subject common name (64 hex digits) and as the URI {@code
 * urn:depin:device:0x…}, and the {@link MakerId} as the URI {@code urn:depin:maker:0x…}.
 * Certificates are signed through {@link Signer#sign}: with ecdsa-with-SHA256 by a P-256 or
 * secp256k1 maker key, with Ed25519 by an Ed25519 one, so the key may live in an HSM. Validity
 * starts at the injected clock's time (whole seconds); serial numbers are 127-bit random numbers.
 *
 * {@snippet :
 * MakerAuthority maker = MakerAuthority.create(
 *     hsmSigner, "Acme Sensors CA", Duration.ofDays(3650), clock, new SecureRandom());
 * String caPem = maker.caCertificate().toPem();   // publish it
 * DeviceCertificate cert = maker.issue(DeviceIdentity.of(devicePublicKey), Duration.ofDays(825));
 * }
 *
 * <p>Thread-safe if the signer is.
 *
 * @since 0.1.0
 */
public final class MakerAuthority {
  private static final int MAX_NAME_LENGTH = 64;

  private final Signer signer;
  private final Certificate caCertificate;
  private final X500Name caName;
  private final MakerId makerId;
  private final Clock clock;
  private final SecureRandom random;

  private MakerAuthority(Signer signer, Certificate caCertificate, Clock clock, SecureRandom random) {
    this.signer = signer;
    this.caCertificate = caCertificate;
    this.caName = X500Name.getInstance(caCertificate.fields().subject().toByteArray());
    this.makerId = MakerId.of(signer.publicKey());
    this.clock = clock;
    this.random = random;
  }

  /**
   * Creates a maker authority with a new self-signed CA certificate.
   *
   * @param signer the maker's key
   * @param name the CA's common name, 1 to 64 characters
   * @param validity how long the CA certificate is valid, at least one second
   * @param clock the clock that dates certificates
   * @param random the source of serial numbers
   * @return the authority
   * @throws CryptoException if the signer fails
   * @throws IllegalArgumentException if the name or validity is out of range
   */
  public static MakerAuthority create(
      Signer signer, String name, Duration validity, Clock clock, SecureRandom random)
      throws CryptoException {
    if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
      throw new IllegalArgumentException("a CA name has 1 to 64 characters");
    }
    Instant notBefore = start(clock);
    Instant notAfter = end(notBefore, validity);
    X500Name subject = X509Builder.commonName(name);
    PublicKey key = signer.publicKey();
    byte[] der =
        X509Builder.certificate(
            signer,
            subject,
            X509Builder.serial(random),
            notBefore,
            notAfter,
            subject,
            key,
            X509Builder.caExtensions(key));
    return new MakerAuthority(signer, Certificate.fromDer(der), clock, random);
  }

  /**
   * Restores a maker authority from its key and an existing CA certificate.
   *
   * @param signer the maker's key
   * @param caCertificate the CA certificate of that key
   * @param clock the clock that dates certificates
   * @param random the source of serial numbers
   * @return the authority
   * @throws IllegalArgumentException if the certificate is not a CA certificate with keyCertSign
   *     for the signer's key
   */
  public static MakerAuthority of(
      Signer signer, Certificate caCertificate, Clock clock, SecureRandom random) {
    if (!caCertificate.publicKey().equals(signer.publicKey())) {
      throw new IllegalArgumentException("the CA certificate is for another key than the signer's");
    }
    if (!caCertificate.isCa()
        || (caCertificate.fields().keyUsage() & KeyUsage.keyCertSign) == 0) {
      throw new IllegalArgumentException("the certificate is not a CA certificate with keyCertSign");
    }
    return new MakerAuthority(
        signer, caCertificate, Objects.requireNonNull(clock), Objects.requireNonNull(random));
  }

  /**
   * Issues a certificate for a device's id and key.
   *
   * @param device the device's id and the key to certify
   * @param validity how long the certificate is valid, at least one second; it is not cut to the
   *     CA's own validity, which validation checks separately
   * @return the certificate
   * @throws CryptoException if the signer fails
   */
  public DeviceCertificate issue(DeviceIdentity device, Duration validity) throws CryptoException {
    Instant notBefore = start(clock);
    Instant notAfter = end(notBefore, validity);
    PublicKey deviceKey = device.publicKey();
    byte[] der =
        X509Builder.certificate(
            signer,
            caName,
            X509Builder.serial(random),
            notBefore,
            notAfter,
            X509Builder.commonName(device.id().value().toHex()),
            deviceKey,
            X509Builder.deviceExtensions(deviceKey, device.id(), signer.publicKey(), makerId));
    return new DeviceCertificate(Certificate.fromDer(der), device.id(), makerId);
  }

  /**
   * Issues a certificate for the id and key in a device's request, whose self-signature was
   * verified when it was created or decoded.
   *
   * @param request the device's request
   * @param validity how long the certificate is valid, at least one second
   * @return the certificate
   * @throws CryptoException if the signer fails
   */
  public DeviceCertificate issue(DeviceCsr request, Duration validity) throws CryptoException {
    return issue(request.identity(), validity);
  }

  /** {@return the self-signed CA certificate, to publish to verifiers} */
  public Certificate caCertificate() {
    return caCertificate;
  }

  /** {@return the maker's id, derived from its public key} */
  public MakerId makerId() {
    return makerId;
  }

  /** {@return the maker's public key} */
  public PublicKey publicKey() {
    return signer.publicKey();
  }

  private static Instant start(Clock clock) {
    return clock.instant().truncatedTo(ChronoUnit.SECONDS);
  }

  private static Instant end(Instant notBefore, Duration validity) {
    if (validity.compareTo(Duration.ofSeconds(1)) < 0) {
      throw new IllegalArgumentException("validity must be at least one second: " + validity);
    }
    return notBefore.plus(validity.truncatedTo(ChronoUnit.SECONDS));
  }

  /** {@return the maker id and the CA subject; never the key} */
  @Override
  public String toString() {
    return "MakerAuthority[" + makerId + ", " + caCertificate.subject() + "]";
  }
}
