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
import java.io.ByteArrayInputStream;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CertificateEncodingTest {
  private static final MakerAuthority P256_MAKER = maker(KeyType.P256);
  private static final MakerAuthority ED25519_MAKER = maker(KeyType.ED25519);
  private static final DeviceCertificate P256_CERT = issue(P256_MAKER, KeyType.P256);
  private static final DeviceCertificate ED25519_CERT = issue(ED25519_MAKER, KeyType.ED25519);

  private static DeviceCertificate issue(MakerAuthority maker, KeyType deviceType) {
    try {
      return maker.issue(DeviceIdentity.of(key(deviceType).publicKey()), YEAR);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void fromDer_issuedCertificate_roundTrips() {
    Certificate cert = P256_CERT.certificate();
    Certificate again = Certificate.fromDer(cert.toDer());
    assertThat(again).isEqualTo(cert).hasSameHashCodeAs(cert);
    assertThat(Certificate.fromPem(cert.toPem())).isEqualTo(cert);
    assertThat(again.subject()).isEqualTo("CN=" + P256_CERT.deviceId().value().toHex());
    assertThat(again.issuer()).isEqualTo("CN=Acme Sensors CA");
    assertThat(again.isCa()).isFalse();
    assertThat(P256_MAKER.caCertificate().isCa()).isTrue();
    assertThat(again.publicKey()).isEqualTo(P256_CERT.publicKey());
  }

  @Test
  void fromDer_trailingByte_throwsDecodingException() {
    byte[] der = Arrays.copyOf(P256_CERT.toDer(), P256_CERT.toDer().length + 1);
    assertThatThrownBy(() -> Certificate.fromDer(der)).isInstanceOf(DecodingException.class);
  }

  @Test
  void fromDer_tooLong_throwsTooLong() {
    assertThatThrownBy(() -> Certificate.fromDer(new byte[Certificate.MAX_DER_BYTES + 1]))
        .isInstanceOfSatisfying(
            DecodingException.class,
            e -> assertThat(e.reason()).isEqualTo(DecodingException.Reason.TOO_LONG));
  }

  @Test
  void fromDer_empty_throwsEmpty() {
    assertThatThrownBy(() -> Certificate.fromDer(new byte[0]))
        .isInstanceOfSatisfying(
            DecodingException.class,
            e -> assertThat(e.reason()).isEqualTo(DecodingException.Reason.EMPTY));
  }

  @Test
  void fromDer_indefiniteLengthBer_throwsDecodingException() {
    byte[] der = P256_CERT.toDer();
    // Re-wrap the outer SEQUENCE with an indefinite length: valid BER, not DER.
    int headerLength = 2 + (der[1] & 0x7f);
    byte[] ber = new byte[der.length - headerLength + 4];
    ber[0] = 0x30;
    ber[1] = (byte) 0x80;
    System.arraycopy(der, headerLength, ber, 2, der.length - headerLength);
    assertThatThrownBy(() -> Certificate.fromDer(ber)).isInstanceOf(DecodingException.class);
  }

  @Test
  void fromPem_otherLabel_throwsDecodingException() {
    String pem = P256_CERT.toPem().replace("CERTIFICATE", "PUBLIC KEY");
    assertThatThrownBy(() -> Certificate.fromPem(pem)).isInstanceOf(DecodingException.class);
  }

  @ParameterizedTest
  @EnumSource(value = KeyType.class, names = {"P256", "ED25519"})
  void jdkCertificateFactory_issuedCertificate_parsesAndVerifies(KeyType type) throws Exception {
    MakerAuthority maker = type == KeyType.P256 ? P256_MAKER : ED25519_MAKER;
    DeviceCertificate issued = type == KeyType.P256 ? P256_CERT : ED25519_CERT;
    CertificateFactory factory = CertificateFactory.getInstance("X.509");
    X509Certificate ca =
        (X509Certificate)
            factory.generateCertificate(new ByteArrayInputStream(maker.caCertificate().toDer()));
    X509Certificate device =
        (X509Certificate) factory.generateCertificate(new ByteArrayInputStream(issued.toDer()));

    ca.verify(ca.getPublicKey());
    device.verify(ca.getPublicKey());
    device.checkValidity(java.util.Date.from(NOW));
    assertThat(ca.getBasicConstraints()).isZero();
    assertThat(device.getBasicConstraints()).isEqualTo(-1);
    assertThat(ca.getKeyUsage()[5]).as("keyCertSign").isTrue();
    assertThat(device.getKeyUsage()[0]).as("digitalSignature").isTrue();
    assertThat(device.getSubjectAlternativeNames())
        .extracting(name -> (Object) name.get(1))
        .contains(
            (Object) ("urn:depin:device:" + issued.deviceId()),
            (Object) ("urn:depin:maker:" + maker.makerId()));
    assertThat(device.getPublicKey().getEncoded()).isEqualTo(issued.publicKey().toSpkiDer());
  }

  @Property(tries = 400)
  void anySingleBitFlip_isRejected(
      @ForAll @IntRange(min = 0, max = Integer.MAX_VALUE) int position, @ForAll boolean ed25519) {
    MakerAuthority maker = ed25519 ? ED25519_MAKER : P256_MAKER;
    byte[] der = (ed25519 ? ED25519_CERT : P256_CERT).toDer();
    int bit = position % (der.length * 8);
    der[bit / 8] ^= (byte) (1 << (bit % 8));

    Certificate flipped;
    try {
      flipped = Certificate.fromDer(der);
    } catch (DecodingException rejected) {
      return;
    }
    assertThatThrownBy(() -> CertificateValidator.validate(flipped, maker.caCertificate(), NOW))
        .isInstanceOf(CertificateValidationException.class);
  }

  @Test
  void issue_fromKeyOfEveryType_embedsDeviceId() throws Exception {
    for (KeyType type : List.of(KeyType.values())) {
      SigningKey device = key(type);
      DeviceCertificate cert = P256_MAKER.issue(DeviceIdentity.of(device.publicKey()), YEAR);
      assertThat(cert.deviceId()).isEqualTo(DeviceId.fromInitialKey(device.publicKey()));
    }
  }
}
