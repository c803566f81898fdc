package io.depin.devices.cert.internal;

import io.depin.core.crypto.CryptoException;
import io.depin.core.crypto.PublicKey;
import io.depin.core.crypto.Signer;
import io.depin.core.hash.HashAlgorithm;
import io.depin.devices.DeviceId;
import io.depin.devices.MakerId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.ExtensionsGenerator;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x509.TBSCertificate;
import org.bouncycastle.asn1.x509.Time;
import org.bouncycastle.asn1.x509.V3TBSCertificateGenerator;

/** Builds X.509 v3 certificates whose signed part is signed through a {@link Signer}. */
public final class X509Builder {
  private X509Builder() {}

  /**
   * Builds and signs a certificate with the algorithm of the issuer's key type.
   *
   * @param issuerSigner the issuer's key
   * @param issuer the issuer name
   * @param serial the serial number, positive
   * @param notBefore the start of validity, whole seconds
   * @param notAfter the end of validity, whole seconds
   * @param subject the subject name
   * @param subjectKey the certified key
   * @param extensions the extensions
   * @return the certificate's DER
   * @throws CryptoException if the signer fails
   */
  public static byte[] certificate(
      Signer issuerSigner,
      X500Name issuer,
      BigInteger serial,
      Instant notBefore,
      Instant notAfter,
      X500Name subject,
      PublicKey subjectKey,
      Extensions extensions)
      throws CryptoException {
    return certificate(
        issuerSigner,
        SignatureAlgorithm.identifierFor(issuerSigner.keyType()),
        issuer,
        serial,
        notBefore,
        notAfter,
        subject,
        subjectKey,
        extensions);
  }

  /**
   * Builds and signs a certificate naming {@code algorithm}, whatever the key signs with.
   *
   * @param issuerSigner the issuer's key
   * @param algorithm the algorithm identifier to write
   * @param issuer the issuer name
   * @param serial the serial number, positive
   * @param notBefore the start of validity, whole seconds
   * @param notAfter the end of validity, whole seconds
   * @param subject the subject name
   * @param subjectKey the certified key
   * @param extensions the extensions
   * @return the certificate's DER
   * @throws CryptoException if the signer fails
   */
  public static byte[] certificate(
      Signer issuerSigner,
      AlgorithmIdentifier algorithm,
      X500Name issuer,
      BigInteger serial,
      Instant notBefore,
      Instant notAfter,
      X500Name subject,
      PublicKey subjectKey,
      Extensions extensions)
      throws CryptoException {
    V3TBSCertificateGenerator generator = new V3TBSCertificateGenerator();
    generator.setSerialNumber(new ASN1Integer(serial));
    generator.setSignature(algorithm);
    generator.setIssuer(issuer);
    generator.setStartDate(new Time(Date.from(notBefore)));
    generator.setEndDate(new Time(Date.from(notAfter)));
    generator.setSubject(subject);
    generator.setSubjectPublicKeyInfo(spki(subjectKey));
    generator.setExtensions(extensions);
    TBSCertificate tbs = generator.generateTBSCertificate();
    byte[] signature = X509Signatures.sign(issuerSigner, der(tbs));
    return der(new DERSequence(new ASN1Encodable[] {
        tbs, algorithm, new DERBitString(signature)}));
  }

  /**
   * {@return the extensions of a maker CA: CA with pathLen 0, keyCertSign and cRLSign, SKI}
   *
   * @param caKey the CA's key
   */
  public static Extensions caExtensions(PublicKey caKey) {
    try {
      ExtensionsGenerator extensions = new ExtensionsGenerator();
      extensions.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
      extensions.addExtension(
          Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
      extensions.addExtension(
          Extension.subjectKeyIdentifier, false, new SubjectKeyIdentifier(keyIdentifier(caKey)));
      return extensions.generate();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the extensions of a device certificate: end entity, digitalSignature, SKI, AKI and a
   * subjectAltName with the device and maker URIs.
   *
   * @param deviceKey the certified key
   * @param deviceId the device's id
   * @param caKey the issuing CA's key
   * @param makerId the issuing maker's id
   * @return the extensions
   */
  public static Extensions deviceExtensions(
      PublicKey deviceKey, DeviceId deviceId, PublicKey caKey, MakerId makerId) {
    try {
      ExtensionsGenerator extensions = new ExtensionsGenerator();
      extensions.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
      extensions.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
      extensions.addExtension(
          Extension.subjectKeyIdentifier, false, new SubjectKeyIdentifier(keyIdentifier(deviceKey)));
      extensions.addExtension(
          Extension.authorityKeyIdentifier, false, new AuthorityKeyIdentifier(keyIdentifier(caKey)));
      extensions.addExtension(
          Extension.subjectAlternativeName,
          false,
          new GeneralNames(
              new GeneralName[] {
                new GeneralName(GeneralName.uniformResourceIdentifier, DeviceUrns.device(deviceId)),
                new GeneralName(GeneralName.uniformResourceIdentifier, DeviceUrns.maker(makerId))
              }));
      return extensions.generate();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns a key identifier: the leftmost 160 bits of SHA-256 over the subjectPublicKey bits (RFC
   * 7093 section 2, method 1).
   *
   * @param key the key
   * @return 20 bytes
   */
  public static byte[] keyIdentifier(PublicKey key) {
    byte[] bits = spki(key).getPublicKeyData().getOctets();
    return Arrays.copyOf(HashAlgorithm.SHA_256.hash(bits), 20);
  }

  /**
   * {@return a name with one common name attribute}
   *
   * @param commonName the CN
   */
  public static X500Name commonName(String commonName) {
    return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, commonName).build();
  }

  /**
   * {@return a random positive serial number of at most 16 bytes (RFC 5280 allows 20)}
   *
   * @param random the source of randomness
   */
  public static BigInteger serial(SecureRandom random) {
    byte[] bytes = new byte[16];
    BigInteger serial;
    do {
      random.nextBytes(bytes);
      bytes[0] &= 0x7f;
      serial = new BigInteger(bytes);
    } while (serial.signum() == 0);
    return serial;
  }

  /**
   * {@return the BouncyCastle form of a key's SubjectPublicKeyInfo}
   *
   * @param key the key
   */
  public static SubjectPublicKeyInfo spki(PublicKey key) {
    return SubjectPublicKeyInfo.getInstance(key.toSpkiDer());
  }

  /**
   * {@return the DER of an ASN.1 object built by this SDK}
   *
   * @param object the object
   */
  public static byte[] der(ASN1Object object) {
    try {
      return object.getEncoded(ASN1Encoding.DER);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
