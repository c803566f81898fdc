package io.depin.core.time;

import java.math.BigInteger;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Divides time after a genesis instant into epochs of a fixed length, reading "now" only from an
 * injected {@link Clock}.
 *
 * <p>Epoch {@code n} is the half-open interval {@code [genesis + n * length, genesis + (n + 1) *
 * length)}: {@link #startOf} is inside the epoch and {@link #endOf} is the start of the next one.
 * An instant before genesis belongs to no epoch: {@link #epochAt} returns an empty {@code Optional}
 * for it (old timestamps in network input are a normal case), while {@link #current()} throws
 * {@link IllegalStateException}, since a clock before genesis is a misconfiguration.
 *
 * <p>All arithmetic is exact; nothing wraps around. Results beyond {@link Instant#MAX} throw
 * {@link DateTimeException}, and an epoch index beyond {@link Long#MAX_VALUE} (possible only with
 * epochs shorter than about four seconds, billions of years after genesis) throws {@link
 * ArithmeticException}.
 *
 * {@snippet :
 * EpochClock epochs = EpochClock.of(Clock.systemUTC(), Instant.parse("2026-01-01T00:00:00Z"), Duration.ofHours(1));
 * Epoch now = epochs.current();
 * Instant deadline = epochs.endOf(now);
 * }
 *
 * <p>Instances are immutable and as thread-safe as their clock.
 *
 * @since 0.1.0
 */
public final class EpochClock {
  private static final BigInteger NANOS_PER_SECOND = BigInteger.valueOf(1_000_000_000L);

  private final Clock clock;
  private final Instant genesis;
  private final Duration epochLength;
  private final BigInteger lengthNanos;

  private EpochClock(Clock clock, Instant genesis, Duration epochLength) {
    this.clock = clock;
    this.genesis = genesis;
    this.epochLength = epochLength;
    this.lengthNanos = nanos(epochLength.getSeconds(), epochLength.getNano());
  }

  /**
   * Returns an epoch clock.
   *
   * @param clock where "now" comes from
   * @param genesis the instant epoch 0 starts
   * @param epochLength the length of every epoch, positive
   * @return the epoch clock
   * @throws IllegalArgumentException if {@code epochLength} is zero or negative
   */
  public static EpochClock of(Clock clock, Instant genesis, Duration epochLength) {
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(genesis, "genesis");
    Objects.requireNonNull(epochLength, "epochLength");
    if (epochLength.isNegative() || epochLength.isZero()) {
      throw new IllegalArgumentException("an epoch length must be positive, not " + epochLength);
    }
    return new EpochClock(clock, genesis, epochLength);
  }

  /** {@return the instant epoch 0 starts} */
  public Instant genesis() {
    return genesis;
  }

  /** {@return the length of every epoch} */
  public Duration epochLength() {
    return epochLength;
  }

  /**
   * Returns the epoch the injected clock is in now.
   *
   * @return the current epoch
   * @throws IllegalStateException if the clock reads a time before genesis
   */
  public Epoch current() {
    Instant now = clock.instant();
    return epochAt(now)
        .orElseThrow(
            () -> new IllegalStateException("the clock reads " + now + ", before genesis at " + genesis));
  }

  /**
   * Returns the epoch {@code instant} falls in, or empty if it is before genesis.
   *
   * @param instant any instant
   * @return the epoch whose half-open interval holds {@code instant}; empty before genesis
   * @throws ArithmeticException if the epoch index would exceed {@link Long#MAX_VALUE}
   */
  public Optional<Epoch> epochAt(Instant instant) {
    if (instant.isBefore(genesis)) {
      return Optional.empty();
    }
    BigInteger elapsed =
        nanos(instant.getEpochSecond(), instant.getNano()).subtract(nanos(genesis.getEpochSecond(), genesis.getNano()));
    return Optional.of(Epoch.of(elapsed.divide(lengthNanos).longValueExact()));
  }

  /**
   * Returns the first instant of {@code epoch} (inclusive).
   *
   * @param epoch the epoch
   * @return {@code genesis + index * epochLength}
   * @throws DateTimeException if that is after {@link Instant#MAX}
   */
  public Instant startOf(Epoch epoch) {
    return offset(BigInteger.valueOf(epoch.index()));
  }

  /**
   * Returns the end of {@code epoch} (exclusive): the start of the next epoch.
   *
   * @param epoch the epoch
   * @return {@code genesis + (index + 1) * epochLength}
   * @throws DateTimeException if that is after {@link Instant#MAX}
   */
  public Instant endOf(Epoch epoch) {
    return offset(BigInteger.valueOf(epoch.index()).add(BigInteger.ONE));
  }

  private Instant offset(BigInteger epochs) {
    BigInteger total = nanos(genesis.getEpochSecond(), genesis.getNano()).add(epochs.multiply(lengthNanos));
    BigInteger[] secondsAndNanos = total.divideAndRemainder(NANOS_PER_SECOND);
    if (secondsAndNanos[0].compareTo(BigInteger.valueOf(Instant.MAX.getEpochSecond())) > 0) {
      throw new DateTimeException("the instant " + epochs + " epochs after genesis is after Instant.MAX");
    }
    return Instant.ofEpochSecond(secondsAndNanos[0].longValueExact(), secondsAndNanos[1].longValueExact());
  }

  private static BigInteger nanos(long seconds, int nanos) {
    return BigInteger.valueOf(seconds).multiply(NANOS_PER_SECOND).add(BigInteger.valueOf(nanos));
  }

  @Override
  public String toString() {
    return "EpochClock[genesis=" + genesis + ", epochLength=" + epochLength + "]";
  }
}
