package io.depin.proofs.location;

import io.depin.core.bytes.Bytes;
import io.depin.core.crypto.CryptoException;
import io.depin.core.geo.GeoPoint;
import io.depin.proofs.DeviceSigner;
import io.depin.proofs.SignedProof;
import java.time.Instant;
import java.util.Objects;

/**
 * The device side of location proofs: signs {@link LocationClaim}s and answers {@link
 * RangingChallenge}s through the device's {@link DeviceSigner}, which numbers every proof with the
 * device's next sequence number so the verifier's replay guard accepts each once.
 *
 * {@snippet :
 * DeviceSigner device = DeviceSigner.create(deviceId, deviceKey, clock, storedNext);
 * LocationSigner location = new LocationSigner(claimKind, rangingKind, device);
 * SignedProof<LocationClaim> claim =
 *     location.claim(GeoPoint.of(48.8566, 2.3522), 10, clock.instant());
 * SignedProof<RangingResponse> answer =
 *     location.respond(challenge.nonce(), GeoPoint.of(48.8566, 2.3522), clock.instant());
 * send(claim.toBytes());
 * }
 *
 * <p>Thread-safe: proofs are numbered in the order they are signed.
 *
 * @since 0.1.0
 */
public final class LocationSigner {
  private final LocationClaimKind claims;
  private final RangingResponseKind ranging;
  private final DeviceSigner device;

  /**
   * Creates a signer.
   *
   * @param claims the claim kind
   * @param ranging the ranging response kind
   * @param device the device's signer
   */
  public LocationSigner(LocationClaimKind claims, RangingResponseKind ranging,
      DeviceSigner device) {
    this.claims = Objects.requireNonNull(claims, "claims");
    this.ranging = Objects.requireNonNull(ranging, "ranging");
    this.device = Objects.requireNonNull(device, "device");
  }

  /**
   * Signs a location claim.
   *
   * @param position where the device is
   * @param accuracyMeters the radius of its uncertainty
   * @param at when; the proof's timestamp
   * @return the signed claim
   * @throws CryptoException if the signer fails; the sequence number is then not used up
   * @throws IllegalArgumentException if the accuracy is out of range
   * @throws IllegalStateException if the sequence numbers are exhausted
   */
  public SignedProof<LocationClaim> claim(GeoPoint position, long accuracyMeters, Instant at)
      throws CryptoException {
    return device.sign(claims, new LocationClaim(position, accuracyMeters), at);
  }

  /**
   * Signs the answer to a ranging challenge. Answer at once: the challenger's clock is running.
   *
   * @param nonce the challenge's nonce
   * @param position where the device is
   * @param at when; the proof's timestamp
   * @return the signed response
   * @throws CryptoException if the signer fails; the sequence number is then not used up
   * @throws IllegalStateException if the sequence numbers are exhausted
   */
  public SignedProof<RangingResponse> respond(Bytes nonce, GeoPoint position, Instant at)
      throws CryptoException {
    return device.sign(ranging, new RangingResponse(nonce, position), at);
  }

  @Override
  public String toString() {
    return "LocationSigner[" + device.device() + "]";
  }
}
