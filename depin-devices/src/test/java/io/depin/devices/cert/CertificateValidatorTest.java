package io.depin.devices.cert;

import static io.depin.devices.cert.TestCertificates.CLOCK;
import static io.depin.devices.cert.TestCertificates.NOW;
import static io.depin.devices.cert.TestCertificates.YEAR;
import static io.depin.devices.cert.TestCertificates.deviceExtensions;
import static io.depin.devices.cert.TestCertificates.handBuilt;
import static io.depin.devices.cert.TestCertificates.key;
import static io.depin.devices.cert.TestCertificates.maker;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.depin.core.crypto.KeyType;
import io.depin.core.crypto.SigningKey;
import io.depin.devices.DeviceId;
import io.depin.devices.DeviceIdentity;
import io.depin.devices.cert.CertificateValidationException.Reason;
import io.depin.devices.cert.internal.SignatureAlgorithm;
import io.depin.devices.cert.internal.X509Builder;
import java.math.BigInteger;
import java.time.Duration;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.ExtensionsGenerator;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CertificateValidatorTest {
  private static final SigningKey MAKER_KEY = key(KeyType.P256);
  private static final MakerAuthority MAKER = maker(MAKER_KEY, "Acme Sensors CA");
  private static final SigningKey DEVICE = key(KeyType.P256);

  @ParameterizedTest
  @EnumSource(KeyType.class)
  void validate_issuedCertificate_returnsDeviceCertificate(KeyType makerType) throws Exception {
    MakerAuthority maker = maker(makerType);
    for (KeyType deviceType : KeyType.values()) {
      DeviceIdentity device = DeviceIdentity.of(key(deviceType).publicKey());
      DeviceCertificate issued = maker.issue(device, YEAR);
      Certificate received = Certificate.fromDer(issued.toDer());

      DeviceCertificate valid = CertificateValidator.validate(received, maker.caCertificate(), NOW);

      assertThat(valid).isEqualTo(issued);
      assertThat(valid.identity()).isEqualTo(device);
      assertThat(valid.makerId()).isEqualTo(maker.makerId());
      assertThat(valid.notBefore()).isEqualTo(NOW);
      assertThat(valid.notAfter()).isEqualTo(NOW.plus(YEAR));
    }
  }

  @Test
  void validate_atBothEndsOfValidity_accepts() throws Exception {
    DeviceCertificate cert = MAKER.issue(DeviceIdentity.of(DEVICE.publicKey()), YEAR);
    CertificateValidator.validate(cert.certificate(), MAKER.caCertificate(), cert.notBefore());
    CertificateValidator.validate(cert.certificate(), MAKER.caCertificate(), cert.notAfter());
  }

  @Test
  void validate_afterNotAfter_throwsExpired() throws Exception {
    DeviceCertificate cert = MAKER.issue(DeviceIdentity.of(DEVICE.publicKey()), Duration.ofDays(1));
    expect(Reason.EXPIRED, () -> validate(cert.certificate(), MAKER.caCertificate(), 2));
  }

  @Test
  void validate_expiredMakerCa_throwsExpired() throws Exception {
    DeviceCertificate cert = MAKER.issue(DeviceIdentity.of(DEVICE.publicKey()), YEAR);
    expect(Reason.EXPIRED, () -> validate(cert.certificate(), MAKER.caCertificate(), 3651));
  }

  @Test
  void validate_beforeNotBefore_throwsNotYetValid() throws Exception {
    DeviceCertificate cert = MAKER.issue(DeviceIdentity.of(DEVICE.publicKey()), YEAR);
    expect(Reason.NOT_YET_VALID, () -> validate(cert.certificate(), MAKER.caCertificate(), -1));
  }

  @Test
  void validate_signedByAnotherKey_throwsBadSignature() throws Exception {
    DeviceId id = DeviceId.fromInitialKey(DEVICE.publicKey());
    Certificate forged =
        handBuilt(
            MAKER,
            key(KeyType.P256),
            SignatureAlgorithm.identifierFor(KeyType.P256),
            DEVICE.publicKey(),
            deviceExtensions(
                false, KeyUsage.digitalSignature, MAKER.publicKey(), MAKER.makerId(), id, true));
    expect(Reason.BAD_SIGNATURE, () -> CertificateValidator.validate(forged, MAKER.caCertificate(), NOW));
  }

  @Test
  void validate_algorithmOfAnotherKeyType_throwsBadSignature() throws Exception {
    DeviceId id = DeviceId.fromInitialKey(DEVICE.publicKey());
    Certificate cert =
        handBuilt(
            MAKER,
            key(KeyType.ED25519),
            SignatureAlgorithm.identifierFor(KeyType.ED25519),
            DEVICE.publicKey(),
            deviceExtensions(
                false, KeyUsage.digitalSignature, MAKER.publicKey(), MAKER.makerId(), id, true));
    expect(Reason.BAD_SIGNATURE, () -> CertificateValidator.validate(cert, MAKER.caCertificate(), NOW));
  }

  @Test
  void validate_certificateOfAnotherMakerWithTheSameName_throwsWrongIssuer() throws Exception {
    MakerAuthority other = maker(key(KeyType.P256), "Acme Sensors CA");
    DeviceCertificate cert = other.issue(DeviceIdentity.of(DEVICE.publicKey()), YEAR);
    expect(
        Reason.WRONG_ISSUER,
        () -> CertificateValidator.validate(cert.certificate(), MAKER.caCertificate(), NOW));
  }

  @Test
  void validate_certificateOfAnotherMakerName_throwsWrongIssuer() throws Exception {
    MakerAuthority other = maker(key(KeyType.ED25519), "Other CA");
    DeviceCertificate cert = other.issue(DeviceIdentity.of(DEVICE.publicKey()), YEAR);
    expect(
        Reason.WRONG_ISSUER,
        () -> CertificateValidator.validate(cert.certificate(), MAKER.caCertificate(), NOW));
  }

  @Test
  void validate_deviceCertificateAsAnchor_throwsNotACa() throws Exception {
    DeviceCertificate cert = MAKER.issue(DeviceIdentity.of(DEVICE.publicKey()), YEAR);
    expect(
        Reason.NOT_A_CA,
        () -> CertificateValidator.validate(cert.certificate(), cert.certificate(), NOW));
  }

  @Test
  void validate_deviceCertificateThatIsACa_throwsPathLengthExceeded() throws Exception {
    DeviceId id = DeviceId.fromInitialKey(DEVICE.publicKey());
    Certificate cert =
        handBuilt(
            MAKER,
            MAKER_KEY,
            SignatureAlgorithm.identifierFor(KeyType.P256),
            DEVICE.publicKey(),
            deviceExtensions(
                true, KeyUsage.digitalSignature, MAKER.publicKey(), MAKER.makerId(), id, true));
    expect(
        Reason.PATH_LENGTH_EXCEEDED,
        () -> CertificateValidator.validate(cert, MAKER.caCertificate(), NOW));
  }

  @Test
  void validate_deviceKeyWithoutDigitalSignature_throwsKeyUsage() throws Exception {
    DeviceId id = DeviceId.fromInitialKey(DEVICE.publicKey());
    Certificate cert =
        handBuilt(
            MAKER,
            MAKER_KEY,
            SignatureAlgorithm.identifierFor(KeyType.P256),
            DEVICE.publicKey(),
            deviceExtensions(
                false, KeyUsage.keyAgreement, MAKER.publicKey(), MAKER.makerId(), id, true));
    expect(Reason.KEY_USAGE, () -> CertificateValidator.validate(cert, MAKER.caCertificate(), NOW));
  }

  @Test
  void validate_anchorWithoutKeyCertSign_throwsKeyUsage() throws Exception {
    ExtensionsGenerator extensions = new ExtensionsGenerator();
    extensions.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
    extensions.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
    X500Name name = X509Builder.commonName("Acme Sensors CA");
    Certificate anchor =
        Certificate.fromDer(
            X509Builder.certificate(
                MAKER_KEY,
                name,
                BigInteger.ONE,
                NOW,
                NOW.plus(YEAR),
                name,
                MAKER.publicKey(),
                extensions.generate()));
    DeviceCertificate cert = MAKER.issue(DeviceIdentity.of(DEVICE.publicKey()), YEAR);
    expect(Reason.KEY_USAGE, () -> CertificateValidator.validate(cert.certificate(), anchor, NOW));
  }

  @Test
  void validate_ecdsaWithSha384_throwsUnsupportedAlgorithm() throws Exception {
    DeviceId id = DeviceId.fromInitialKey(DEVICE.publicKey());
    Certificate cert =
        handBuilt(
            MAKER,
            MAKER_KEY,
            new AlgorithmIdentifier(X9ObjectIdentifiers.ecdsa_with_SHA384),
            DEVICE.publicKey(),
            deviceExtensions(
                false, KeyUsage.digitalSignature, MAKER.publicKey(), MAKER.makerId(), id, true));
    expect(
        Reason.UNSUPPORTED_ALGORITHM,
        () -> CertificateValidator.validate(cert, MAKER.caCertificate(), NOW));
  }

  @Test
  void validate_withoutDeviceAndMakerUris_throwsMalformed() throws Exception {
    DeviceId id = DeviceId.fromInitialKey(DEVICE.publicKey());
    Certificate cert =
        handBuilt(
            MAKER,
            MAKER_KEY,
            SignatureAlgorithm.identifierFor(KeyType.P256),
            DEVICE.publicKey(),
            deviceExtensions(
                false, KeyUsage.digitalSignature, MAKER.publicKey(), MAKER.makerId(), id, false));
    expect(Reason.MALFORMED, () -> CertificateValidator.validate(cert, MAKER.caCertificate(), NOW));
  }

  private static DeviceCertificate validate(Certificate device, Certificate ca, int days)
      throws CertificateValidationException {
    return CertificateValidator.validate(device, ca, CLOCK.instant().plus(Duration.ofDays(days)));
  }

  private static void expect(Reason reason, ThrowingCallable call) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            CertificateValidationException.class, e -> assertThat(e.reason()).isEqualTo(reason));
  }
}
