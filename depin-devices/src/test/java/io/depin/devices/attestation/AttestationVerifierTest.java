package io.depin.devices.attestation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.depin.core.DecodingException;
import io.depin.core.bytes.Bytes;
import io.depin.core.bytes.Hash32;
import io.depin.core.crypto.KeyType;
import io.depin.core.crypto.SigningKey;
import io.depin.core.hash.HashAlgorithm;
import io.depin.devices.DeviceId;
import io.depin.devices.DeviceIdentity;
import io.depin.devices.cert.CertificateValidationException;
import io.depin.devices.cert.DeviceCertificate;
import io.depin.devices.cert.MakerAuthority;
import io.depin.devices.attestation.AttestationException.Reason;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AttestationVerifierTest {
  private static final Instant START = Instant.parse("2026-03-01T12:00:00Z");
  private static final Hash32 FIRMWARE = HashAlgorithm.SHA_256.hash32(new byte[] {1, 2, 3});
  private static final SecureRandom RANDOM = new SecureRandom();

  /** A clock the test moves by hand. */
  private static final class ManualClock extends Clock {
    private Instant now = START;

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private final ManualClock clock = new ManualClock();
  private final SigningKey makerKey = SigningKey.generate(KeyType.P256, RANDOM);
  private final MakerAuthority maker = maker(makerKey, clock);
  private final SigningKey deviceKey = SigningKey.generate(KeyType.P256, RANDOM);
  private final DeviceCertificate deviceCert = issue(maker, deviceKey, Duration.ofDays(365));
  private final AttestationVerifier verifier =
      AttestationVerifier.create(clock, RANDOM, Duration.ofMinutes(2), Duration.ofSeconds(30));

  private static MakerAuthority maker(SigningKey key, Clock clock) {
    try {
      return MakerAuthority.create(key, "Acme Sensors CA", Duration.ofDays(3650), clock, RANDOM);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static DeviceCertificate issue(MakerAuthority maker, SigningKey device, Duration validity) {
    try {
      return maker.issue(DeviceIdentity.of(device.publicKey()), validity);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private AttestationResponse answer(AttestationChallenge challenge) throws Exception {
    return AttestationResponse.create(
        challenge, deviceCert.deviceId(), FIRMWARE, clock.instant(), deviceKey, deviceCert.certificate());
  }

  @ParameterizedTest
  @EnumSource(KeyType.class)
  void verify_freshAnswer_returnsVerifiedAttestation(KeyType deviceType) throws Exception {
    SigningKey key = SigningKey.generate(deviceType, RANDOM);
    DeviceCertificate cert = issue(maker, key, Duration.ofDays(365));
    AttestationChallenge challenge = verifier.issueChallenge();
    clock.advance(Duration.ofSeconds(5));
    AttestationResponse response =
        AttestationResponse.create(
            challenge, cert.deviceId(), FIRMWARE, clock.instant(), key, cert.certificate());

    VerifiedAttestation verified =
        verifier.verify(AttestationResponse.fromBytes(response.toBytes()), maker.caCertificate());

    assertThat(verified.deviceId()).isEqualTo(cert.deviceId());
    assertThat(verified.makerId()).isEqualTo(maker.makerId());
    assertThat(verified.firmwareHash()).isEqualTo(FIRMWARE);
    assertThat(verified.time()).isEqualTo(clock.instant());
    assertThat(AttestationResponse.fromBytes(response.toBytes())).isEqualTo(response);
  }

  @Test
  void verify_sameAnswerTwice_throwsReplayed() throws Exception {
    AttestationResponse response = answer(verifier.issueChallenge());
    verifier.verify(response, maker.caCertificate());
    expect(Reason.REPLAYED, () -> verifier.verify(response, maker.caCertificate()));
  }

  @Test
  void verify_nonceFromAnotherVerifier_throwsUnknownNonce() throws Exception {
    AttestationVerifier other =
        AttestationVerifier.create(clock, RANDOM, Duration.ofMinutes(2), Duration.ofSeconds(30));
    AttestationResponse response = answer(other.issueChallenge());
    expect(Reason.UNKNOWN_NONCE, () -> verifier.verify(response, maker.caCertificate()));
  }

  @Test
  void verify_afterChallengeExpired_throwsChallengeExpired() throws Exception {
    AttestationResponse response = answer(verifier.issueChallenge());
    clock.advance(Duration.ofMinutes(3));
    expect(Reason.CHALLENGE_EXPIRED, () -> verifier.verify(response, maker.caCertificate()));
  }

  @Test
  void verify_statementOlderThanChallenge_throwsStale() throws Exception {
    AttestationChallenge challenge = verifier.issueChallenge();
    AttestationResponse response =
        AttestationResponse.create(
            challenge,
            deviceCert.deviceId(),
            FIRMWARE,
            START.minus(Duration.ofMinutes(1)),
            deviceKey,
            deviceCert.certificate());
    expect(Reason.STALE, () -> verifier.verify(response, maker.caCertificate()));
  }

  @Test
  void verify_statementFromTheFuture_throwsStale() throws Exception {
    AttestationChallenge challenge = verifier.issueChallenge();
    AttestationResponse response =
        AttestationResponse.create(
            challenge,
            deviceCert.deviceId(),
            FIRMWARE,
            START.plus(Duration.ofMinutes(1)),
            deviceKey,
            deviceCert.certificate());
    expect(Reason.STALE, () -> verifier.verify(response, maker.caCertificate()));
  }

  @Test
  void verify_signedByAnotherKey_throwsBadSignature() throws Exception {
    AttestationResponse response =
        AttestationResponse.create(
            verifier.issueChallenge(),
            deviceCert.deviceId(),
            FIRMWARE,
            clock.instant(),
            SigningKey.generate(KeyType.P256, RANDOM),
            deviceCert.certificate());
    expect(Reason.BAD_SIGNATURE, () -> verifier.verify(response, maker.caCertificate()));
  }

  @Test
  void verify_tamperedFirmwareHash_throwsBadSignature() throws Exception {
    AttestationResponse honest = answer(verifier.issueChallenge());
    AttestationStatement s = honest.statement();
    AttestationResponse tampered =
        AttestationResponse.of(
            new AttestationStatement(
                s.nonce(), s.deviceId(), HashAlgorithm.SHA_256.hash32(new byte[] {9}), s.time()),
            honest.signature(),
            honest.deviceCertificate());
    expect(Reason.BAD_SIGNATURE, () -> verifier.verify(tampered, maker.caCertificate()));
  }

  @Test
  void verify_otherDeviceId_throwsDeviceIdMismatch() throws Exception {
    DeviceId other = DeviceId.fromInitialKey(SigningKey.generate(KeyType.P256, RANDOM).publicKey());
    AttestationResponse response =
        AttestationResponse.create(
            verifier.issueChallenge(), other, FIRMWARE, clock.instant(), deviceKey, deviceCert.certificate());
    expect(Reason.DEVICE_ID_MISMATCH, () -> verifier.verify(response, maker.caCertificate()));
  }

  @Test
  void verify_certificateFromAnotherMaker_throwsCertificateInvalid() throws Exception {
    MakerAuthority other = maker(SigningKey.generate(KeyType.P256, RANDOM), clock);
    DeviceCertificate foreign = issue(other, deviceKey, Duration.ofDays(365));
    AttestationResponse response =
        AttestationResponse.create(
            verifier.issueChallenge(), foreign.deviceId(), FIRMWARE, clock.instant(), deviceKey,
            foreign.certificate());
    expectCertificate(
        CertificateValidationException.Reason.WRONG_ISSUER,
        () -> verifier.verify(response, maker.caCertificate()));
  }

  @Test
  void verify_expiredCertificate_throwsCertificateInvalid() throws Exception {
    DeviceCertificate shortLived = issue(maker, deviceKey, Duration.ofMinutes(1));
    clock.advance(Duration.ofMinutes(5));
    AttestationResponse response =
        AttestationResponse.create(
            verifier.issueChallenge(), shortLived.deviceId(), FIRMWARE, clock.instant(), deviceKey,
            shortLived.certificate());
    expectCertificate(
        CertificateValidationException.Reason.EXPIRED,
        () -> verifier.verify(response, maker.caCertificate()));
  }

  @Test
  void fromBytes_truncated_throwsDecodingException() throws Exception {
    byte[] bytes = answer(verifier.issueChallenge()).toBytes();
    assertThatThrownBy(() -> AttestationResponse.fromBytes(java.util.Arrays.copyOf(bytes, bytes.length - 1)))
        .isInstanceOf(DecodingException.class);
  }

  @Property(tries = 300)
  void anySingleBitFlip_isRejected(@ForAll @IntRange(min = 0, max = Integer.MAX_VALUE) int position)
      throws Exception {
    AttestationResponse response = answer(verifier.issueChallenge());
    byte[] bytes = response.toBytes();
    int bit = position % (bytes.length * 8);
    bytes[bit / 8] ^= (byte) (1 << (bit % 8));
    AttestationResponse flipped;
    try {
      flipped = AttestationResponse.fromBytes(bytes);
    } catch (DecodingException rejected) {
      return;
    }
    assertThatThrownBy(() -> verifier.verify(flipped, maker.caCertificate()))
        .isInstanceOf(AttestationException.class);
  }

  @Test
  void challenge_nonce_hasThirtyTwoRandomBytes() {
    Bytes a = verifier.issueChallenge().nonce();
    Bytes b = verifier.issueChallenge().nonce();
    assertThat(a.length()).isEqualTo(32);
    assertThat(a).isNotEqualTo(b);
  }

  private static void expect(Reason reason, ThrowingCallable call) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            AttestationException.class, e -> assertThat(e.reason()).isEqualTo(reason));
  }

  private static void expectCertificate(
      CertificateValidationException.Reason reason, ThrowingCallable call) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            AttestationException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.CERTIFICATE_INVALID);
              assertThat(e.certificateReason()).contains(reason);
            });
  }
}
