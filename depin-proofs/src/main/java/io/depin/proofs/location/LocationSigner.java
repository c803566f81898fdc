package io.depin.proofs.location;

import io.depin.core.bytes.Bytes;
import io.depin.core.crypto.CryptoException;
import io.depin.core.crypto.Signer;
import io.depin.core.geo.GeoPoint;
import io.depin.devices.DeviceId;
import io.depin.proofs.ReplayToken;
import io.depin.proofs.SignedProof;
import java.time.Instant;
import java.util.Objects;

/**
 * The device side of location proofs: signs {@link LocationClaim}s and answers {@link
 * RangingChallenge}s, numbering every proof with the device's next sequence number so the
 * verifier's replay guard accepts each once.
 *
 * {@snippet :
 * LocationSigner device = new LocationSigner(claimKind, rangingKind, deviceId, deviceKey, 0);
 * SignedProof<LocationClaim> claim = device.claim(GeoPoint.of(48.8566, 2.3522), 10, clock.instant());
 * SignedProof<RangingResponse> answer =
 *     device.respond(challenge.nonce(), GeoPoint.of(48.8566, 2.3522), clock.instant());
 * send(claim.toBytes());
 * }
 *
 * <p>Thread-safe: proofs are numbered in the order they are signed. The sequence is per device;
 * if the device signs other kinds of proofs with sequence numbers, share one counter by starting
 * each signer where the other left off ({@link #nextSequence()}).
 *
 * @since 0.1.0
 */
public final class LocationSigner {
  private final LocationClaimKind claims;
  private final RangingResponseKind ranging;
  private final DeviceId device;
  private final Signer signer;
  private long nextSequence;

  /**
   * Creates a signer.
   *
   * @param claims the claim kind
   * @param ranging the ranging response kind
   * @param device the device's id
   * @param signer the device's current key
   * @param nextSequence the sequence number of the next proof, from 0 to {@link
   *     ReplayToken#MAX_SEQUENCE}; greater than any the device used before
   * @throws IllegalArgumentException if the sequence number is out of range
   */
  public LocationSigner(LocationClaimKind claims, RangingResponseKind ranging, DeviceId device,
      Signer signer, long nextSequence) {
    this.claims = Objects.requireNonNull(claims, "claims");
    this.ranging = Objects.requireNonNull(ranging, "ranging");
    this.device = Objects.requireNonNull(device, "device");
    this.signer = Objects.requireNonNull(signer, "signer");
    ReplayToken.sequence(nextSequence);
    this.nextSequence = nextSequence;
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
  public synchronized SignedProof<LocationClaim> claim(
      GeoPoint position, long accuracyMeters, Instant at) throws CryptoException {
    LocationClaim claim = new LocationClaim(position, accuracyMeters);
    SignedProof<LocationClaim> proof =
        SignedProof.sign(claims, claim, device, token(), at, signer);
    nextSequence++;
    return proof;
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
  public synchronized SignedProof<RangingResponse> respond(
      Bytes nonce, GeoPoint position, Instant at) throws CryptoException {
    RangingResponse response = new RangingResponse(nonce, position);
    SignedProof<RangingResponse> proof =
        SignedProof.sign(ranging, response, device, token(), at, signer);
    nextSequence++;
    return proof;
  }

  /** {@return the sequence number the next proof will carry} */
  public synchronized long nextSequence() {
    return nextSequence;
  }

  private ReplayToken token() {
    if (nextSequence > ReplayToken.MAX_SEQUENCE) {
      throw new IllegalStateException("the device's sequence numbers are exhausted");
    }
    return ReplayToken.sequence(nextSequence);
  }

  @Override
  public String toString() {
    return "LocationSigner[" + device + ", next=" + nextSequence + "]";
  }
}
