package io.depin.devices.cert;

import io.depin.core.bytes.Hash32;
import io.depin.core.crypto.CryptoException;
import io.depin.devices.DeviceId;
import io.depin.devices.MakerId;
import io.depin.devices.cert.CertificateValidationException.Reason;
import io.depin.devices.cert.internal.CertificateFields;
import io.depin.devices.cert.internal.DeviceUrns;
import io.depin.devices.cert.internal.SignatureAlgorithm;
import io.depin.devices.cert.internal.X509Signatures;
import java.time.Instant;
import org.bouncycastle.asn1.x509.KeyUsage;

/**
 * Validates the two-level chain maker CA → device certificate at a given time.
 *
 * <p>The maker's CA certificate is the trust anchor: the caller chose it, so its own signature is
 * not checked, but it must be a CA (basicConstraints cA), allowed to sign certificates (keyUsage
 * keyCertSign), within its validity period, and without unknown critical extensions. The device
 * certificate must, in this order:
 *
 * <ol>
 *   <li>name the CA's subject as issuer, the CA's subject key id as authority key id (when both
 *       are present) and the CA's {@link MakerId} in its {@code urn:depin:maker:} URI ({@link
 *       Reason#WRONG_ISSUER}), and carry exactly one {@code urn:depin:device:} URI ({@link
 *       Reason#MALFORMED});
 *   <li>be signed by the CA key with ecdsa-with-SHA256 (P-256, secp256k1; high {@code s} accepted
 *       as in X.509) or Ed25519 ({@link Reason#UNSUPPORTED_ALGORITHM}, {@link
 *       Reason#BAD_SIGNATURE});
 *   <li>be valid at {@code now}, both ends inclusive ({@link Reason#NOT_YET_VALID}, {@link
 *       Reason#EXPIRED});
 *   <li>not be a CA ({@link Reason#PATH_LENGTH_EXCEEDED}), allow digitalSignature and not
 *       keyCertSign ({@link Reason#KEY_USAGE}), and have no unknown critical extension ({@link
 *       Reason#MALFORMED}).
 * </ol>
 *
 * {@snippet :
 * DeviceCertificate cert = CertificateValidator.validate(device, makerCa, clock.instant());
 * DeviceId id = cert.deviceId();
 * }
 *
 * <p>Stateless and thread-safe. Revocation is not checked here.
 *
 * @since 0.1.0
 */
public final class CertificateValidator {
  private CertificateValidator() {}

  /**
   * Validates {@code device} against the maker CA certificate {@code makerCa} at {@code now}.
   *
   * @param device the device certificate, untrusted
   * @param makerCa the maker's CA certificate, trusted
   * @param now the validation time (from an injected clock)
   * @return the validated device certificate
   * @throws CertificateValidationException with the reason of the first failed check
   */
  public static DeviceCertificate validate(Certificate device, Certificate makerCa, Instant now)
      throws CertificateValidationException {
    CertificateFields ca = makerCa.fields();
    CertificateFields leaf = device.fields();
    checkAnchor(ca, now);

    MakerId makerId = MakerId.of(ca.publicKey());
    if (!leaf.issuer().equals(ca.subject())) {
      throw fail(Reason.WRONG_ISSUER, "the issuer is " + leaf.issuerText() + ", not " + ca.subjectText());
    }
    if (ca.subjectKeyId() != null
        && leaf.authorityKeyId() != null
        && !ca.subjectKeyId().equals(leaf.authorityKeyId())) {
      throw fail(Reason.WRONG_ISSUER, "the authority key id is not the maker CA's key id");
    }
    Hash32 maker = DeviceUrns.findOrNull(leaf.uris(), DeviceUrns.MAKER_PREFIX);
    if (maker == null) {
      throw fail(Reason.MALFORMED, "no single well-formed " + DeviceUrns.MAKER_PREFIX + " URI");
    }
    if (!maker.equals(makerId.value())) {
      throw fail(Reason.WRONG_ISSUER, "the certificate names maker " + maker + ", not " + makerId);
    }
    Hash32 deviceId = DeviceUrns.findOrNull(leaf.uris(), DeviceUrns.DEVICE_PREFIX);
    if (deviceId == null) {
      throw fail(Reason.MALFORMED, "no single well-formed " + DeviceUrns.DEVICE_PREFIX + " URI");
    }

    SignatureAlgorithm algorithm = leaf.signatureAlgorithm();
    if (algorithm == SignatureAlgorithm.UNSUPPORTED) {
      throw fail(Reason.UNSUPPORTED_ALGORITHM, "the signature algorithm is not supported");
    }
    if (!algorithm.matches(ca.publicKey().keyType())) {
      throw fail(Reason.BAD_SIGNATURE, "a " + ca.publicKey().keyType() + " CA does not sign " + algorithm);
    }
    try {
      X509Signatures.verify(ca.publicKey(), leaf.tbs().toByteArray(), leaf.signatureValue().toByteArray());
    } catch (CryptoException e) {
      throw fail(Reason.BAD_SIGNATURE, "the signature does not verify: " + e.code());
    }

    checkTime(leaf, now, "device");
    if (leaf.ca()) {
      throw fail(Reason.PATH_LENGTH_EXCEEDED, "a device certificate may not be a CA");
    }
    if (leaf.keyUsage() < 0
        || (leaf.keyUsage() & KeyUsage.digitalSignature) == 0
        || (leaf.keyUsage() & KeyUsage.keyCertSign) != 0) {
      throw fail(Reason.KEY_USAGE, "a device key must allow digitalSignature and not keyCertSign");
    }
    if (leaf.unknownCriticalExtension()) {
      throw fail(Reason.MALFORMED, "the device certificate has an unknown critical extension");
    }
    return new DeviceCertificate(device, new DeviceId(deviceId), makerId);
  }

  private static void checkAnchor(CertificateFields ca, Instant now)
      throws CertificateValidationException {
    if (!ca.basicConstraints() || !ca.ca()) {
      throw fail(Reason.NOT_A_CA, "the maker certificate is not a CA");
    }
    if (ca.keyUsage() < 0 || (ca.keyUsage() & KeyUsage.keyCertSign) == 0) {
      throw fail(Reason.KEY_USAGE, "the maker certificate may not sign certificates");
    }
    if (ca.unknownCriticalExtension()) {
      throw fail(Reason.MALFORMED, "the maker certificate has an unknown critical extension");
    }
    checkTime(ca, now, "maker CA");
  }

  private static void checkTime(CertificateFields fields, Instant now, String which)
      throws CertificateValidationException {
    if (now.isBefore(fields.notBefore())) {
      throw fail(Reason.NOT_YET_VALID, "the " + which + " certificate is valid from " + fields.notBefore());
    }
    if (now.isAfter(fields.notAfter())) {
      throw fail(Reason.EXPIRED, "the " + which + " certificate expired at " + fields.notAfter());
    }
  }

  private static CertificateValidationException fail(Reason reason, String message) {
    return new CertificateValidationException(reason, message);
  }
}
