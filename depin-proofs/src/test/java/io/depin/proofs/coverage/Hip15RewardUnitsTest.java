package io.depin.proofs.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Hip15RewardUnitsTest {
  /** HIP-15's tables for N = 4, r = 0.8, rounded there to two decimals. */
  @ParameterizedTest
  @CsvSource({
      "1, 0.25, 1.00", "2, 0.50, 1.00", "3, 0.75, 1.00", "4, 1.00, 1.00", "5, 1.20, 0.76",
      "6, 1.36, 0.61", "7, 1.49, 0.50", "8, 1.59, 0.43", "9, 1.67, 0.37", "10, 1.74, 0.33",
      "11, 1.79, 0.29", "12, 1.83, 0.26", "13, 1.87, 0.24", "14, 1.89, 0.22", "15, 1.91, 0.21"})
  void sharesFor_heliumPreset_matchesHip15Tables(int witnesses, String tx, String rx) {
    RewardShares shares = RewardUnits.hip15().sharesFor(witnesses);

    assertThat(shares.beaconer().setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo(tx);
    assertThat(shares.perWitness().setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo(rx);
  }

  @Test
  void sharesFor_fourteen_exactToTwelveDecimals() {
    RewardShares shares = RewardUnits.hip15().sharesFor(14);

    assertThat(shares.beaconer()).isEqualTo(new BigDecimal("1.892625817600"));
    assertThat(shares.perWitness()).isEqualTo(new BigDecimal("0.221955298742"));
  }

  @Test
  void sharesFor_noWitness_beaconerEarnsNothing() {
    assertThat(RewardUnits.hip15().sharesFor(0).beaconer()).isZero();
    assertThat(RewardUnits.flat(BigDecimal.ONE, BigDecimal.TEN).sharesFor(0).beaconer()).isZero();
  }

  @Test
  void sharesFor_negative_throws() {
    assertThatThrownBy(() -> RewardUnits.hip15().sharesFor(-1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void hip15_decayRateOutOfRange_throws() {
    assertThatThrownBy(() -> RewardUnits.hip15(4, BigDecimal.ONE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RewardUnits.hip15(0, new BigDecimal("0.5")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Property
  void sharesFor_anyCurve_totalNeverAboveRedundancyPlusOne(
      @ForAll @IntRange(min = 1, max = 20) int redundancy,
      @ForAll @IntRange(min = 1, max = 99) int decayPercent,
      @ForAll @IntRange(min = 0, max = 200) int witnesses) {
    RewardShares shares = RewardUnits.hip15(redundancy, BigDecimal.valueOf(decayPercent, 2))
        .sharesFor(witnesses);
    BigDecimal total =
        shares.beaconer().add(shares.perWitness().multiply(BigDecimal.valueOf(witnesses)));

    assertThat(total).isLessThanOrEqualTo(BigDecimal.valueOf(redundancy + 1L));
    assertThat(shares.beaconer()).isLessThan(BigDecimal.valueOf(2));
    if (witnesses >= redundancy) {
      // Exact up to the rounding of SCALE decimals per share.
      BigDecimal slack = BigDecimal.ONE.movePointLeft(Hip15RewardUnits.SCALE)
          .multiply(BigDecimal.valueOf(witnesses + 1L));
      assertThat(BigDecimal.valueOf(redundancy + 1L).subtract(total)).isLessThanOrEqualTo(slack);
    }
  }

  @Property
  void sharesFor_moreWitnesses_beaconerNeverLessAndWitnessNeverMore(
      @ForAll @IntRange(min = 0, max = 100) int witnesses) {
    RewardShares now = RewardUnits.hip15().sharesFor(witnesses);
    RewardShares more = RewardUnits.hip15().sharesFor(witnesses + 1);

    assertThat(more.beaconer()).isGreaterThanOrEqualTo(now.beaconer());
    if (witnesses > 0) {
      assertThat(more.perWitness()).isLessThanOrEqualTo(now.perWitness());
    }
  }
}
