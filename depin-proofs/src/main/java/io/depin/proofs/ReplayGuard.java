package io.depin.proofs;

import io.depin.devices.DeviceId;
import java.time.Instant;

/**
 * Remembers which proofs were accepted, so none is accepted twice (SPI). {@link
 * InMemoryReplayGuard} keeps its memory in the heap; a durable guard keeps it in a database and
 * implements the same contract, which the test kit's {@code ReplayGuardContractTest} checks.
 *
 * <p>Rules every implementation keeps:
 *
 * <ul>
 *   <li>{@link #tryAccept} is atomic: of any number of concurrent calls with the same device and
 *       token, at most one returns {@code true}.
 *   <li>A {@link ReplayToken.Sequence} is accepted only if it is greater than every sequence
 *       accepted before for the same device.
 *   <li>A {@link ReplayToken.Nonce} is accepted only if the device did not use it before; a guard
 *       may forget it once {@code expiresAt} has passed, and so must refuse a nonce whose {@code
 *       expiresAt} has already passed when it is presented (its first use may be forgotten, and the
 *       caller's freshness check may have read an earlier clock).
 *   <li>Devices are independent: one device's tokens never block another's.
 * </ul>
 *
 * {@snippet :
 * ReplayGuard guard = new InMemoryReplayGuard(clock);
 * boolean first = guard.tryAccept(device, ReplayToken.sequence(1), expiresAt);   // true
 * boolean again = guard.tryAccept(device, ReplayToken.sequence(1), expiresAt);   // false
 * }
 *
 * <p>Implementations are thread-safe.
 *
 * @since 0.1.0
 */
public interface ReplayGuard {
  /**
   * Accepts {@code token} for {@code device} if it was not used before, and remembers it.
   *
   * @param device the device that made the proof
   * @param token the proof's sequence number or nonce
   * @param expiresAt the instant after which a proof with this token is too old to be accepted by
   *     any check, so a nonce need not be remembered any longer
   * @return {@code true} if the token is fresh (and is now remembered), {@code false} if it is a
   *     replay
   */
  boolean tryAccept(DeviceId device, ReplayToken token, Instant expiresAt);
}
