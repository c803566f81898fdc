package io.depin.devices.attestation;

import io.depin.core.bytes.Bytes;
import java.time.Instant;
import java.util.Objects;

/**
 * A challenge from an {@link AttestationVerifier}: a random nonce the device must sign, with the
 * time it was issued and the time it expires. Each nonce is accepted once.
 *
 * {@snippet :
 * AttestationChallenge challenge = verifier.issueChallenge();
 * send(device, challenge.nonce());
 * }
 *
 * @param nonce {@value #NONCE_LENGTH} random bytes
 * @param issuedAt when the verifier issued it
 * @param expiresAt after this instant the verifier rejects answers to it
 * @since 0.1.0
 */
public record AttestationChallenge(Bytes nonce, Instant issuedAt, Instant expiresAt) {
  /** The length of a nonce. */
  public static final int NONCE_LENGTH = 32;

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if the nonce is not {@value #NONCE_LENGTH} bytes or the
   *     challenge expires before it is issued
   */
  public AttestationChallenge {
    Objects.requireNonNull(nonce, "nonce");
    Objects.requireNonNull(issuedAt, "issuedAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
    if (nonce.length() != NONCE_LENGTH) {
      throw new IllegalArgumentException("a nonce has 32 bytes, not " + nonce.length());
    }
    if (expiresAt.isBefore(issuedAt)) {
      throw new IllegalArgumentException("a challenge cannot expire before it is issued");
    }
  }
}
