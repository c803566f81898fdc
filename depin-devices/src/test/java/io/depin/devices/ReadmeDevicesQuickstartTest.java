package io.depin.devices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.depin.core.crypto.KeyType;
import io.depin.core.crypto.SigningKey;
import io.depin.core.hash.HashAlgorithm;
import io.depin.devices.attestation.AttestationChallenge;
import io.depin.devices.attestation.AttestationException;
import io.depin.devices.attestation.AttestationResponse;
import io.depin.devices.attestation.AttestationVerifier;
import io.depin.devices.attestation.VerifiedAttestation;
import io.depin.devices.cert.DeviceCertificate;
import io.depin.devices.cert.MakerAuthority;
import io.depin.devices.did.DidKey;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The device-identity quickstart of the root README, compiled and checked. */
class ReadmeDevicesQuickstartTest {
  @Test
  void quickstart_attestsACertifiedDevice() throws Exception {
    SecureRandom random = new SecureRandom();
    Clock clock = Clock.systemUTC();
    byte[] firmware = "firmware v1.2.0".getBytes(StandardCharsets.UTF_8);
    // BEGIN README
    MakerAuthority acme = MakerAuthority.create(SigningKey.generate(KeyType.P256, random), "Acme Sensors", Duration.ofDays(3650), clock, random);
    SigningKey deviceKey = SigningKey.generate(KeyType.P256, random);     // at the factory, or in a secure element
    DeviceCertificate cert = acme.issue(DeviceIdentity.of(deviceKey.publicKey()), Duration.ofDays(3650));
    DidKey did = cert.identity().didKey();                                   // did:key:zDn...
    AttestationVerifier verifier = AttestationVerifier.create(clock, random, Duration.ofMinutes(5), Duration.ofSeconds(30));
    AttestationChallenge challenge = verifier.issueChallenge();              // network -> device
    AttestationResponse answer = AttestationResponse.create(challenge, cert.deviceId(),
        HashAlgorithm.SHA_256.hash32(firmware), clock.instant(), deviceKey, cert.certificate());
    VerifiedAttestation verified = verifier.verify(answer, acme.caCertificate()); // device -> network
    // END README

    assertThat(did.toString()).startsWith("did:key:zDn");
    assertThat(DidKey.parse(did.toString()).resolve()).isEqualTo(deviceKey.publicKey());
    assertThat(verified.deviceId()).isEqualTo(cert.deviceId());
    assertThat(verified.makerId()).isEqualTo(acme.makerId());
    assertThat(verified.firmwareHash()).isEqualTo(HashAlgorithm.SHA_256.hash32(firmware));
    assertThatThrownBy(() -> verifier.verify(answer, acme.caCertificate()))
        .isInstanceOfSatisfying(
            AttestationException.class,
            e -> assertThat(e.reason()).isEqualTo(AttestationException.Reason.REPLAYED));
  }
}
