package io.depin.tokenomics.emission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.depin.core.time.Epoch;
import io.depin.core.time.EpochClock;
import io.depin.core.token.Token;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmissionScheduleTest {
  private static BigInteger big(long v) {
    return BigInteger.valueOf(v);
  }

  private static BigInteger sum(EmissionSchedule s, long from, long to) {
    BigInteger total = BigInteger.ZERO;
    for (long e = from; e <= to; e++) {
      total = total.add(s.amountAt(Epoch.of(e)));
    }
    return total;
  }

  @Test
  void halving_bitcoinSubsidy_matchesBitcoinAtHalvings() {
    EmissionSchedule btc = EmissionSchedule.halving(big(5_000_000_000L), 210_000);
    assertThat(btc.amountAt(Epoch.of(0))).isEqualTo(big(5_000_000_000L));
    assertThat(btc.amountAt(Epoch.of(209_999))).isEqualTo(big(5_000_000_000L));
    assertThat(btc.amountAt(Epoch.of(210_000))).isEqualTo(big(2_500_000_000L));
    assertThat(btc.amountAt(Epoch.of(840_000))).isEqualTo(big(312_500_000L));
    // 33 halvings take 50 BTC to 0 satoshi; Bitcoin's total supply is 20999999.9769 BTC
    assertThat(btc.amountAt(Epoch.of(210_000L * 33))).isZero();
    assertThat(btc.cumulativeThrough(Epoch.of(210_000L * 64))).isEqualTo(big(2_099_999_997_690_000L));
  }

  @Test
  void halving_after64Halvings_isZeroEvenForHugeInitial() {
    BigInteger initial = BigInteger.TWO.pow(100);
    EmissionSchedule s = EmissionSchedule.halving(initial, 10);
    assertThat(s.amountAt(Epoch.of(639))).isEqualTo(initial.shiftRight(63)).isPositive();
    assertThat(s.amountAt(Epoch.of(640))).isZero();
    assertThat(s.amountAt(Epoch.of(Long.MAX_VALUE))).isZero();
    assertThat(s.cumulativeThrough(Epoch.of(Long.MAX_VALUE))).isEqualTo(s.cumulativeThrough(Epoch.of(639)));
  }

  @Test
  void constant_cumulative_isAmountTimesEpochs() {
    EmissionSchedule s = EmissionSchedule.constant(big(7));
    assertThat(s.cumulativeThrough(Epoch.of(999_999_999))).isEqualTo(big(7_000_000_000L));
    assertThat(s.amountAt(Epoch.of(3), new Token("PT", 0)).baseUnits()).isEqualTo(big(7));
  }

  @Test
  void linear_decline_stopsAtZero() {
    EmissionSchedule s = EmissionSchedule.linear(big(10), big(-3));
    assertThat(List.of(0, 1, 2, 3, 4, 5)).map(e -> s.amountAt(Epoch.of(e)))
        .containsExactly(big(10), big(7), big(4), big(1), BigInteger.ZERO, BigInteger.ZERO);
    assertThat(s.cumulativeThrough(Epoch.of(1_000_000_000))).isEqualTo(big(22));
  }

  @Test
  void exponentialDecay_halfOfTotalAfterOneHalfLife() {
    BigInteger total = BigInteger.TEN.pow(27);
    EmissionSchedule s = EmissionSchedule.exponentialDecay(total, 1_000);
    // floor(total * (1 - 2^-1)) exactly: 1/2 has an exact binary form
    assertThat(s.cumulativeThrough(Epoch.of(999))).isEqualTo(total.divide(BigInteger.TWO));
    assertThat(s.cumulativeThrough(Epoch.of(1_999))).isEqualTo(total.multiply(big(3)).divide(big(4)));
    assertThat(s.cumulativeThrough(Epoch.of(Long.MAX_VALUE))).isLessThanOrEqualTo(total);
    // the first epoch releases total * (1 - 2^(-1/1000)) = total * 6.9290...e-4
    assertThat(s.amountAt(Epoch.FIRST)).isBetween(new BigInteger("692907009000000000000000"),
        new BigInteger("692907010000000000000000"));
    assertThat(sum(s, 0, 2_999)).isEqualTo(s.cumulativeThrough(Epoch.of(2_999)));
  }

  @Test
  void inflation_mintsRateOfOpeningSupplyPerYear() {
    EmissionSchedule s = EmissionSchedule.inflationTargeted(big(1_000_000), new BigDecimal("0.05"), 10);
    assertThat(s.amountAt(Epoch.of(0))).isEqualTo(big(5_000));
    assertThat(s.cumulativeThrough(Epoch.of(9))).isEqualTo(big(50_000));
    // year 2 opens at 1_050_000: 1_050_000 * 0.05 / 10 = 5_250
    assertThat(s.amountAt(Epoch.of(10))).isEqualTo(big(5_250));
    // FLOOR: 1_102_500 * 0.05 / 10 = 5512.5 -> 5512
    assertThat(s.amountAt(Epoch.of(20))).isEqualTo(big(5_512));
    assertThat(sum(s, 0, 99)).isEqualTo(s.cumulativeThrough(Epoch.of(99)));
  }

  @Test
  void piecewise_relativeAndAbsolute_seeDifferentEpochs() {
    EmissionSchedule halving = EmissionSchedule.halving(big(1_024), 100);
    EmissionSchedule relative = EmissionSchedule.piecewise(List.of(
        new Piece(Epoch.of(10), PieceClock.RELATIVE, EmissionSchedule.constant(big(1))),
        new Piece(Epoch.of(150), PieceClock.RELATIVE, halving)));
    EmissionSchedule absolute = EmissionSchedule.piecewise(List.of(
        new Piece(Epoch.of(10), PieceClock.RELATIVE, EmissionSchedule.constant(big(1))),
        new Piece(Epoch.of(150), PieceClock.ABSOLUTE, halving)));
    assertThat(relative.amountAt(Epoch.of(9))).isZero();
    assertThat(relative.amountAt(Epoch.of(10))).isEqualTo(big(1));
    assertThat(relative.amountAt(Epoch.of(150))).isEqualTo(big(1_024));
    assertThat(relative.amountAt(Epoch.of(250))).isEqualTo(big(512));
    assertThat(absolute.amountAt(Epoch.of(150))).isEqualTo(big(512));
    assertThat(absolute.amountAt(Epoch.of(200))).isEqualTo(big(256));
    for (EmissionSchedule s : List.of(relative, absolute)) {
      assertThat(sum(s, 0, 1_000)).isEqualTo(s.cumulativeThrough(Epoch.of(1_000)));
    }
  }

  @Test
  void capped_epochReachingCap_mintsOnlyTheRest() {
    EmissionSchedule s = EmissionSchedule.capped(EmissionSchedule.constant(big(10)), big(25));
    assertThat(List.of(0, 1, 2, 3)).map(e -> s.amountAt(Epoch.of(e)))
        .containsExactly(big(10), big(10), big(5), BigInteger.ZERO);
    assertThat(s.cumulativeThrough(Epoch.of(Long.MAX_VALUE))).isEqualTo(big(25));
  }

  @Test
  void sum_addsParts() {
    EmissionSchedule s = EmissionSchedule.sum(List.of(
        EmissionSchedule.constant(big(3)), EmissionSchedule.halving(big(8), 2)));
    assertThat(s.amountAt(Epoch.of(2))).isEqualTo(big(7));
    assertThat(s.cumulativeThrough(Epoch.of(3))).isEqualTo(big(12 + 24));
  }

  @Test
  void dataDriven_dailyEpochsAcrossLeapYear_payEachYearForItsDays() {
    Instant genesis = Instant.parse("2023-01-01T00:00:00Z");
    EpochClock daily = EpochClock.of(Clock.fixed(genesis, ZoneOffset.UTC), genesis, Duration.ofDays(1));
    EmissionSchedule s = EmissionSchedule.dataDriven(daily, List.of(
        new TimedAmount(Instant.parse("2023-01-01T00:00:00Z"), big(100)),
        new TimedAmount(Instant.parse("2024-01-01T00:00:00Z"), big(50)),
        new TimedAmount(Instant.parse("2025-01-01T00:00:00Z"), big(25))));
    // an epoch pays the entry in force at its end: the epoch ending 2024-01-01T00:00Z pays 50
    assertThat(s.amountAt(Epoch.of(363))).isEqualTo(big(100));
    assertThat(s.amountAt(Epoch.of(364))).isEqualTo(big(50));
    // 2024 is a leap year: 366 epochs end in it, the last is epoch 364 + 365 = 729
    assertThat(s.amountAt(Epoch.of(729))).isEqualTo(big(50));
    assertThat(s.amountAt(Epoch.of(730))).isEqualTo(big(25));
    assertThat(s.cumulativeThrough(Epoch.of(729))).isEqualTo(big(364 * 100 + 366 * 50));
    assertThat(sum(s, 0, 2_000)).isEqualTo(s.cumulativeThrough(Epoch.of(2_000)));
  }

  @Test
  void dataDriven_hourlyEpochsStartingMidYear_countLeapDay() {
    Instant genesis = Instant.parse("2023-07-01T12:30:00Z");
    EpochClock hourly = EpochClock.of(Clock.fixed(genesis, ZoneOffset.UTC), genesis, Duration.ofHours(1));
    EmissionSchedule s = EmissionSchedule.dataDriven(hourly, List.of(
        new TimedAmount(Instant.parse("2024-01-01T00:00:00Z"), big(2)),
        new TimedAmount(Instant.parse("2025-01-01T00:00:00Z"), big(1))));
    long firstOf2024 = hourly.epochAt(Instant.parse("2024-01-01T00:00:00Z")).orElseThrow().index();
    // the epoch containing midnight ends after it, so it already pays the 2024 rate
    assertThat(s.amountAt(Epoch.of(firstOf2024 - 1))).isZero();
    assertThat(s.amountAt(Epoch.of(firstOf2024))).isEqualTo(big(2));
    assertThat(s.amountAt(Epoch.of(firstOf2024 + 366 * 24 - 1))).isEqualTo(big(2));
    assertThat(s.amountAt(Epoch.of(firstOf2024 + 366 * 24))).isEqualTo(big(1));
    assertThat(s.cumulativeThrough(Epoch.of(firstOf2024 + 366 * 24 - 1))).isEqualTo(big(366 * 24 * 2));
  }

  @Test
  void exponentialDecay_halfLifeOne_roundsTheCurveDownAndMintsTheLastUnitAfter128Halvings() {
    // with a half-life of one epoch r(t) = 2^128 >> t exactly, so cumulativeThrough(e) =
    // floor(total * (1 - 2^-(e + 1))) = total - ceil(total / 2^(e + 1))
    EmissionSchedule s = EmissionSchedule.exponentialDecay(big(1_000), 1);
    assertThat(List.of(0L, 1L, 2L, 3L)).map(e -> s.cumulativeThrough(Epoch.of(e)))
        .containsExactly(big(500), big(750), big(875), big(937));
    assertThat(s.cumulativeThrough(Epoch.of(126))).isEqualTo(big(999));
    // r(128) = 1 still withholds a unit; from r(129) = 0 on, everything has been minted
    assertThat(s.cumulativeThrough(Epoch.of(127))).isEqualTo(big(999));
    assertThat(s.amountAt(Epoch.of(128))).isEqualTo(big(1));
    assertThat(sum(s, 0, 300)).isEqualTo(s.cumulativeThrough(Epoch.of(300)));
  }

  @Test
  void exponentialDecay_halfLifeOne_lastEpochMintsNothingAndKeepsTheTotal() {
    // t = e + 1 halvings: for e = Long.MAX_VALUE the count of whole half-lives must not wrap
    EmissionSchedule s = EmissionSchedule.exponentialDecay(big(1_000), 1);
    assertThat(s.cumulativeThrough(Epoch.of(Long.MAX_VALUE))).isEqualTo(big(1_000));
    assertThat(s.amountAt(Epoch.of(Long.MAX_VALUE))).isZero();
  }

  @Test
  void dataDriven_lastEpoch_countsAllEpochsWithoutWrapping() {
    Instant genesis = Instant.parse("2026-01-01T00:00:00Z");
    EpochClock clock = EpochClock.of(Clock.fixed(genesis, ZoneOffset.UTC), genesis, Duration.ofNanos(1));
    EmissionSchedule s =
        EmissionSchedule.dataDriven(clock, List.of(new TimedAmount(genesis, big(3))));
    // epochs 0 .. Long.MAX_VALUE are 2^63 epochs
    assertThat(s.cumulativeThrough(Epoch.of(Long.MAX_VALUE)))
        .isEqualTo(BigInteger.TWO.pow(63).multiply(big(3)));
    assertThat(s.amountAt(Epoch.of(Long.MAX_VALUE))).isEqualTo(big(3));
  }

  @Test
  void dataDriven_entryExactlyAtAnEpochEndOrBeforeGenesis_paysFromTheEpochEndingThere() {
    Instant genesis = Instant.parse("2026-01-01T00:00:00Z");
    EpochClock hourly = EpochClock.of(Clock.fixed(genesis, ZoneOffset.UTC), genesis, Duration.ofHours(1));
    EmissionSchedule s = EmissionSchedule.dataDriven(hourly, List.of(
        new TimedAmount(genesis.minus(Duration.ofDays(2)), big(1)),
        new TimedAmount(genesis.minus(Duration.ofDays(1)), big(2)),
        new TimedAmount(genesis.plus(Duration.ofHours(2)), big(30)),
        new TimedAmount(genesis.plus(Duration.ofMinutes(150)), big(400))));
    // the last entry before genesis pays epoch 0; the one at 02:00, the end of epoch 1, pays from
    // epoch 1; the one at 02:30 falls inside epoch 2 and pays from epoch 2
    assertThat(List.of(0L, 1L, 2L, 3L)).map(e -> s.amountAt(Epoch.of(e)))
        .containsExactly(big(2), big(30), big(400), big(400));
    assertThat(s.cumulativeThrough(Epoch.of(3))).isEqualTo(big(2 + 30 + 400 + 400));
    assertThat(sum(s, 0, 50)).isEqualTo(s.cumulativeThrough(Epoch.of(50)));
  }

  @Test
  void factories_invalidArguments_throwIllegalArgument() {
    assertThatThrownBy(() -> EmissionSchedule.constant(big(-1))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> EmissionSchedule.halving(big(1), 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> EmissionSchedule.piecewise(List.of(
        new Piece(Epoch.of(5), PieceClock.RELATIVE, EmissionSchedule.constant(big(1))),
        new Piece(Epoch.of(5), PieceClock.RELATIVE, EmissionSchedule.constant(big(1))))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> EmissionSchedule.sum(List.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> EmissionSchedule.constant(big(1)).amountBetween(Epoch.of(2), Epoch.of(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
