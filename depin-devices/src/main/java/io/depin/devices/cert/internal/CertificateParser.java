package io.depin.devices.cert.internal;

import io.depin.core.DecodingException;
import io.depin.core.DecodingException.Reason;
import io.depin.core.bytes.Bytes;
import io.depin.core.crypto.PublicKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1GeneralizedTime;
import org.bouncycastle.asn1.ASN1IA5String;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1UTCTime;
import org.bouncycastle.asn1.ASN1BitString;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.asn1.x509.TBSCertificate;
import org.bouncycastle.asn1.x509.Time;

/** Decodes X.509 v3 certificates strictly into {@link CertificateFields}. */
public final class CertificateParser {
  /** The largest certificate accepted, checked before parsing. */
  public static final int MAX_DER_BYTES = 8 * 1024;

  private static final Pattern UTC_TIME = Pattern.compile("[0-9]{12}Z");
  private static final Pattern GENERALIZED_TIME = Pattern.compile("[0-9]{14}Z");
  private static final Set<ASN1ObjectIdentifier> PROCESSED =
      Set.of(
          Extension.basicConstraints,
          Extension.keyUsage,
          Extension.subjectKeyIdentifier,
          Extension.authorityKeyIdentifier,
          Extension.subjectAlternativeName);

  private CertificateParser() {}

  /**
   * Decodes a certificate.
   *
   * @param der the DER encoding
   * @return its fields
   * @throws DecodingException if the input is too long, not canonical DER, not an X.509 v3
   *     certificate, or holds a key of a type this SDK does not support
   */
  public static CertificateFields parse(byte[] der) {
    ASN1Sequence sequence = StrictDer.sequence(der, MAX_DER_BYTES, "certificate");
    try {
      return fields(der, Certificate.getInstance(sequence));
    } catch (DecodingException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw StrictDer.malformed("certificate", e);
    }
  }

  private static CertificateFields fields(byte[] der, Certificate certificate) throws IOException {
    TBSCertificate tbs = certificate.getTBSCertificate();
    if (tbs.getVersionNumber() != 3) {
      throw new DecodingException(Reason.UNSUPPORTED_FORMAT, "only X.509 v3 certificates are read");
    }
    if (!tbs.getSignature().equals(certificate.getSignatureAlgorithm())) {
      throw new DecodingException(
          Reason.MALFORMED, "the inner and outer signature algorithms differ");
    }
    ASN1BitString signature = certificate.getSignature();
    if (signature.getPadBits() != 0) {
      throw new DecodingException(Reason.MALFORMED, "the signature is not a whole number of bytes");
    }
    if (tbs.getIssuerUniqueId() != null || tbs.getSubjectUniqueId() != null) {
      throw new DecodingException(Reason.UNSUPPORTED_FORMAT, "unique identifiers are not read");
    }
    X500Name issuer = tbs.getIssuer();
    X500Name subject = tbs.getSubject();
    PublicKey publicKey =
        PublicKey.fromSpkiDer(tbs.getSubjectPublicKeyInfo().getEncoded(ASN1Encoding.DER));
    Instant notBefore = instant(tbs.getStartDate());
    Instant notAfter = instant(tbs.getEndDate());

    Extensions extensions = tbs.getExtensions();
    boolean hasBasicConstraints = false;
    boolean ca = false;
    int pathLength = -1;
    int keyUsage = -1;
    Bytes subjectKeyId = null;
    Bytes authorityKeyId = null;
    List<String> uris = new ArrayList<>();
    boolean unknownCritical = false;
    if (extensions != null) {
      for (ASN1ObjectIdentifier oid : extensions.getExtensionOIDs()) {
        if (extensions.getExtension(oid).isCritical() && !PROCESSED.contains(oid)) {
          unknownCritical = true;
        }
      }
      Extension bc = extensions.getExtension(Extension.basicConstraints);
      if (bc != null) {
        BasicConstraints constraints = BasicConstraints.getInstance(bc.getParsedValue());
        hasBasicConstraints = true;
        ca = constraints.isCA();
        if (constraints.getPathLenConstraint() != null) {
          pathLength = constraints.getPathLenConstraint().intValueExact();
        }
      }
      Extension ku = extensions.getExtension(Extension.keyUsage);
      if (ku != null) {
        keyUsage = bits(KeyUsage.getInstance(ku.getParsedValue()));
      }
      Extension ski = extensions.getExtension(Extension.subjectKeyIdentifier);
      if (ski != null) {
        subjectKeyId =
            Bytes.of(SubjectKeyIdentifier.getInstance(ski.getParsedValue()).getKeyIdentifier());
      }
      Extension aki = extensions.getExtension(Extension.authorityKeyIdentifier);
      if (aki != null) {
        byte[] id =
            AuthorityKeyIdentifier.getInstance(aki.getParsedValue()).getKeyIdentifierOctets();
        authorityKeyId = id == null ? null : Bytes.of(id);
      }
      Extension san = extensions.getExtension(Extension.subjectAlternativeName);
      if (san != null) {
        for (GeneralName name : GeneralNames.getInstance(san.getParsedValue()).getNames()) {
          if (name.getTagNo() == GeneralName.uniformResourceIdentifier) {
            uris.add(ASN1IA5String.getInstance(name.getName()).getString());
          }
        }
      }
    }
    return new CertificateFields(
        Bytes.of(der),
        Bytes.of(tbs.getEncoded(ASN1Encoding.DER)),
        SignatureAlgorithm.of(certificate.getSignatureAlgorithm()),
        Bytes.of(signature.getOctets()),
        Bytes.of(tbs.getSerialNumber().getValue().toByteArray()),
        Bytes.of(issuer.getEncoded(ASN1Encoding.DER)),
        issuer.toString(),
        Bytes.of(subject.getEncoded(ASN1Encoding.DER)),
        subject.toString(),
        notBefore,
        notAfter,
        publicKey,
        hasBasicConstraints,
        ca,
        pathLength,
        keyUsage,
        subjectKeyId,
        authorityKeyId,
        uris,
        unknownCritical);
  }

  private static int bits(KeyUsage usage) {
    int value = 0;
    for (int bit = 1; bit <= KeyUsage.decipherOnly; bit <<= 1) {
      if (usage.hasUsages(bit)) {
        value |= bit;
      }
    }
    return value;
  }

  private static Instant instant(Time time) {
    ASN1Primitive primitive = time.toASN1Primitive();
    Pattern pattern;
    if (primitive instanceof ASN1UTCTime) {
      pattern = UTC_TIME;
    } else if (primitive instanceof ASN1GeneralizedTime) {
      pattern = GENERALIZED_TIME;
    } else {
      throw new DecodingException(
          Reason.MALFORMED, "a validity time is neither UTCTime nor GeneralizedTime");
    }
    if (!pattern.matcher(rawTime(primitive)).matches()) {
      throw new DecodingException(Reason.NON_CANONICAL, "a validity time is not in its DER form");
    }
    return time.getDate().toInstant();
  }

  private static String rawTime(ASN1Primitive primitive) {
    try {
      byte[] encoded = primitive.getEncoded(ASN1Encoding.DER);
      return new String(encoded, 2, encoded.length - 2, StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw StrictDer.malformed("validity time", e);
    }
  }
}
