package io.depin.proofs.location;

import io.depin.core.bytes.Bytes;
import io.depin.core.geo.GeoPoint;
import io.depin.devices.DeviceId;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * A distance-bounding challenge: a challenger at a known position sends a fresh nonce to a device
 * and measures how long the signed {@link RangingResponse} takes to come back.
 *
 * {@snippet :
 * RangingChallenge challenge = RangingChallenge.issue(deviceId, towerPosition, secureRandom);
 * // send challenge.nonce(); start the timer; the device answers with locationSigner.respond(...)
 * CheckResult bound = bounding.check(challenge, measuredRoundTrip, verifiedResponse);
 * }
 *
 * @param device the device challenged
 * @param challenger where the challenger is, known to the verifier independently of the device
 * @param nonce {@value #NONCE_BYTES} unpredictable bytes
 * @since 0.1.0
 */
public record RangingChallenge(DeviceId device, GeoPoint challenger, Bytes nonce) {
  /** The length of a challenge nonce, in bytes. */
  public static final int NONCE_BYTES = 16;

  /**
   * Validates the challenge.
   *
   * @throws IllegalArgumentException if the nonce is not {@value #NONCE_BYTES} bytes
   */
  public RangingChallenge {
    Objects.requireNonNull(device, "device");
    Objects.requireNonNull(challenger, "challenger");
    Objects.requireNonNull(nonce, "nonce");
    if (nonce.length() != NONCE_BYTES) {
      throw new IllegalArgumentException(
          "a challenge nonce is " + NONCE_BYTES + " bytes, not " + nonce.length());
    }
  }

  /**
   * Issues a challenge with a nonce from {@code random}. Use a cryptographically strong generator
   * in production, a seeded one in tests.
   *
   * @param device the device to challenge
   * @param challenger the challenger's position
   * @param random the source of the nonce
   * @return the challenge
   */
  public static RangingChallenge issue(DeviceId device, GeoPoint challenger, RandomGenerator random) {
    byte[] nonce = new byte[NONCE_BYTES];
    for (int i = 0; i < NONCE_BYTES; i++) {
      nonce[i] = (byte) random.nextInt(256);
    }
    return new RangingChallenge(device, challenger, Bytes.of(nonce));
  }
}
