package io.depin.devices.hsm.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.ProviderException;
import java.security.PublicKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.RuntimeOperatorException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The self-signed certificate stored next to a private key in a PKCS#11 key store.
 *
 * <p>The JDK's PKCS#11 key store names a private key only through a certificate with the same
 * {@code CKA_ID}; this certificate exists for that and to carry the public key. It states no trust:
 * subject and issuer are {@code CN=<alias>}, the serial is 1, and it is valid from 1970 to
 * 9999-12-31 (RFC 5280 §4.1.2.5, "no well-defined expiration date"), so no clock is read.
 */
public final class KeyHolderCertificate {
  private static final Date NOT_BEFORE = Date.from(Instant.EPOCH);
  private static final Date NOT_AFTER = Date.from(Instant.parse("9999-12-31T23:59:59Z"));

  private KeyHolderCertificate() {}

  /**
   * Creates the certificate, signed in the token by the key it names.
   *
   * @param alias the key's alias
   * @param publicKey the public half, from the token
   * @param privateKey the private half, in the token
   * @param provider the provider of the token
   * @return the certificate
   * @throws IllegalStateException if the token fails to sign
   */
  public static X509Certificate create(
      String alias, PublicKey publicKey, PrivateKey privateKey, Provider provider) {
    X500Name name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, alias).build();
    X509v3CertificateBuilder builder =
        new X509v3CertificateBuilder(
            name,
            BigInteger.ONE,
            NOT_BEFORE,
            NOT_AFTER,
            name,
            SubjectPublicKeyInfo.getInstance(publicKey.getEncoded()));
    try {
      byte[] der =
          builder
              .build(new JcaContentSignerBuilder("SHA256withECDSA").setProvider(provider).build(privateKey))
              .getEncoded();
      return (X509Certificate)
          CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
    } catch (OperatorCreationException | IOException | CertificateException
        | RuntimeOperatorException | ProviderException e) {
      throw new IllegalStateException(
          "the PKCS#11 token failed to sign the certificate of key '" + alias + "': "
              + SunPkcs11.rootMessage(e),
          e);
    }
  }
}
