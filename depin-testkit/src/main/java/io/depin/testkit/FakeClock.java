package io.depin.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A {@link Clock} that moves only when a test tells it to.
 *
 * <p>Inject it wherever the SDK takes a {@code Clock} (an {@code EpochClock}, a verifier's freshness
 * check) and drive time from the test:
 *
 * {@snippet :
 * FakeClock clock = FakeClock.at(Instant.parse("2026-01-01T00:00:00Z"));
 * clock.advance(Duration.ofHours(1));
 * clock.instant();   // 2026-01-01T01:00:00Z
 * }
 *
 * <p>Thread-safe: reads and moves are atomic. Clocks made by {@link #withZone} share this clock's
 * time.
 *
 * @since 0.1.0
 */
public final class FakeClock extends Clock {
  private final TimeSource source;
  private final ZoneId zone;

  private FakeClock(TimeSource source, ZoneId zone) {
    this.source = source;
    this.zone = zone;
  }

  /**
   * Returns a clock standing at {@code start}, in UTC.
   *
   * @param start the first instant the clock reports
   * @return a new clock
   */
  public static FakeClock at(Instant start) {
    return new FakeClock(new TimeSource(Objects.requireNonNull(start, "start")), ZoneOffset.UTC);
  }

  /** {@return a clock standing at the Unix epoch, in UTC} */
  public static FakeClock atEpoch() {
    return at(Instant.EPOCH);
  }

  /**
   * Moves the clock forward.
   *
   * @param amount how far; must not be negative
   * @return the new instant
   * @throws IllegalArgumentException if {@code amount} is negative
   */
  public Instant advance(Duration amount) {
    if (amount.isNegative()) {
      throw new IllegalArgumentException("a clock does not move backwards: " + amount);
    }
    synchronized (source) {
      source.now = source.now.plus(amount);
      return source.now;
    }
  }

  /**
   * Sets the clock to {@code instant}, which may be earlier than now (to test clock skew).
   *
   * @param instant the instant to report from now on
   */
  public void set(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    synchronized (source) {
      source.now = instant;
    }
  }

  @Override
  public Instant instant() {
    synchronized (source) {
      return source.now;
    }
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId newZone) {
    return new FakeClock(source, Objects.requireNonNull(newZone, "zone"));
  }

  @Override
  public String toString() {
    return "FakeClock[" + instant() + ", " + zone + "]";
  }

  private static final class TimeSource {
    private Instant now;

    TimeSource(Instant now) {
      this.now = now;
    }
  }
}
