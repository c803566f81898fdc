/**
 * Uptime proofs: devices send signed {@link io.depin.proofs.uptime.Heartbeat}s, and an {@link
 * io.depin.proofs.uptime.UptimeCounter} counts, per device and epoch, the distinct time buckets
 * with a verified heartbeat against a minimum (Helium Mobile: 12 hourly buckets per day).
 *
 * {@snippet :
 * HeartbeatKind kind = new HeartbeatKind(RuleBook.startingAt(launch, UptimeRules.HELIUM_MOBILE));
 * DeviceSigner device = DeviceSigner.create(deviceId, deviceKey, deviceClock, 0);
 * byte[] wire = HeartbeatSigner.create(kind, device).beat().toBytes();
 * // on the network side, after ProofVerifier accepted the heartbeats of the day
 * UptimeReport report = new UptimeCounter(rules, epochClock).count(epoch, verifiedHeartbeats);
 * }
 */
@NullMarked
package io.depin.proofs.uptime;

import org.jspecify.annotations.NullMarked;
