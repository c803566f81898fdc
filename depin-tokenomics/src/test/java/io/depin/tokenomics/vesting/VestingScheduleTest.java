package io.depin.tokenomics.vesting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.depin.core.time.Epoch;
import io.depin.core.token.Token;
import io.depin.core.token.TokenAmount;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class VestingScheduleTest {
  private static final Token FIL = new Token("FIL", 18);

  private static TokenAmount atto(long units) {
    return TokenAmount.ofBaseUnits(units, FIL);
  }

  /** Amount unlocked in exactly epoch {@code e}: vestedAt(e) - vestedAt(e - 1). */
  private static long unlockedIn(VestingSchedule s, long total, long lockedAt, long e) {
    TokenAmount now = s.vestedAt(atto(total), Epoch.of(lockedAt), Epoch.of(e));
    TokenAmount before = s.vestedAt(atto(total), Epoch.of(lockedAt), Epoch.of(e - 1));
    return now.minus(before).baseUnits().longValueExact();
  }

  private static VestingSchedule filecoinSpec(long delay, long period, long step, long quant) {
    return new VestingSchedule(delay, 0, period, step, quant, 0, UnlockTiming.AFTER_TRANCHE_EPOCH);
  }

  /**
   * Vectors from Filecoin's own table test ({@code TestVesting_AddLockedFunds_Table} in
   * filecoin-project/specs-actors {@code actors/builtin/miner/miner_state_test.go}, and {@code
   * test_vesting} in builtin-actors {@code actors/miner/tests/vesting_unvested_funds.rs}): 100 is
   * locked at epoch 10 and {@code vepocs[i]} is what {@code unlock_vested_funds} pays in epoch
   * {@code 10 + i}.
   */
  @Test
  void vestedAt_filecoinTableVectors_matchPublishedUnlocks() {
    record Case(String desc, VestingSchedule spec, List<Long> vepocs) {}
    List<Case> cases =
        List.of(
            new Case("single epoch", filecoinSpec(0, 1, 1, 1), List.of(0L, 0L, 100L, 0L)),
            new Case("period=2", filecoinSpec(0, 2, 1, 1), List.of(0L, 0L, 50L, 50L, 0L)),
            new Case("period=2 q=2", filecoinSpec(0, 2, 1, 2), List.of(0L, 0L, 0L, 100L, 0L)),
            new Case("period=3", filecoinSpec(0, 3, 1, 1), List.of(0L, 0L, 33L, 33L, 34L, 0L)),
            new Case(
                "period=3 q=2", filecoinSpec(0, 3, 1, 2), List.of(0L, 0L, 0L, 66L, 0L, 34L, 0L)),
            new Case("period=2 step=2", filecoinSpec(0, 2, 2, 1), List.of(0L, 0L, 0L, 100L, 0L)));
    List<String> failures = new ArrayList<>();
    for (Case c : cases) {
      for (int i = 0; i < c.vepocs().size(); i++) {
        long got = unlockedIn(c.spec(), 100, 10, 10 + i);
        if (got != c.vepocs().get(i)) {
          failures.add(c.desc() + " epoch " + (10 + i) + ": " + got + " != " + c.vepocs().get(i));
        }
      }
    }
    assertThat(failures).isEmpty();
  }

  /**
   * Hand-computed following builtin-actors {@code VestingFunds::add_locked_funds} with {@code
   * REWARD_VESTING_SPEC} (initial_delay 0, vest_period 180 days = 518400, step 1 day = 2880,
   * quantization 12 h = 1440; policy.rs), proving-period start 0, 10^9 attoFIL locked at epoch
   * 100. The clock starts at B = 100.
   *
   * <ul>
   *   <li>k=1: 100 + 2880 = 2980, quantized up to the 1440-grid: 4320; elapsed 4220; target
   *       floor(10^9 * 4220 / 518400) = 8140432; unlocked at 4321 (table epoch < current).
   *   <li>k=2: 5860 -> 7200; elapsed 7100; target floor(10^9 * 7100 / 518400) = 13695987, so
   *       the second tranche is 13695987 - 8140432 = 5555555.
   *   <li>k=179: 100 + 515520 = 515620 -> 516960; elapsed 516860 < 518400; target 997029320.
   *   <li>k=180: 518500 -> 519840; elapsed 519740 >= 518400; target 10^9: the last tranche is
   *       2970680, unlocked at 519841.
   * </ul>
   */
  @Test
  void vestedAt_filecoinMinerReward_handComputed() {
    VestingSchedule s = VestingSchedule.filecoinMinerReward(0);
    TokenAmount total = atto(1_000_000_000L);
    Epoch lock = Epoch.of(100);
    assertThat(s.vestedAt(total, lock, Epoch.of(4320))).isEqualTo(atto(0));
    assertThat(s.vestedAt(total, lock, Epoch.of(4321))).isEqualTo(atto(8_140_432));
    assertThat(s.vestedAt(total, lock, Epoch.of(7200))).isEqualTo(atto(8_140_432));
    assertThat(s.vestedAt(total, lock, Epoch.of(7201))).isEqualTo(atto(13_695_987));
    assertThat(unlockedIn(s, 1_000_000_000L, 100, 7201)).isEqualTo(5_555_555);
    assertThat(s.vestedAt(total, lock, Epoch.of(519840))).isEqualTo(atto(997_029_320));
    assertThat(s.vestedAt(total, lock, Epoch.of(519841))).isEqualTo(total);
    assertThat(s.fullyVestedAt(lock)).isEqualTo(Epoch.of(519841));
  }

  /** A 4-period cliff on a 10-epoch linear schedule: nothing until epoch 4, then 40 at once. */
  @Test
  void vestedAt_cliff_releasesAccruedAmountAtCliff() {
    VestingSchedule s = VestingSchedule.builder().cliff(4).vestPeriod(10).build();
    TokenAmount total = atto(100);
    assertThat(s.vestedAt(total, Epoch.of(0), Epoch.of(3))).isEqualTo(atto(0));
    assertThat(s.vestedAt(total, Epoch.of(0), Epoch.of(4))).isEqualTo(atto(40));
    assertThat(s.vestedAt(total, Epoch.of(0), Epoch.of(5))).isEqualTo(atto(50));
    assertThat(s.fullyVestedAt(Epoch.of(0))).isEqualTo(Epoch.of(10));
  }

  @Test
  void builder_zeroStep_throws() {
    assertThatThrownBy(() -> VestingSchedule.builder().stepDuration(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** The iterative construction of builtin-actors, kept as a model, plus the cliff clamp. */
  private static NavigableMap<Long, BigInteger> model(
      VestingSchedule s, BigInteger total, long lock) {
    TreeMap<Long, BigInteger> table = new TreeMap<>();
    long begin = lock + s.initialDelay();
    long cliffEpoch = begin + s.cliff();
    BigInteger vested = BigInteger.ZERO;
    long epoch = begin;
    while (vested.compareTo(total) < 0) {
      epoch += s.stepDuration();
      long x = Math.max(epoch, cliffEpoch);
      long o = Math.floorMod(s.quantizationOffset(), s.quantization());
      long r = Math.floorMod(x - o, s.quantization());
      long v = r == 0 ? x : x + s.quantization() - r;
      long elapsed = v - begin;
      BigInteger target =
          elapsed < s.vestPeriod()
              ? total.multiply(BigInteger.valueOf(elapsed)).divide(BigInteger.valueOf(s.vestPeriod()))
              : total;
      table.merge(v, target.subtract(vested), BigInteger::add);
      vested = target;
    }
    return table;
  }

  @Provide
  Arbitrary<VestingSchedule> schedules() {
    return Combinators.combine(
            Arbitraries.longs().between(0, 20),
            Arbitraries.longs().between(0, 30),
            Arbitraries.longs().between(0, 60),
            Arbitraries.longs().between(1, 12),
            Arbitraries.longs().between(1, 9),
            Arbitraries.longs().between(-20, 20),
            Arbitraries.of(UnlockTiming.class))
        .as(VestingSchedule::new);
  }

  @Property
  void vestedAt_equalsIterativeFilecoinModel(
      @ForAll("schedules") VestingSchedule s,
      @ForAll @LongRange(min = 0, max = 1_000_000) long total,
      @ForAll @LongRange(min = 0, max = 50) long lock) {
    NavigableMap<Long, BigInteger> table = model(s, BigInteger.valueOf(total), lock);
    long shift = s.timing() == UnlockTiming.AT_TRANCHE_EPOCH ? 0 : 1;
    long end = lock + s.initialDelay() + s.cliff() + s.vestPeriod() + s.stepDuration() + 2 * s.quantization() + 5;
    for (long e = 0; e <= end; e++) {
      BigInteger expected = BigInteger.ZERO;
      for (var entry : table.headMap(e - shift, true).entrySet()) {
        expected = expected.add(entry.getValue());
      }
      assertThat(s.vestedAt(atto(total), Epoch.of(lock), Epoch.of(e)).baseUnits())
          .as("epoch %d", e)
          .isEqualTo(expected);
    }
  }

  @Property
  void vestedAt_monotoneBoundedAndCompleteAtFullyVested(
      @ForAll("schedules") VestingSchedule s,
      @ForAll @LongRange(min = 1, max = 1_000_000_000) long total,
      @ForAll @IntRange(min = 0, max = 50) int lock) {
    TokenAmount t = atto(total);
    Epoch locked = Epoch.of(lock);
    long full = s.fullyVestedAt(locked).index();
    TokenAmount previous = atto(0);
    for (long e = 0; e <= full + 3; e++) {
      TokenAmount v = s.vestedAt(t, locked, Epoch.of(e));
      assertThat(v).isGreaterThanOrEqualTo(previous).isLessThanOrEqualTo(t);
      assertThat(v.equals(t)).as("epoch %d, fully vested at %d", e, full).isEqualTo(e >= full);
      previous = v;
    }
  }
}
