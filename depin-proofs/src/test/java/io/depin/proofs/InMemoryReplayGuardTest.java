package io.depin.proofs;

import static org.assertj.core.api.Assertions.assertThat;

import io.depin.core.bytes.Bytes;
import io.depin.core.bytes.Hash32;
import io.depin.devices.DeviceId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class InMemoryReplayGuardTest {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private static final Duration MAX_AGE = Duration.ofMinutes(5);
  private static final DeviceId DEVICE = new DeviceId(Hash32.of(new byte[32]));
  private static final ReplayToken NONCE = ReplayToken.nonce(Bytes.of(new byte[] {1, 2, 3, 4}));

  /** A clock the test moves by hand. */
  private static final class MovableClock extends Clock {
    private Instant now;

    MovableClock(Instant now) {
      this.now = now;
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }

  @Test
  void tryAccept_nonceReplayedAfterItsExpiry_isRefused() {
    // The verifier judged the replay fresh at T0 + maxAge (its own clock reading); by the time
    // the guard is asked, its clock has moved on and the first use has expired and been dropped.
    MovableClock clock = new MovableClock(T0);
    InMemoryReplayGuard guard = new InMemoryReplayGuard(clock);
    Instant expiresAt = T0.plus(MAX_AGE);
    assertThat(guard.tryAccept(DEVICE, NONCE, expiresAt)).isTrue();
    clock.now = expiresAt.plusMillis(1);
    assertThat(guard.tryAccept(DEVICE, NONCE, expiresAt)).isFalse();
  }

  @Test
  void tryAccept_nonceAtItsExpiryInstant_isStillRemembered() {
    MovableClock clock = new MovableClock(T0);
    InMemoryReplayGuard guard = new InMemoryReplayGuard(clock);
    Instant expiresAt = T0.plus(MAX_AGE);
    assertThat(guard.tryAccept(DEVICE, NONCE, expiresAt)).isTrue();
    clock.now = expiresAt;
    assertThat(guard.tryAccept(DEVICE, NONCE, expiresAt)).isFalse();
  }

  @Test
  void tryAccept_expiredNonceDropped_newNoncesStillAccepted() {
    MovableClock clock = new MovableClock(T0);
    InMemoryReplayGuard guard = new InMemoryReplayGuard(clock);
    assertThat(guard.tryAccept(DEVICE, NONCE, T0.plus(MAX_AGE))).isTrue();
    clock.now = T0.plus(MAX_AGE).plusSeconds(1);
    ReplayToken other = ReplayToken.nonce(Bytes.of(new byte[] {9}));
    assertThat(guard.tryAccept(DEVICE, other, clock.now.plus(MAX_AGE))).isTrue();
    assertThat(guard.tryAccept(DEVICE, other, clock.now.plus(MAX_AGE))).isFalse();
  }

  @Test
  void tryAccept_manyNoncesAndExpiries_matchesASimpleModel() {
    // the model remembers every nonce with its expiry and refuses those already expired
    java.util.Random random = new java.util.Random(42);
    MovableClock clock = new MovableClock(T0);
    InMemoryReplayGuard guard = new InMemoryReplayGuard(clock);
    java.util.Map<Integer, Instant> model = new java.util.HashMap<>();
    for (int i = 0; i < 5_000; i++) {
      clock.now = clock.now.plusSeconds(random.nextInt(20));
      int n = random.nextInt(200);
      Instant expiresAt = clock.now.plusSeconds(random.nextInt(400) - 50);
      Instant remembered = model.get(n);
      boolean expected = !expiresAt.isBefore(clock.now)
          && (remembered == null || remembered.isBefore(clock.now));
      if (expected) {
        model.put(n, expiresAt);
      }
      ReplayToken token = ReplayToken.nonce(Bytes.of(new byte[] {(byte) n, (byte) (n >> 8)}));
      assertThat(guard.tryAccept(DEVICE, token, expiresAt)).as("step %d", i).isEqualTo(expected);
    }
  }
}
