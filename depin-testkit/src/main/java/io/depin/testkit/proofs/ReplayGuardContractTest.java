package io.depin.testkit.proofs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.depin.core.bytes.Bytes;
import io.depin.core.bytes.Hash32;
import io.depin.devices.DeviceId;
import io.depin.proofs.ReplayGuard;
import io.depin.proofs.ReplayToken;
import io.depin.testkit.FakeClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link ReplayGuard} keeps: per-device strictly increasing sequence numbers,
 * nonces accepted once until they expire and refused once their expiry has passed, independent
 * devices, and atomic acceptance under concurrency. Extend it and return a fresh, empty guard driven by the given clock:
 *
 * {@snippet :
 * class RedisReplayGuardTest extends ReplayGuardContractTest {
 *   @Override
 *   protected ReplayGuard newGuard(Clock clock) {
 *     return new RedisReplayGuard(freshDatabase(), clock);
 *   }
 * }
 * }
 *
 * <p>Tests use JUnit 5 and jqwik; both engines must be on the test runtime path.
 *
 * @since 0.1.0
 */
public abstract class ReplayGuardContractTest {
  private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
  private static final Duration RETENTION = Duration.ofMinutes(5);
  private static final int THREADS = 8;

  /** Creates the contract test. */
  protected ReplayGuardContractTest() {}

  /**
   * Returns a new, empty guard that judges nonce expiry by {@code clock}; called once or more per
   * test.
   *
   * @param clock the clock the guard must use
   * @return the guard under test
   */
  protected abstract ReplayGuard newGuard(Clock clock);

  @Test
  void tryAccept_increasingSequences_acceptsEach() {
    ReplayGuard guard = newGuard(FakeClock.at(START));
    DeviceId device = device(1);
    for (long s : new long[] {0, 1, 2, 10, ReplayToken.MAX_SEQUENCE}) {
      assertTrue(guard.tryAccept(device, ReplayToken.sequence(s), START.plus(RETENTION)), "" + s);
    }
  }

  @Test
  void tryAccept_sameSequenceTwice_rejectsSecond() {
    ReplayGuard guard = newGuard(FakeClock.at(START));
    assertTrue(guard.tryAccept(device(1), ReplayToken.sequence(5), START));
    assertFalse(guard.tryAccept(device(1), ReplayToken.sequence(5), START));
  }

  @Test
  void tryAccept_lowerSequenceAfterHigher_rejects() {
    ReplayGuard guard = newGuard(FakeClock.at(START));
    assertTrue(guard.tryAccept(device(1), ReplayToken.sequence(9), START));
    assertFalse(guard.tryAccept(device(1), ReplayToken.sequence(8), START));
    assertTrue(guard.tryAccept(device(1), ReplayToken.sequence(10), START));
  }

  @Test
  void tryAccept_sameTokensOnTwoDevices_acceptsBoth() {
    ReplayGuard guard = newGuard(FakeClock.at(START));
    Bytes nonce = bytes(1, 2, 3);
    assertTrue(guard.tryAccept(device(1), ReplayToken.sequence(3), START));
    assertTrue(guard.tryAccept(device(2), ReplayToken.sequence(3), START));
    assertTrue(guard.tryAccept(device(1), ReplayToken.nonce(nonce), START.plus(RETENTION)));
    assertTrue(guard.tryAccept(device(2), ReplayToken.nonce(nonce), START.plus(RETENTION)));
  }

  @Test
  void tryAccept_sameNonceBeforeExpiry_rejectsSecond() {
    FakeClock clock = FakeClock.at(START);
    ReplayGuard guard = newGuard(clock);
    ReplayToken nonce = ReplayToken.nonce(bytes(7, 7, 7, 7));
    assertTrue(guard.tryAccept(device(1), nonce, START.plus(RETENTION)));
    clock.advance(RETENTION.minusSeconds(1));
    assertFalse(guard.tryAccept(device(1), nonce, START.plus(RETENTION)));
  }

  @Test
  void tryAccept_nonceWhoseExpiryHasPassed_isRefusedEvenIfForgotten() {
    FakeClock clock = FakeClock.at(START);
    ReplayGuard guard = newGuard(clock);
    ReplayToken nonce = ReplayToken.nonce(bytes(8, 8, 8, 8));
    assertTrue(guard.tryAccept(device(1), nonce, START.plus(RETENTION)));
    clock.advance(RETENTION.plusSeconds(1));
    assertFalse(guard.tryAccept(device(1), nonce, START.plus(RETENTION)),
        "a replay whose expiry has passed must not be accepted again");
    assertFalse(guard.tryAccept(device(2), ReplayToken.nonce(bytes(9)), START.plus(RETENTION)),
        "a nonce already expired when it arrives must be refused");
  }

  @Test
  void tryAccept_nonceAndSequence_independent() {
    ReplayGuard guard = newGuard(FakeClock.at(START));
    assertTrue(guard.tryAccept(device(1), ReplayToken.sequence(4), START));
    assertTrue(guard.tryAccept(device(1), ReplayToken.nonce(bytes(4)), START.plus(RETENTION)));
    assertTrue(guard.tryAccept(device(1), ReplayToken.sequence(5), START));
  }

  @Test
  void tryAccept_concurrentSameToken_acceptsExactlyOnce() throws Exception {
    ReplayGuard guard = newGuard(FakeClock.at(START));
    for (ReplayToken token :
        List.of(ReplayToken.sequence(1), ReplayToken.nonce(bytes(9, 9)))) {
      assertEquals(1, race(THREADS, () -> guard.tryAccept(device(3), token, START.plus(RETENTION))),
          token.toString());
    }
  }

  @Property(tries = 50)
  void tryAccept_anyOrderOfSequences_acceptsAnIncreasingSubsequence(
      @ForAll @Size(max = 30) List<@IntRange(min = 0, max = 20) Integer> sequences) {
    ReplayGuard guard = newGuard(FakeClock.at(START));
    List<Long> accepted = new ArrayList<>();
    for (int s : sequences) {
      if (guard.tryAccept(device(1), ReplayToken.sequence(s), START)) {
        accepted.add((long) s);
      }
    }
    for (int i = 1; i < accepted.size(); i++) {
      assertTrue(accepted.get(i) > accepted.get(i - 1), accepted.toString());
    }
    if (!sequences.isEmpty()) {
      assertEquals(sequences.get(0).longValue(), accepted.get(0));
    }
  }

  @Property(tries = 50)
  void tryAccept_anyOrderOfNonces_acceptsEachDistinctNonceOnce(
      @ForAll @Size(max = 30) List<@IntRange(min = 0, max = 10) Integer> nonces) {
    ReplayGuard guard = newGuard(FakeClock.at(START));
    Set<Integer> seen = new HashSet<>();
    for (int n : nonces) {
      boolean fresh = guard.tryAccept(
          device(1), ReplayToken.nonce(bytes(n, 1)), START.plus(RETENTION));
      assertEquals(seen.add(n), fresh, "nonce " + n);
    }
  }

  private static int race(int threads, Callable<Boolean> attempt) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        results.add(pool.submit(() -> {
          start.await();
          return attempt.call();
        }));
      }
      start.countDown();
      int wins = 0;
      for (Future<Boolean> result : results) {
        wins += result.get() ? 1 : 0;
      }
      return wins;
    } finally {
      pool.shutdownNow();
    }
  }

  private static Bytes bytes(int... values) {
    byte[] raw = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      raw[i] = (byte) values[i];
    }
    return Bytes.of(raw);
  }

  private static DeviceId device(int n) {
    byte[] raw = new byte[Hash32.LENGTH];
    raw[0] = (byte) n;
    return new DeviceId(Hash32.of(raw));
  }
}
