package io.depin.tokenomics.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.depin.core.token.TokenAmount;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;

class DistributionPropertiesTest {
  private static final String TWO_128 = "340282366920938463463374607431768211456";

  @Property(tries = 400)
  void distribute_anyPolicy_paidPlusUnallocatedEqualsPoolPerBucketAndInTotal(
      @ForAll @BigRange(min = "0", max = TWO_128) BigInteger pool,
      @ForAll long seed,
      @ForAll DistributionMethod method) {
    Scenario s = Scenario.random(seed, true, method);
    Distribution d = new RewardDistributor(s.policy())
        .distribute(TokenAmount.ofBaseUnits(pool, Scenario.TOKEN), s.weights());

    assertThat(d.paid().plus(d.unallocated()).baseUnits()).isEqualTo(pool);
    Map<String, BigInteger> paidByBucket = new HashMap<>();
    BigInteger paid = BigInteger.ZERO;
    for (Payout p : d.payouts()) {
      assertThat(p.amount().isNegative()).isFalse();
      paidByBucket.merge(p.bucket(), p.amount().baseUnits(), BigInteger::add);
      paid = paid.add(p.amount().baseUnits());
    }
    assertThat(paid).isEqualTo(d.paid().baseUnits());
    Map<String, BigInteger> rolled = new HashMap<>();
    BigInteger allocated = BigInteger.ZERO;
    for (BucketOutcome b : d.buckets()) {
      assertThat(b.paid().add(b.roundingDust()).add(b.unused())).isEqualTo(b.available());
      assertThat(b.allocated().add(b.rolledIn())).isEqualTo(b.available());
      assertThat(paidByBucket.getOrDefault(b.name(), BigInteger.ZERO)).isEqualTo(b.paid());
      assertThat(b.roundingDust().signum()).isNotNegative();
      assertThat(b.unused().signum()).isNotNegative();
      allocated = allocated.add(b.allocated());
      if (b.rolloverTo() != null) {
        rolled.merge(b.rolloverTo(), b.unused(), BigInteger::add);
      }
    }
    for (BucketOutcome b : d.buckets()) {
      assertThat(b.rolledIn()).isEqualTo(rolled.getOrDefault(b.name(), BigInteger.ZERO));
    }
    assertThat(allocated.add(d.notAllocatedToBuckets().baseUnits())).isEqualTo(pool);
  }

  @Property(tries = 300)
  void distribute_largestRemainder_eachGetsFloorOrFloorPlusOneAndNothingIsLeft(
      @ForAll @BigRange(min = "0", max = TWO_128) BigInteger pool, @ForAll long seed) {
    Scenario s = Scenario.random(seed, false, DistributionMethod.LARGEST_REMAINDER);
    Distribution d = new RewardDistributor(s.policy())
        .distribute(TokenAmount.ofBaseUnits(pool, Scenario.TOKEN), s.weights());

    Map<String, BigInteger> available = new HashMap<>();
    Map<String, BigInteger> totalWeight = new HashMap<>();
    for (BucketOutcome b : d.buckets()) {
      available.put(b.name(), b.available());
      totalWeight.put(b.name(), b.totalWeight());
      if (b.totalWeight().signum() > 0) {
        assertThat(b.roundingDust()).isZero();
        assertThat(b.paid()).isEqualTo(b.available());
      }
    }
    for (Payout p : d.payouts()) {
      Explanation why = p.explanation();
      BigInteger w = totalWeight.get(why.bucket());
      if (w.signum() == 0) {
        assertThat(why.gross()).isZero();
        continue;
      }
      // the exact share, recomputed here from the row rather than taken from the explanation
      BigInteger effective = new java.math.BigDecimal(why.weight())
          .multiply(weightRow(s, why).multiplier())
          .movePointRight(why.weightScale())
          .toBigIntegerExact();
      BigInteger floor = available.get(why.bucket()).multiply(effective).divide(w);
      assertThat(why.gross()).isBetween(floor, floor.add(BigInteger.ONE));
    }
  }

  @Property(tries = 300)
  void distribute_anyPolicy_everyExplanationRecomputesItsPayout(
      @ForAll @BigRange(min = "0", max = TWO_128) BigInteger pool,
      @ForAll long seed,
      @ForAll DistributionMethod method) {
    Scenario s = Scenario.random(seed, true, method);
    Distribution d = new RewardDistributor(s.policy())
        .distribute(TokenAmount.ofBaseUnits(pool, Scenario.TOKEN), s.weights());
    for (Payout p : d.payouts()) {
      Explanation why = p.explanation();
      Explanation again = why.recompute();
      assertThat(again).isEqualTo(why);
      BigInteger expected = p.kind() == PayoutKind.SHARE ? again.net() : again.commission();
      assertThat(p.amount().baseUnits()).isEqualTo(expected);
      assertThat(p.recipient())
          .isEqualTo(p.kind() == PayoutKind.SHARE ? why.participant() : why.operator());
    }
  }

  @Property(tries = 300)
  void distribute_fastPath_equalsBigIntegerPath(
      @ForAll @BigRange(min = "0", max = "9223372036854775807") BigInteger pool,
      @ForAll long seed,
      @ForAll DistributionMethod method) {
    Scenario s = Scenario.random(seed, true, method);
    TokenAmount amount = TokenAmount.ofBaseUnits(pool, Scenario.TOKEN);
    Distribution fast = new RewardDistributor(s.policy()).distribute(amount, s.weights());
    Distribution general =
        RewardDistributor.bigIntegerOnly(s.policy()).distribute(amount, s.weights());
    assertThat(fast.buckets()).isEqualTo(general.buckets());
    List<Payout> a = fast.payouts();
    assertThat(a).isEqualTo(general.payouts());
  }

  private static WeightRow weightRow(Scenario s, Explanation why) {
    return s.weights().rows().stream()
        .filter(r -> r.participant().equals(why.participant()) && r.bucket().equals(why.bucket()))
        .findFirst()
        .orElseThrow();
  }
}
