package io.depin.devices.cert.internal;

import io.depin.core.bytes.Bytes;
import io.depin.core.crypto.PublicKey;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The fields of a decoded X.509 v3 certificate that validation needs.
 *
 * @param der the whole certificate
 * @param tbs the signed part, TBSCertificate
 * @param signatureAlgorithm the signature algorithm (outer and inner are equal)
 * @param signatureValue the content of the signature BIT STRING
 * @param serialNumber the serial number's two's-complement bytes
 * @param issuer the issuer name's DER
 * @param issuerText the issuer name as RFC 4514 text
 * @param subject the subject name's DER
 * @param subjectText the subject name as RFC 4514 text
 * @param notBefore the start of the validity period
 * @param notAfter the end of the validity period, inclusive
 * @param publicKey the subject's key
 * @param basicConstraints whether the basicConstraints extension is present
 * @param ca basicConstraints cA
 * @param pathLength basicConstraints pathLenConstraint, or -1 if absent
 * @param keyUsage the keyUsage bits ({@code KeyUsage} constants), or -1 if the extension is absent
 * @param subjectKeyId the subject key identifier, if present
 * @param authorityKeyId the authority key identifier's keyIdentifier, if present
 * @param uris the subjectAltName URIs
 * @param unknownCriticalExtension whether a critical extension this SDK does not process is present
 */
public record CertificateFields(
    Bytes der,
    Bytes tbs,
    SignatureAlgorithm signatureAlgorithm,
    Bytes signatureValue,
    Bytes serialNumber,
    Bytes issuer,
    String issuerText,
    Bytes subject,
    String subjectText,
    Instant notBefore,
    Instant notAfter,
    PublicKey publicKey,
    boolean basicConstraints,
    boolean ca,
    int pathLength,
    int keyUsage,
    @Nullable Bytes subjectKeyId,
    @Nullable Bytes authorityKeyId,
    List<String> uris,
    boolean unknownCriticalExtension) {
  /** Copies the URI list. */
  public CertificateFields {
    uris = List.copyOf(uris);
  }
}
