package io.depin.devices.cert;

import io.depin.core.crypto.KeyType;
import io.depin.core.crypto.PublicKey;
import io.depin.core.crypto.Signer;
import io.depin.core.crypto.SigningKey;
import io.depin.devices.DeviceId;
import io.depin.devices.MakerId;
import io.depin.devices.cert.internal.DeviceUrns;
import io.depin.devices.cert.internal.X509Builder;
import java.io.IOException;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.ExtensionsGenerator;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;

/** Makers, devices and hand-built certificates for the certificate tests. */
final class TestCertificates {
  static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  static final Duration YEAR = Duration.ofDays(365);

  private TestCertificates() {}

  static SecureRandom random() {
    return new SecureRandom();
  }

  static SigningKey key(KeyType type) {
    return SigningKey.generate(type, random());
  }

  static MakerAuthority maker(Signer signer, String name) {
    try {
      return MakerAuthority.create(signer, name, Duration.ofDays(3650), CLOCK, random());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  static MakerAuthority maker(KeyType type) {
    return maker(key(type), "Acme Sensors CA");
  }

  /** Device-certificate extensions with each part chosen by the caller. */
  static Extensions deviceExtensions(
      boolean ca, int keyUsage, PublicKey caKey, MakerId makerId, DeviceId deviceId, boolean names)
      throws IOException {
    ExtensionsGenerator extensions = new ExtensionsGenerator();
    extensions.addExtension(
        Extension.basicConstraints, true, ca ? new BasicConstraints(0) : new BasicConstraints(false));
    extensions.addExtension(Extension.keyUsage, true, new KeyUsage(keyUsage));
    extensions.addExtension(
        Extension.authorityKeyIdentifier,
        false,
        new org.bouncycastle.asn1.x509.AuthorityKeyIdentifier(X509Builder.keyIdentifier(caKey)));
    if (names) {
      extensions.addExtension(
          Extension.subjectAlternativeName,
          false,
          new GeneralNames(
              new GeneralName[] {
                new GeneralName(GeneralName.uniformResourceIdentifier, DeviceUrns.device(deviceId)),
                new GeneralName(GeneralName.uniformResourceIdentifier, DeviceUrns.maker(makerId))
              }));
    }
    return extensions.generate();
  }

  /** A certificate for {@code deviceKey} naming {@code maker} as issuer, built by hand. */
  static Certificate handBuilt(
      MakerAuthority maker,
      Signer signingKey,
      AlgorithmIdentifier algorithm,
      PublicKey deviceKey,
      Extensions extensions)
      throws Exception {
    X500Name caName = X500Name.getInstance(maker.caCertificate().fields().subject().toByteArray());
    byte[] der =
        X509Builder.certificate(
            signingKey,
            algorithm,
            caName,
            BigInteger.valueOf(7),
            NOW,
            NOW.plus(YEAR),
            X509Builder.commonName(DeviceId.fromInitialKey(deviceKey).value().toHex()),
            deviceKey,
            extensions);
    return Certificate.fromDer(der);
  }
}
