package io.depin.devices.attestation;

import io.depin.core.bytes.Bytes;
import io.depin.core.crypto.CryptoException;
import io.depin.devices.attestation.AttestationException.Reason;
import io.depin.devices.cert.Certificate;
import io.depin.devices.cert.CertificateValidationException;
import io.depin.devices.cert.CertificateValidator;
import io.depin.devices.cert.DeviceCertificate;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Issues attestation challenges and verifies the devices' answers.
 *
 * <p>{@link #verify} accepts a response only if, in this order:
 *
 * <ol>
 *   <li>its nonce was issued by this verifier ({@link Reason#UNKNOWN_NONCE}) and not used by an
 *       accepted response ({@link Reason#REPLAYED});
 *   <li>the challenge has not expired at the clock's time ({@link Reason#CHALLENGE_EXPIRED});
 *   <li>the statement's time lies between the challenge's issue time and the clock's time, each
 *       widened by the allowed clock skew ({@link Reason#STALE});
 *   <li>the device certificate chains to the maker CA at the clock's time ({@link
 *       CertificateValidator}; {@link Reason#CERTIFICATE_INVALID});
 *   <li>the statement names the certified device ({@link Reason#DEVICE_ID_MISMATCH});
 *   <li>the statement is signed by the certified key ({@link Reason#BAD_SIGNATURE}).
 * </ol>
 *
 * <p>A nonce is consumed only by an accepted response, atomically, so a forged answer cannot burn
 * a device's challenge and two concurrent answers cannot both be accepted. Expired challenges are
 * forgotten when new ones are issued.
 *
 * {@snippet :
 * AttestationVerifier verifier = AttestationVerifier.create(
 *     clock, new SecureRandom(), Duration.ofMinutes(2), Duration.ofSeconds(30));
 * AttestationChallenge challenge = verifier.issueChallenge();
 * // ... the device answers ...
 * VerifiedAttestation attested = verifier.verify(response, makerCa);
 * }
 *
 * <p>Thread-safe.
 *
 * @since 0.1.0
 */
public final class AttestationVerifier {
  private final Clock clock;
  private final SecureRandom random;
  private final Duration challengeLifetime;
  private final Duration maxClockSkew;
  private final Map<Bytes, Pending> pending = new ConcurrentHashMap<>();

  private record Pending(AttestationChallenge challenge, AtomicBoolean used) {}

  private AttestationVerifier(
      Clock clock, SecureRandom random, Duration challengeLifetime, Duration maxClockSkew) {
    this.clock = clock;
    this.random = random;
    this.challengeLifetime = challengeLifetime;
    this.maxClockSkew = maxClockSkew;
  }

  /**
   * Creates a verifier.
   *
   * @param clock the clock that dates challenges and checks answers
   * @param random the source of nonces
   * @param challengeLifetime how long a challenge can be answered; positive
   * @param maxClockSkew how far a device's clock may differ from the verifier's; not negative
   * @return the verifier
   * @throws IllegalArgumentException if a duration is out of range
   */
  public static AttestationVerifier create(
      Clock clock, SecureRandom random, Duration challengeLifetime, Duration maxClockSkew) {
    if (challengeLifetime.isNegative() || challengeLifetime.isZero()) {
      throw new IllegalArgumentException("the challenge lifetime must be positive");
    }
    if (maxClockSkew.isNegative()) {
      throw new IllegalArgumentException("the clock skew may not be negative");
    }
    return new AttestationVerifier(
        Objects.requireNonNull(clock, "clock"),
        Objects.requireNonNull(random, "random"),
        challengeLifetime,
        maxClockSkew);
  }

  /** {@return a new challenge with a fresh random nonce, valid for the challenge lifetime} */
  public AttestationChallenge issueChallenge() {
    Instant now = clock.instant();
    pending.values().removeIf(p -> now.isAfter(p.challenge().expiresAt()));
    byte[] nonce = new byte[AttestationChallenge.NONCE_LENGTH];
    AttestationChallenge challenge;
    do {
      random.nextBytes(nonce);
      challenge = new AttestationChallenge(Bytes.of(nonce), now, now.plus(challengeLifetime));
    } while (pending.putIfAbsent(challenge.nonce(), new Pending(challenge, new AtomicBoolean()))
        != null);
    return challenge;
  }

  /**
   * Verifies a device's response against a maker's CA certificate and, if it is accepted,
   * consumes its nonce.
   *
   * @param response the device's response, untrusted
   * @param makerCa the CA certificate of the maker the device must come from
   * @return the verified attestation
   * @throws AttestationException with the reason of the first failed check
   */
  public VerifiedAttestation verify(AttestationResponse response, Certificate makerCa)
      throws AttestationException {
    Instant now = clock.instant();
    AttestationStatement statement = response.statement();
    Pending entry = pending.get(statement.nonce());
    if (entry == null) {
      throw new AttestationException(Reason.UNKNOWN_NONCE, "the nonce was not issued here");
    }
    if (entry.used().get()) {
      throw new AttestationException(Reason.REPLAYED, "the nonce was already used");
    }
    AttestationChallenge challenge = entry.challenge();
    if (now.isAfter(challenge.expiresAt())) {
      throw new AttestationException(
          Reason.CHALLENGE_EXPIRED, "the challenge expired at " + challenge.expiresAt());
    }
    Instant time = statement.time();
    if (time.isBefore(challenge.issuedAt().minus(maxClockSkew))
        || time.isAfter(now.plus(maxClockSkew))) {
      throw new AttestationException(
          Reason.STALE, "the statement time " + time + " is outside the challenge window");
    }
    DeviceCertificate certificate;
    try {
      certificate = CertificateValidator.validate(response.deviceCertificate(), makerCa, now);
    } catch (CertificateValidationException e) {
      throw new AttestationException(e);
    }
    if (!certificate.deviceId().equals(statement.deviceId())) {
      throw new AttestationException(
          Reason.DEVICE_ID_MISMATCH,
          "the statement names " + statement.deviceId() + ", the certificate "
              + certificate.deviceId());
    }
    try {
      certificate.publicKey().verify(statement.signingInput(), response.signature());
    } catch (CryptoException e) {
      throw new AttestationException(
          Reason.BAD_SIGNATURE, "the statement is not signed by the certified key: " + e.code());
    }
    if (!entry.used().compareAndSet(false, true)) {
      throw new AttestationException(Reason.REPLAYED, "the nonce was already used");
    }
    return new VerifiedAttestation(certificate, statement.firmwareHash(), time);
  }
}
