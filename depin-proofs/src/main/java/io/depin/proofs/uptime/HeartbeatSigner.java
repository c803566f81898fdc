package io.depin.proofs.uptime;

import io.depin.core.crypto.CryptoException;
import io.depin.proofs.DeviceSigner;
import io.depin.proofs.SignedProof;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The device side of uptime: makes heartbeats, placing each in the bucket of its own timestamp,
 * and signs them through the device's {@link DeviceSigner}, which numbers them with the device's
 * one increasing sequence, so a device app cannot get either wrong.
 *
 * {@snippet :
 * DeviceSigner device = DeviceSigner.create(deviceId, deviceKey, clock, storedNext);
 * HeartbeatSigner uptime = HeartbeatSigner.create(kind, device);
 * SignedProof<Heartbeat> beat = uptime.beat();
 * send(beat.toBytes());
 * store(device.nextSequence());
 * }
 *
 * <p>Thread-safe.
 *
 * @since 0.1.0
 */
public final class HeartbeatSigner {
  private final HeartbeatKind kind;
  private final DeviceSigner device;

  private HeartbeatSigner(HeartbeatKind kind, DeviceSigner device) {
    this.kind = kind;
    this.device = device;
  }

  /**
   * Creates a signer.
   *
   * @param kind the heartbeat kind, with the rules the network publishes
   * @param device the device's signer, whose clock timestamps the heartbeats
   * @return the signer
   */
  public static HeartbeatSigner create(HeartbeatKind kind, DeviceSigner device) {
    return new HeartbeatSigner(
        Objects.requireNonNull(kind, "kind"), Objects.requireNonNull(device, "device"));
  }

  /**
   * Signs an operational heartbeat now.
   *
   * @return the signed heartbeat
   * @throws CryptoException if the key fails to sign
   * @throws IllegalStateException if no rules are in force now, the clock is before 1970, or the
   *     sequence numbers are used up
   */
  public SignedProof<Heartbeat> beat() throws CryptoException {
    Instant now = device.clock().instant().truncatedTo(ChronoUnit.MILLIS);
    UptimeRules rules =
        kind.rules()
            .inForceAt(now)
            .orElseThrow(() -> new IllegalStateException("no uptime rules in force at " + now));
    long bucket = rules.bucketOf(now.getEpochSecond());
    if (bucket < 0) {
      throw new IllegalStateException("the clock reads " + now + ", before 1970");
    }
    return device.sign(kind, new Heartbeat(bucket, true), now);
  }

  @Override
  public String toString() {
    return "HeartbeatSigner[" + device.device() + "]";
  }
}
