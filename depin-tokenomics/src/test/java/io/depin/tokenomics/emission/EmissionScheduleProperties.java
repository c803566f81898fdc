package io.depin.tokenomics.emission;

import static org.assertj.core.api.Assertions.assertThat;

import io.depin.core.time.Epoch;
import io.depin.core.time.EpochClock;
import io.depin.tokenomics.emission.filecoin.FilecoinEmission;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** The cumulative identity of every schedule type, over windows placed up to 10^7 epochs out. */
class EmissionScheduleProperties {
  private static final Instant GENESIS = Instant.parse("2020-01-01T00:00:00Z");

  private static BigInteger sum(EmissionSchedule s, long from, long to) {
    BigInteger total = BigInteger.ZERO;
    for (long e = from; e <= to; e++) {
      BigInteger amount = s.amountAt(Epoch.of(e));
      assertThat(amount).as("amount at %d", e).isNotNegative();
      total = total.add(amount);
    }
    return total;
  }

  private static BigInteger before(EmissionSchedule s, long from) {
    return from == 0 ? BigInteger.ZERO : s.cumulativeThrough(Epoch.of(from - 1));
  }

  @Property(tries = 300)
  void window_sumOfAmounts_equalsDifferenceOfCumulatives(
      @ForAll("schedules") EmissionSchedule schedule,
      @ForAll @LongRange(min = 0, max = 10_000_000) long start,
      @ForAll @IntRange(min = 1, max = 200) int length) {
    long end = start + length - 1;
    assertThat(sum(schedule, start, end))
        .isEqualTo(schedule.cumulativeThrough(Epoch.of(end)).subtract(before(schedule, start)))
        .isEqualTo(schedule.amountBetween(Epoch.of(start), Epoch.of(end)));
  }

  @Property(tries = 100)
  void prefix_sumFromGenesis_equalsCumulative(
      @ForAll("schedules") EmissionSchedule schedule,
      @ForAll @IntRange(min = 0, max = 2_000) int end) {
    assertThat(sum(schedule, 0, end)).isEqualTo(schedule.cumulativeThrough(Epoch.of(end)));
  }

  @Property(tries = 300)
  void cumulative_neverDecreases(
      @ForAll("closedFormSchedules") EmissionSchedule schedule,
      @ForAll @LongRange(min = 0, max = 1_000_000_000_000L) long a,
      @ForAll @LongRange(min = 0, max = 1_000_000_000_000L) long b) {
    long lo = Math.min(a, b);
    long hi = Math.max(a, b);
    assertThat(schedule.cumulativeThrough(Epoch.of(lo)))
        .isLessThanOrEqualTo(schedule.cumulativeThrough(Epoch.of(hi)));
  }

  @Property(tries = 300)
  void lastEpoch_mintsNothingNegativeAndKeepsTheTotal(
      @ForAll("closedFormSchedules") EmissionSchedule schedule,
      @ForAll @LongRange(min = 0, max = 1_000_000_000_000L) long earlier) {
    Epoch last = Epoch.of(Long.MAX_VALUE);
    assertThat(schedule.amountAt(last)).isNotNegative();
    assertThat(schedule.cumulativeThrough(last))
        .isGreaterThanOrEqualTo(schedule.cumulativeThrough(Epoch.of(earlier)))
        .isEqualTo(schedule.cumulativeThrough(last.previous()).add(schedule.amountAt(last)));
  }

  @Property(tries = 300)
  void capped_neverExceedsCap(
      @ForAll("schedules") EmissionSchedule schedule,
      @ForAll("amounts") BigInteger cap,
      @ForAll @LongRange(min = 0, max = 10_000_000) long epoch) {
    EmissionSchedule capped = EmissionSchedule.capped(schedule, cap);
    BigInteger through = capped.cumulativeThrough(Epoch.of(epoch));
    assertThat(through).isLessThanOrEqualTo(cap)
        .isEqualTo(schedule.cumulativeThrough(Epoch.of(epoch)).min(cap));
    assertThat(capped.amountAt(Epoch.of(epoch))).isNotNegative();
  }

  @Property(tries = 200)
  void halving_zeroFromThe64thHalving(
      @ForAll("amounts") BigInteger initial,
      @ForAll @LongRange(min = 1, max = 1_000_000_000_000L) long interval,
      @ForAll @LongRange(min = 0, max = 1_000_000) long later) {
    EmissionSchedule s = EmissionSchedule.halving(initial, interval);
    long epoch = Math.min(Long.MAX_VALUE / 2, 64 * interval) + later;
    assertThat(s.amountAt(Epoch.of(epoch))).isZero();
    assertThat(s.amountAt(Epoch.of(63 * interval))).isEqualTo(initial.shiftRight(63));
  }

  @Property(tries = 20)
  void filecoin_windowSums_equalCumulatives(
      @ForAll @LongRange(min = 0, max = 20_000) long start,
      @ForAll @IntRange(min = 1, max = 50) int length,
      @ForAll @IntRange(min = 0, max = 70) int powerExponent) {
    BigInteger power = BigInteger.ONE.shiftLeft(powerExponent);
    EmissionSchedule s = FilecoinEmission.of(e -> e.index() % 1_000 < 500 ? power : power.shiftLeft(1));
    long end = start + length - 1;
    assertThat(sum(s, start, end))
        .isEqualTo(s.cumulativeThrough(Epoch.of(end)).subtract(before(s, start)));
  }

  @Provide
  Arbitrary<BigInteger> amounts() {
    return Arbitraries.oneOf(
        Arbitraries.bigIntegers().between(BigInteger.ZERO, BigInteger.valueOf(1_000)),
        Arbitraries.bigIntegers().between(BigInteger.ZERO, BigInteger.TEN.pow(30)));
  }

  private Arbitrary<EmissionSchedule> inflation() {
    return Combinators.combine(
            Arbitraries.bigIntegers().between(BigInteger.ZERO, BigInteger.TEN.pow(20)),
            Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("0.2")).ofScale(4),
            Arbitraries.longs().between(10_000, 1_000_000))
        .as(EmissionSchedule::inflationTargeted);
  }

  private Arbitrary<EmissionSchedule> simple() {
    return Arbitraries.oneOf(closedForm(), inflation());
  }

  private Arbitrary<EmissionSchedule> closedForm() {
    Arbitrary<Long> periods = Arbitraries.longs().between(1, 5_000_000);
    return Arbitraries.oneOf(
        amounts().map(EmissionSchedule::constant),
        Combinators.combine(amounts(), periods).as(EmissionSchedule::halving),
        Combinators.combine(amounts(), periods).as(EmissionSchedule::exponentialDecay),
        Combinators.combine(amounts(), Arbitraries.bigIntegers().between(
            BigInteger.valueOf(-1_000_000), BigInteger.valueOf(1_000_000))).as(EmissionSchedule::linear),
        dataDriven());
  }

  private Arbitrary<EmissionSchedule> dataDriven() {
    Arbitrary<Duration> lengths = Arbitraries.of(
        Duration.ofMinutes(10), Duration.ofHours(1), Duration.ofDays(1), Duration.ofSeconds(37));
    Arbitrary<List<Long>> gapsInMinutes = Arbitraries.longs().between(1, 3_000_000).list().ofMinSize(1).ofMaxSize(6);
    return Combinators.combine(lengths, gapsInMinutes, amounts().list().ofSize(6),
            Arbitraries.longs().between(-1_000_000, 1_000_000))
        .as((length, gaps, values, firstOffset) -> {
          EpochClock clock = EpochClock.of(Clock.fixed(GENESIS, ZoneOffset.UTC), GENESIS, length);
          List<TimedAmount> entries = new ArrayList<>();
          Instant at = GENESIS.plus(Duration.ofMinutes(firstOffset));
          for (int i = 0; i < gaps.size(); i++) {
            entries.add(new TimedAmount(at, values.get(i)));
            at = at.plus(Duration.ofMinutes(gaps.get(i)));
          }
          return EmissionSchedule.dataDriven(clock, entries);
        });
  }

  private Arbitrary<EmissionSchedule> piecewise(Arbitrary<EmissionSchedule> leaves) {
    Arbitrary<Piece> piece = Combinators.combine(
            Arbitraries.longs().between(0, 3_000_000), Arbitraries.of(PieceClock.class), leaves)
        .as((start, clock, schedule) -> new Piece(Epoch.of(start), clock, schedule));
    return piece.list().ofMinSize(1).ofMaxSize(5).uniqueElements(p -> p.start())
        .map(pieces -> {
          List<Piece> sorted = new ArrayList<>(pieces);
          sorted.sort((x, y) -> x.start().compareTo(y.start()));
          return EmissionSchedule.piecewise(sorted);
        });
  }

  private Arbitrary<EmissionSchedule> composed(Arbitrary<EmissionSchedule> leaves) {
    return Arbitraries.oneOf(
        leaves,
        piecewise(leaves),
        leaves.list().ofMinSize(1).ofMaxSize(3).map(EmissionSchedule::sum),
        Combinators.combine(leaves, amounts()).as(EmissionSchedule::capped));
  }

  @Provide
  Arbitrary<EmissionSchedule> schedules() {
    return composed(simple());
  }

  /** Without inflation, whose year supplies are replayed: 10^12 epochs is out of its reach. */
  @Provide
  Arbitrary<EmissionSchedule> closedFormSchedules() {
    return composed(closedForm());
  }
}
