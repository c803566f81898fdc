package io.depin.devices.cert;

import static io.depin.devices.cert.TestCertificates.NOW;
import static io.depin.devices.cert.TestCertificates.YEAR;
import static io.depin.devices.cert.TestCertificates.key;
import static io.depin.devices.cert.TestCertificates.maker;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.depin.core.DecodingException;
import io.depin.core.crypto.KeyType;
import io.depin.core.crypto.SigningKey;
import io.depin.devices.DeviceId;
import io.depin.devices.DeviceIdentity;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequest;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DeviceCsrTest {
  @ParameterizedTest
  @EnumSource(KeyType.class)
  void fromDer_createdRequest_roundTripsAndIssues(KeyType type) throws Exception {
    SigningKey device = key(type);
    DeviceCsr csr = DeviceCsr.create(device);

    DeviceCsr parsed = DeviceCsr.fromDer(csr.toDer());
    assertThat(parsed).isEqualTo(csr);
    assertThat(DeviceCsr.fromPem(csr.toPem())).isEqualTo(csr);
    assertThat(parsed.identity()).isEqualTo(DeviceIdentity.of(device.publicKey()));

    MakerAuthority maker = maker(KeyType.P256);
    DeviceCertificate cert = maker.issue(parsed, YEAR);
    DeviceCertificate valid =
        CertificateValidator.validate(
            Certificate.fromDer(cert.toDer()), maker.caCertificate(), NOW);
    assertThat(valid.identity()).isEqualTo(parsed.identity());
  }

  @Test
  void create_rotatedKey_keepsGivenId() throws Exception {
    DeviceId id = DeviceId.fromInitialKey(key(KeyType.ED25519).publicKey());
    SigningKey current = key(KeyType.ED25519);
    DeviceCsr csr = DeviceCsr.fromDer(DeviceCsr.create(id, current).toDer());
    assertThat(csr.deviceId()).isEqualTo(id);
    assertThat(csr.publicKey()).isEqualTo(current.publicKey());
  }

  @Test
  void bouncyCastle_createdP256Request_verifies() throws Exception {
    DeviceCsr csr = DeviceCsr.create(key(KeyType.P256));
    PKCS10CertificationRequest request = new JcaPKCS10CertificationRequest(csr.toDer());
    assertThat(
            request.isSignatureValid(
                new JcaContentVerifierProviderBuilder()
                    .build(request.getSubjectPublicKeyInfo())))
        .isTrue();
  }

  @Test
  void fromDer_signatureOverOtherBytes_throwsInvalidValue() throws Exception {
    byte[] der = DeviceCsr.create(key(KeyType.ED25519)).toDer();
    der[der.length - 1] ^= 1; // last byte of the Ed25519 signature
    assertThatThrownBy(() -> DeviceCsr.fromDer(der))
        .isInstanceOfSatisfying(
            DecodingException.class,
            e -> assertThat(e.reason()).isEqualTo(DecodingException.Reason.INVALID_VALUE));
  }

  @Test
  void fromDer_tooLong_throwsTooLong() {
    assertThatThrownBy(() -> DeviceCsr.fromDer(new byte[DeviceCsr.MAX_DER_BYTES + 1]))
        .isInstanceOfSatisfying(
            DecodingException.class,
            e -> assertThat(e.reason()).isEqualTo(DecodingException.Reason.TOO_LONG));
  }
}
