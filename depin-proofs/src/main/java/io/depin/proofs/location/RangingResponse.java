package io.depin.proofs.location;

import io.depin.core.bytes.Bytes;
import io.depin.core.geo.GeoPoint;
import io.depin.proofs.location.internal.PositionJson;
import java.util.Objects;

/**
 * A device's signed answer to a {@link RangingChallenge}: the challenge's nonce and the position
 * the device claims to answer from.
 *
 * {@snippet :
 * RangingResponse response = new RangingResponse(challenge.nonce(), GeoPoint.of(48.8566, 2.3522));
 * }
 *
 * @param nonce the challenge's nonce, {@value RangingChallenge#NONCE_BYTES} bytes
 * @param position the claimed position ({@code -0} stored as {@code 0})
 * @since 0.1.0
 */
public record RangingResponse(Bytes nonce, GeoPoint position) {
  /**
   * Validates the response.
   *
   * @throws IllegalArgumentException if the nonce has the wrong length
   */
  public RangingResponse {
    Objects.requireNonNull(nonce, "nonce");
    Objects.requireNonNull(position, "position");
    if (nonce.length() != RangingChallenge.NONCE_BYTES) {
      throw new IllegalArgumentException(
          "a challenge nonce is " + RangingChallenge.NONCE_BYTES + " bytes, not " + nonce.length());
    }
    position = PositionJson.normalized(position.latitude(), position.longitude());
  }
}
