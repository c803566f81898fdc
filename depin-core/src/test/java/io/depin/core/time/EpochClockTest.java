package io.depin.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class EpochClockTest {
  private static final Instant GENESIS = Instant.parse("2026-01-01T00:00:00Z");
  private static final Duration HOUR = Duration.ofHours(1);

  private static EpochClock at(Instant now) {
    return EpochClock.of(Clock.fixed(now, ZoneOffset.UTC), GENESIS, HOUR);
  }

  @Test
  void current_fixedClock_readsInjectedClock() {
    assertThat(at(GENESIS).current()).isEqualTo(Epoch.FIRST);
    assertThat(at(GENESIS.plus(Duration.ofMinutes(150))).current()).isEqualTo(Epoch.of(2));
  }

  @Test
  void current_offsetClock_movesWithOffset() {
    Clock base = Clock.fixed(GENESIS, ZoneOffset.UTC);
    EpochClock later = EpochClock.of(Clock.offset(base, Duration.ofHours(5).plusNanos(1)), GENESIS, HOUR);
    assertThat(later.current()).isEqualTo(Epoch.of(5));
  }

  @Test
  void current_beforeGenesis_throwsIllegalState() {
    assertThatThrownBy(() -> at(GENESIS.minusNanos(1)).current()).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void epochAt_beforeGenesis_isEmpty() {
    assertThat(at(GENESIS).epochAt(GENESIS.minusNanos(1))).isEmpty();
    assertThat(at(GENESIS).epochAt(Instant.MIN)).isEmpty();
  }

  @Test
  void epochAt_boundaries_areHalfOpen() {
    EpochClock clock = at(GENESIS);
    assertThat(clock.epochAt(GENESIS.plus(HOUR).minusNanos(1))).contains(Epoch.FIRST);
    assertThat(clock.epochAt(GENESIS.plus(HOUR))).contains(Epoch.of(1));
    assertThat(clock.endOf(Epoch.FIRST)).isEqualTo(clock.startOf(Epoch.of(1)));
  }

  @Test
  void startOfAndEndOf_knownEpoch_matchArithmetic() {
    EpochClock clock = at(GENESIS);
    assertThat(clock.startOf(Epoch.of(24))).isEqualTo(Instant.parse("2026-01-02T00:00:00Z"));
    assertThat(clock.endOf(Epoch.of(24))).isEqualTo(Instant.parse("2026-01-02T01:00:00Z"));
  }

  @Test
  void startOf_beyondInstantMax_throwsDateTime() {
    EpochClock clock = at(GENESIS);
    assertThatThrownBy(() -> clock.startOf(Epoch.of(Long.MAX_VALUE))).isInstanceOf(DateTimeException.class);
    assertThatThrownBy(() -> clock.endOf(Epoch.of(Long.MAX_VALUE))).isInstanceOf(DateTimeException.class);
  }

  @Test
  void epochAt_indexBeyondLong_throwsArithmetic() {
    EpochClock nanoEpochs = EpochClock.of(Clock.fixed(GENESIS, ZoneOffset.UTC), Instant.MIN, Duration.ofNanos(1));
    assertThatThrownBy(() -> nanoEpochs.epochAt(Instant.MAX)).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void of_nonPositiveLength_throwsIllegalArgument() {
    Clock clock = Clock.fixed(GENESIS, ZoneOffset.UTC);
    assertThatThrownBy(() -> EpochClock.of(clock, GENESIS, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> EpochClock.of(clock, GENESIS, Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Property
  void epochAt_instantAtOrAfterGenesis_liesInExactlyThatEpoch(
      @ForAll @LongRange(min = 0, max = 1_000_000_000_000L) long secondsAfter,
      @ForAll @LongRange(min = 0, max = 999_999_999) long nanos,
      @ForAll @LongRange(min = 1_000, max = 10_000_000_000_000L) long lengthNanos,
      @ForAll @LongRange(min = -10_000_000_000L, max = 10_000_000_000L) long genesisSecond) {
    Instant genesis = Instant.ofEpochSecond(genesisSecond);
    EpochClock clock = EpochClock.of(Clock.fixed(genesis, ZoneOffset.UTC), genesis, Duration.ofNanos(lengthNanos));
    Instant t = genesis.plusSeconds(secondsAfter).plusNanos(nanos);
    Epoch e = clock.epochAt(t).orElseThrow();
    assertThat(clock.startOf(e)).isBeforeOrEqualTo(t);
    assertThat(clock.endOf(e)).isAfter(t);
    assertThat(clock.epochAt(clock.startOf(e))).contains(e);
    if (e.index() > 0) {
      assertThat(clock.endOf(e.previous())).isEqualTo(clock.startOf(e)).isBeforeOrEqualTo(t);
    }
  }
}
