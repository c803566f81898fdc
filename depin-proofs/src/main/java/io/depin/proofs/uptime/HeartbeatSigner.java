package io.depin.proofs.uptime;

import io.depin.core.crypto.CryptoException;
import io.depin.core.crypto.Signer;
import io.depin.devices.DeviceId;
import io.depin.proofs.ReplayToken;
import io.depin.proofs.SignedProof;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The device side of uptime: makes and signs heartbeats, placing each in the bucket of its own
 * timestamp and numbering them with strictly increasing sequence numbers, so a device app cannot
 * get either wrong.
 *
 * <p>The device must persist {@link #nextSequence()} across restarts and pass it back to {@link
 * #create}: a verifier rejects any sequence number it has already seen.
 *
 * {@snippet :
 * HeartbeatSigner device = HeartbeatSigner.create(kind, deviceId, deviceKey, clock, storedNext);
 * SignedProof<Heartbeat> beat = device.beat();
 * send(beat.toBytes());
 * store(device.nextSequence());
 * }
 *
 * <p>Thread-safe: concurrent calls get distinct sequence numbers.
 *
 * @since 0.1.0
 */
public final class HeartbeatSigner {
  private final HeartbeatKind kind;
  private final DeviceId device;
  private final Signer signer;
  private final Clock clock;
  private long nextSequence;

  private HeartbeatSigner(
      HeartbeatKind kind, DeviceId device, Signer signer, Clock clock, long nextSequence) {
    this.kind = kind;
    this.device = device;
    this.signer = signer;
    this.clock = clock;
    this.nextSequence = nextSequence;
  }

  /**
   * Creates a signer.
   *
   * @param kind the heartbeat kind, with the rules the network publishes
   * @param device the device's id
   * @param signer the device's current key
   * @param clock the device's clock
   * @param nextSequence the sequence number of the next heartbeat, in [0, 2^53 - 1]
   * @return the signer
   * @throws IllegalArgumentException if {@code nextSequence} is out of range
   */
  public static HeartbeatSigner create(
      HeartbeatKind kind, DeviceId device, Signer signer, Clock clock, long nextSequence) {
    ReplayToken.sequence(nextSequence);
    return new HeartbeatSigner(
        Objects.requireNonNull(kind, "kind"),
        Objects.requireNonNull(device, "device"),
        Objects.requireNonNull(signer, "signer"),
        Objects.requireNonNull(clock, "clock"),
        nextSequence);
  }

  /**
   * Signs an operational heartbeat now.
   *
   * @return the signed heartbeat
   * @throws CryptoException if the key fails to sign
   * @throws IllegalStateException if no rules are in force now, the clock is before 1970, or the
   *     sequence numbers are used up
   */
  public synchronized SignedProof<Heartbeat> beat() throws CryptoException {
    if (nextSequence > ReplayToken.MAX_SEQUENCE) {
      throw new IllegalStateException("the device has used every sequence number");
    }
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    UptimeRules rules =
        kind.rules()
            .inForceAt(now)
            .orElseThrow(() -> new IllegalStateException("no uptime rules in force at " + now));
    long bucket = rules.bucketOf(now.getEpochSecond());
    if (bucket < 0) {
      throw new IllegalStateException("the clock reads " + now + ", before 1970");
    }
    SignedProof<Heartbeat> proof =
        SignedProof.sign(
            kind,
            new Heartbeat(bucket, true),
            device,
            ReplayToken.sequence(nextSequence),
            now,
            signer);
    nextSequence++;
    return proof;
  }

  /** {@return the sequence number the next heartbeat will carry; persist it} */
  public synchronized long nextSequence() {
    return nextSequence;
  }

  @Override
  public String toString() {
    return "HeartbeatSigner[" + device + "]";
  }
}
