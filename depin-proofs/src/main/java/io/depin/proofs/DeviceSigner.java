package io.depin.proofs;

import io.depin.core.crypto.CryptoException;
import io.depin.core.crypto.PublicKey;
import io.depin.core.crypto.Signer;
import io.depin.devices.DeviceId;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * The device side of every proof kind: the device's id, its key, its clock and its one sequence
 * counter. A {@link ReplayGuard} keeps one sequence per device across all kinds, so a device signs
 * every proof, of whatever kind, through the same {@code DeviceSigner}; each kind's signer (for
 * example {@link io.depin.proofs.uptime.HeartbeatSigner} or {@link
 * io.depin.proofs.location.LocationSigner}) builds its payload and signs it here.
 *
 * <p>The device must persist {@link #nextSequence()} across restarts and pass it back to {@link
 * #create}: a verifier rejects any sequence number not greater than one it already accepted.
 *
 * {@snippet :
 * DeviceSigner device = DeviceSigner.create(deviceId, deviceKey, clock, storedNext);
 * HeartbeatSigner uptime = HeartbeatSigner.create(heartbeatKind, device);
 * LocationSigner location = new LocationSigner(claimKind, rangingKind, device);
 * send(uptime.beat().toBytes());                                      // sequence storedNext
 * send(location.claim(position, 10, clock.instant()).toBytes());     // sequence storedNext + 1
 * store(device.nextSequence());
 * }
 *
 * <p>Thread-safe: proofs are signed one at a time, each with the next sequence number, so
 * concurrent calls get distinct numbers and a proof never carries a lower number than one signed
 * before it. A number is used up only when its proof is signed: if the key fails to sign, the next
 * proof carries the same number.
 *
 * @since 0.1.0
 */
public final class DeviceSigner {
  private final DeviceId device;
  private final Signer signer;
  private final Clock clock;
  private long nextSequence;

  private DeviceSigner(DeviceId device, Signer signer, Clock clock, long nextSequence) {
    this.device = device;
    this.signer = signer;
    this.clock = clock;
    this.nextSequence = nextSequence;
  }

  /**
   * Creates a device signer.
   *
   * @param device the device's id
   * @param signer the device's current key
   * @param clock the device's clock, which timestamps proofs signed without an explicit timestamp
   * @param nextSequence the sequence number of the next proof, in [0, {@link
   *     ReplayToken#MAX_SEQUENCE}]; greater than any the device used before
   * @return the signer
   * @throws IllegalArgumentException if {@code nextSequence} is out of range
   */
  public static DeviceSigner create(
      DeviceId device, Signer signer, Clock clock, long nextSequence) {
    ReplayToken.sequence(nextSequence);
    return new DeviceSigner(
        Objects.requireNonNull(device, "device"),
        Objects.requireNonNull(signer, "signer"),
        Objects.requireNonNull(clock, "clock"),
        nextSequence);
  }

  /**
   * Signs a proof timestamped now by the device's clock, with the next sequence number.
   *
   * @param <T> the payload type
   * @param kind the proof's kind
   * @param payload the kind's payload
   * @return the signed proof
   * @throws CryptoException if the key fails to sign; the sequence number is then not used up
   * @throws IllegalStateException if the sequence numbers are used up
   */
  public synchronized <T> SignedProof<T> sign(ProofKind<T> kind, T payload)
      throws CryptoException {
    return sign(kind, payload, clock.instant());
  }

  /**
   * Signs a proof with an explicit timestamp, with the next sequence number.
   *
   * @param <T> the payload type
   * @param kind the proof's kind
   * @param payload the kind's payload
   * @param timestamp when the proof was made; truncated to milliseconds
   * @return the signed proof
   * @throws CryptoException if the key fails to sign; the sequence number is then not used up
   * @throws IllegalStateException if the sequence numbers are used up
   */
  public synchronized <T> SignedProof<T> sign(ProofKind<T> kind, T payload, Instant timestamp)
      throws CryptoException {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(payload, "payload");
    Objects.requireNonNull(timestamp, "timestamp");
    if (nextSequence > ReplayToken.MAX_SEQUENCE) {
      throw new IllegalStateException("the device has used every sequence number");
    }
    SignedProof<T> proof =
        SignedProof.sign(
            kind, payload, device, ReplayToken.sequence(nextSequence), timestamp, signer);
    nextSequence++;
    return proof;
  }

  /** {@return the sequence number the next proof will carry; persist it} */
  public synchronized long nextSequence() {
    return nextSequence;
  }

  /** {@return the device this signer signs for} */
  public DeviceId device() {
    return device;
  }

  /** {@return the public key of the device's current key} */
  public PublicKey publicKey() {
    return signer.publicKey();
  }

  /** {@return the device's clock} */
  public Clock clock() {
    return clock;
  }

  @Override
  public String toString() {
    return "DeviceSigner[" + device + "]";
  }
}
