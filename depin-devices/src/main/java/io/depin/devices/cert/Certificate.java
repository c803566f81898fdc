package io.depin.devices.cert;

import io.depin.core.DecodingException;
import io.depin.core.bytes.Bytes;
import io.depin.core.crypto.PublicKey;
import io.depin.core.bytes.Pem;
import io.depin.devices.cert.internal.CertificateFields;
import io.depin.devices.cert.internal.CertificateParser;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An X.509 v3 certificate (RFC 5280) decoded strictly: a maker's CA certificate or a device
 * certificate, not yet validated.
 *
 * <p>Decoding accepts only canonical DER of at most {@value #MAX_DER_BYTES} bytes, version 3,
 * matching inner and outer signature algorithms, and a subject key of a {@link
 * io.depin.core.crypto.KeyType} this SDK supports; anything else is a {@link DecodingException}.
 * Decoding checks no signature and no date: {@link CertificateValidator} does.
 *
 * {@snippet :
 * Certificate ca = Certificate.fromPem(makerCaPem);
 * Certificate device = Certificate.fromDer(receivedDer);
 * DeviceCertificate checked = CertificateValidator.validate(device, ca, clock.instant());
 * }
 *
 * <p>Immutable and thread-safe; two certificates are equal when their DER is.
 *
 * @since 0.1.0
 */
public final class Certificate {
  /** The largest DER encoding accepted. */
  public static final int MAX_DER_BYTES = CertificateParser.MAX_DER_BYTES;

  private static final String PEM_LABEL = "CERTIFICATE";

  private final CertificateFields fields;

  private Certificate(CertificateFields fields) {
    this.fields = fields;
  }

  /**
   * Decodes a DER certificate.
   *
   * @param der the encoding, at most {@value #MAX_DER_BYTES} bytes
   * @return the certificate
   * @throws DecodingException if the input is too long, not canonical DER, not an X.509 v3
   *     certificate, or certifies an unsupported key type
   */
  public static Certificate fromDer(byte[] der) {
    return new Certificate(CertificateParser.parse(der));
  }

  /**
   * Decodes a PEM {@code CERTIFICATE} block (RFC 7468 strict armor).
   *
   * @param pem the text, at most 16 KiB
   * @return the certificate
   * @throws DecodingException if the armor or the certificate is malformed
   */
  public static Certificate fromPem(CharSequence pem) {
    return fromDer(Pem.decode(pem, PEM_LABEL));
  }

  CertificateFields fields() {
    return fields;
  }

  /** {@return a copy of the DER encoding} */
  public byte[] toDer() {
    return fields.der().toByteArray();
  }

  /** {@return the PEM {@code CERTIFICATE} block} */
  public String toPem() {
    return Pem.encode(PEM_LABEL, fields.der().toByteArray());
  }

  /** {@return the serial number's big-endian two's-complement bytes} */
  public Bytes serialNumber() {
    return fields.serialNumber();
  }

  /** {@return the subject name as RFC 4514 text} */
  public String subject() {
    return fields.subjectText();
  }

  /** {@return the issuer name as RFC 4514 text} */
  public String issuer() {
    return fields.issuerText();
  }

  /** {@return the start of the validity period} */
  public Instant notBefore() {
    return fields.notBefore();
  }

  /** {@return the end of the validity period, inclusive} */
  public Instant notAfter() {
    return fields.notAfter();
  }

  /** {@return the certified key} */
  public PublicKey publicKey() {
    return fields.publicKey();
  }

  /** {@return whether the basicConstraints extension marks this certificate as a CA} */
  public boolean isCa() {
    return fields.ca();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Certificate other && fields.der().equals(other.fields.der());
  }

  @Override
  public int hashCode() {
    return fields.der().hashCode();
  }

  /** {@return the subject, issuer and serial number} */
  @Override
  public String toString() {
    return "Certificate[subject=" + subject() + ", issuer=" + issuer() + ", serial="
        + serialNumber().toPrefixedHex() + "]";
  }
}
