package io.depin.proofs;

import io.depin.core.bytes.Bytes;
import io.depin.devices.DeviceId;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link ReplayGuard} that keeps its memory in the heap: per device, the highest sequence number
 * accepted and the nonces that have not yet expired. Expired nonces are dropped when the device
 * next presents a nonce, judged by the injected clock; a nonce whose {@code expiresAt} has already
 * passed by that clock is refused, since an earlier use of it may have been dropped.
 *
 * {@snippet :
 * ReplayGuard guard = new InMemoryReplayGuard(Clock.systemUTC());
 * ProofVerifier verifier = ProofVerifier.builder().replayGuard(guard) // ...
 *     .build();
 * }
 *
 * <p>Thread-safe: calls for different devices run in parallel; calls for one device are serialized.
 * Memory grows with the number of devices and of unexpired nonces; the memory is lost on restart,
 * so use a durable guard where a restart must not reopen a replay window.
 *
 * @since 0.1.0
 */
public final class InMemoryReplayGuard implements ReplayGuard {
  private final Clock clock;
  private final ConcurrentHashMap<DeviceId, Memory> devices = new ConcurrentHashMap<>();

  /**
   * Creates an empty guard.
   *
   * @param clock the clock that decides when a nonce has expired
   */
  public InMemoryReplayGuard(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public boolean tryAccept(DeviceId device, ReplayToken token, Instant expiresAt) {
    Objects.requireNonNull(device, "device");
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(expiresAt, "expiresAt");
    Memory memory = devices.computeIfAbsent(device, d -> new Memory());
    synchronized (memory) {
      return switch (token) {
        case ReplayToken.Sequence s -> memory.acceptSequence(s.value());
        case ReplayToken.Nonce n -> memory.acceptNonce(n.value(), expiresAt, clock.instant());
      };
    }
  }

  @Override
  public String toString() {
    return "InMemoryReplayGuard[devices=" + devices.size() + "]";
  }

  /** One device's memory; guarded by its own monitor. */
  private static final class Memory {
    private long highestSequence = -1;
    private final Map<Bytes, Instant> nonces = new HashMap<>();
    /** The nonces of {@link #nonces}, each once, soonest expiry first. */
    private final PriorityQueue<Map.Entry<Instant, Bytes>> byExpiry =
        new PriorityQueue<>(Map.Entry.comparingByKey());

    boolean acceptSequence(long sequence) {
      if (sequence <= highestSequence) {
        return false;
      }
      highestSequence = sequence;
      return true;
    }

    boolean acceptNonce(Bytes nonce, Instant expiresAt, Instant now) {
      if (expiresAt.isBefore(now)) {
        // an earlier use may already have been dropped; accepting now could accept a replay
        return false;
      }
      // drop expired nonces soonest first: each call costs O(log n), not a scan of all n
      while (!byExpiry.isEmpty() && byExpiry.peek().getKey().isBefore(now)) {
        nonces.remove(byExpiry.poll().getValue());
      }
      if (nonces.putIfAbsent(nonce, expiresAt) != null) {
        return false;
      }
      byExpiry.add(Map.entry(expiresAt, nonce));
      return true;
    }
  }
}
