package io.depin.tokenomics.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.depin.core.token.Token;
import io.depin.core.token.TokenAmount;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RewardDistributorTest {
  private static final Token HNT = new Token("HNT", 8);
  private static final Token PTS = new Token("PTS", 0);

  private static DistributionPolicy single(DistributionMethod method, Integer rateScale) {
    return new DistributionPolicy(HNT, method, rateScale, RoundingMode.DOWN, RoundingMode.DOWN,
        List.of(new BucketPolicy("coverage", BigDecimal.ONE, null, null)), CommissionPolicy.NONE);
  }

  private static final WeightTable HOTSPOTS = WeightTable.of(List.of(
      WeightRow.of("hotspot-a", "coverage", 7),
      WeightRow.of("hotspot-b", "coverage", 11),
      WeightRow.of("hotspot-c", "coverage", 13)));

  private static Map<String, Long> shares(Distribution d) {
    Map<String, Long> out = new LinkedHashMap<>();
    for (Payout p : d.payouts()) {
      out.merge(p.recipient(), p.amount().baseUnits().longValueExact(), Long::sum);
    }
    return out;
  }

  /**
   * Helium-style: 1 HNT (100,000,000 bones) over coverage points 7, 11 and 13 (31 in all). The
   * per-point rate 100000000/31 = 3225806.4516129... is truncated to 4 places, 3225806.4516; each
   * payout is truncated to whole bones; the 2 bones left are reported as dust.
   */
  @Test
  void distribute_rateTruncatedToFourPlaces_paysTruncatedSharesAndReportsDust() {
    Distribution d = new RewardDistributor(single(DistributionMethod.PRO_RATA, 4))
        .distribute(TokenAmount.parse("1", HNT), HOTSPOTS);
    // 7 * 3225806.4516 = 22580645.1612; 11 * ... = 35483870.9676; 13 * ... = 41935483.8708
    assertThat(shares(d)).containsExactly(
        Map.entry("hotspot-a", 22_580_645L),
        Map.entry("hotspot-b", 35_483_870L),
        Map.entry("hotspot-c", 41_935_483L));
    assertThat(d.unallocated()).isEqualTo(TokenAmount.ofBaseUnits(2, HNT));
    BucketOutcome b = d.buckets().get(0);
    assertThat(b.roundingDust()).isEqualTo(BigInteger.TWO);
    Explanation why = d.payouts().get(1).explanation();
    assertThat(why.rate()).isEqualTo(new BigDecimal("3225806.4516"));
    assertThat(why.share()).isEqualTo(BigInteger.valueOf(35_483_870));
    assertThat(why.remainder()).isEqualTo(BigInteger.valueOf(9676)); // 0.9676 bones, in 1/10^4
  }

  /** With the rate truncated to whole bones (3225806), 14 bones are dust: 100000000 - 31 * 3225806. */
  @Test
  void distribute_rateTruncatedToWholeUnits_leavesMoreDust() {
    Distribution d = new RewardDistributor(single(DistributionMethod.PRO_RATA, 0))
        .distribute(TokenAmount.parse("1", HNT), HOTSPOTS);
    assertThat(shares(d)).containsExactly(
        Map.entry("hotspot-a", 22_580_642L),
        Map.entry("hotspot-b", 35_483_866L),
        Map.entry("hotspot-c", 41_935_478L));
    assertThat(d.unallocated().baseUnits()).isEqualTo(BigInteger.valueOf(14));
  }

  /**
   * Exact shares floor(1e8 * w / 31) leave remainders 5, 30 and 27 (in 1/31 bone); largest
   * remainder gives the 2 leftover bones to b and c.
   */
  @Test
  void distribute_largestRemainder_givesLeftoverToLargestRemainders() {
    Distribution exact = new RewardDistributor(single(DistributionMethod.PRO_RATA, null))
        .distribute(TokenAmount.parse("1", HNT), HOTSPOTS);
    assertThat(shares(exact).values()).containsExactly(22_580_645L, 35_483_870L, 41_935_483L);
    assertThat(exact.payouts()).extracting(p -> p.explanation().remainder())
        .containsExactly(BigInteger.valueOf(5), BigInteger.valueOf(30), BigInteger.valueOf(27));

    Distribution lr = new RewardDistributor(single(DistributionMethod.LARGEST_REMAINDER, null))
        .distribute(TokenAmount.parse("1", HNT), HOTSPOTS);
    assertThat(shares(lr).values()).containsExactly(22_580_645L, 35_483_871L, 41_935_484L);
    assertThat(lr.unallocated().isZero()).isTrue();
  }

  /**
   * 1000 points: coverage 50 % (cap 250, rolls over to treasury), data 30 % (no participants, rolls
   * over to treasury), treasury 20 %. Coverage weights: a 3 with trust 0.5 (effective 1.5), b 1
   * delegating to op with 10 % commission; at scale 1 these are 15 and 10 of 25, so a gets 300,
   * capped at 250, and b 200, of which op takes 20. Treasury gets 200 + 50 + 300 = 550.
   */
  @Test
  void distribute_bucketsWithCapRolloverMultiplierAndCommission_accountsForEveryPoint() {
    DistributionPolicy policy = new DistributionPolicy(PTS, DistributionMethod.PRO_RATA, null,
        RoundingMode.DOWN, RoundingMode.DOWN,
        List.of(new BucketPolicy("coverage", new BigDecimal("0.5"), BigInteger.valueOf(250), "treasury"),
            new BucketPolicy("data", new BigDecimal("0.3"), null, "treasury"),
            new BucketPolicy("treasury", new BigDecimal("0.2"), null, null)),
        new CommissionPolicy(new BigDecimal("0.1"), Map.of(), RoundingMode.FLOOR));
    WeightTable weights = WeightTable.of(List.of(
        new WeightRow("a", "coverage", BigInteger.valueOf(3), Map.of("trust", new BigDecimal("0.5")), null),
        new WeightRow("b", "coverage", BigInteger.ONE, Map.of(), "op"),
        WeightRow.of("dao", "treasury", 1)));
    Distribution d = new RewardDistributor(policy).distribute(TokenAmount.parse("1000", PTS), weights);

    assertThat(shares(d)).containsExactly(
        Map.entry("a", 250L), Map.entry("b", 180L), Map.entry("op", 20L), Map.entry("dao", 550L));
    assertThat(d.unallocated().isZero()).isTrue();
    BucketOutcome coverage = d.buckets().get(0);
    assertThat(coverage.weightScale()).isEqualTo(1);
    assertThat(coverage.totalWeight()).isEqualTo(BigInteger.valueOf(25));
    assertThat(coverage.unused()).isEqualTo(BigInteger.valueOf(50));
    BucketOutcome data = d.buckets().get(1);
    assertThat(data.unused()).isEqualTo(BigInteger.valueOf(300));
    BucketOutcome treasury = d.buckets().get(2);
    assertThat(treasury.rolledIn()).isEqualTo(BigInteger.valueOf(350));
    Explanation a = d.payouts().get(0).explanation();
    assertThat(a.effectiveWeight()).isEqualTo(BigInteger.valueOf(15));
    assertThat(a.share()).isEqualTo(BigInteger.valueOf(300));
    assertThat(a.gross()).isEqualTo(BigInteger.valueOf(250));
  }

  @Test
  void distribute_sharesBelowOne_reportsTheRestAsUnallocated() {
    DistributionPolicy policy = new DistributionPolicy(PTS, DistributionMethod.PRO_RATA, null,
        RoundingMode.DOWN, RoundingMode.DOWN,
        List.of(new BucketPolicy("ops", new BigDecimal("0.333"), null, null)), CommissionPolicy.NONE);
    Distribution d = new RewardDistributor(policy)
        .distribute(TokenAmount.parse("1000", PTS), WeightTable.of(List.of(WeightRow.of("x", "ops", 1))));
    assertThat(d.paid().baseUnits()).isEqualTo(BigInteger.valueOf(333));
    assertThat(d.notAllocatedToBuckets().baseUnits()).isEqualTo(BigInteger.valueOf(667));
  }

  @Test
  void distribute_unknownBucket_throws() {
    assertThatThrownBy(() -> new RewardDistributor(single(DistributionMethod.PRO_RATA, null))
            .distribute(TokenAmount.parse("1", HNT), WeightTable.of(List.of(WeightRow.of("x", "data", 1)))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("data");
  }

  @Test
  void policy_roundingUpOrRolloverCycle_isRejected() {
    assertThatThrownBy(() -> new DistributionPolicy(HNT, DistributionMethod.PRO_RATA, 2,
            RoundingMode.HALF_UP, RoundingMode.DOWN,
            List.of(new BucketPolicy("a", BigDecimal.ONE, null, null)), CommissionPolicy.NONE))
        .hasMessageContaining("DOWN or FLOOR");
    assertThatThrownBy(() -> new DistributionPolicy(HNT, DistributionMethod.PRO_RATA, null,
            RoundingMode.DOWN, RoundingMode.DOWN,
            List.of(new BucketPolicy("a", new BigDecimal("0.5"), null, "b"),
                new BucketPolicy("b", new BigDecimal("0.5"), null, "a")), CommissionPolicy.NONE))
        .hasMessageContaining("cycle");
  }
}
