package io.depin.tokenomics.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.depin.core.time.Epoch;
import io.depin.core.token.Token;
import io.depin.core.token.TokenAmount;
import io.depin.tokenomics.staking.SlashDestination;
import io.depin.tokenomics.staking.SlashFraction;
import io.depin.tokenomics.staking.StakingRules;
import io.depin.tokenomics.vesting.VestingSchedule;
import java.math.RoundingMode;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** Unbonding order, activation boundaries and per-lot slash rounding. */
class LedgerStakingOrderTest {
  private static final Token T = new Token("T", 0);
  private static final AccountId ALICE = AccountId.of("alice");
  private static final AccountId OP = AccountId.of("op");

  private static TokenAmount t(long units) {
    return TokenAmount.ofBaseUnits(units, T);
  }

  @Test
  void unbond_takesOldestActiveLotFirst_skipsPendingAndKeepsActivationEpochs() throws Exception {
    Ledger l = Ledger.create(T, new StakingRules(2, 4, RoundingMode.FLOOR));
    l.mint(Epoch.of(0), ALICE, t(100));
    l.bond(Epoch.of(0), ALICE, OP, t(10)); // active from 2
    l.bond(Epoch.of(1), ALICE, OP, t(20)); // active from 3
    l.bond(Epoch.of(3), ALICE, OP, t(40)); // pending until 5
    l.unbond(Epoch.of(3), ALICE, OP, t(15));
    assertThat(l.stakeLots())
        .containsExactly(
            new StakeLot(ALICE, OP, StakeLot.State.BONDED, t(15), Epoch.of(3)),
            new StakeLot(ALICE, OP, StakeLot.State.BONDED, t(40), Epoch.of(5)),
            new StakeLot(ALICE, OP, StakeLot.State.UNBONDING, t(15), Epoch.of(7)));
    StakePosition at4 = l.position(ALICE, OP, Epoch.of(4));
    assertThat(at4.active()).isEqualTo(t(15));
    assertThat(at4.pending()).isEqualTo(t(40));
    assertThat(l.position(ALICE, OP, Epoch.of(5)).active()).isEqualTo(t(55));
    assertThat(l.position(ALICE, OP, Epoch.of(6)).unbonding()).isEqualTo(t(15));
    assertThat(l.position(ALICE, OP, Epoch.of(7)).withdrawable()).isEqualTo(t(15));
  }

  @Test
  void bond_zeroDelays_activeAndWithdrawableInTheSameEpoch() throws Exception {
    Ledger l = Ledger.create(T, new StakingRules(0, 0, RoundingMode.FLOOR));
    l.mint(Epoch.of(5), ALICE, t(10));
    l.bond(Epoch.of(5), ALICE, OP, t(10));
    l.unbond(Epoch.of(5), ALICE, OP, t(4));
    l.withdraw(Epoch.of(5), ALICE);
    assertThat(l.balance(ALICE)).isEqualTo(t(4));
    assertThat(l.position(ALICE, OP, Epoch.of(5)).active()).isEqualTo(t(6));
  }

  /**
   * A grant whose schedule overflows a long (lock + initialDelay + cliff) used to be accepted; from
   * then on every release for its beneficiary threw ArithmeticException, freezing the
   * beneficiary's other grants too. It is refused at lock time, changing nothing.
   */
  @Test
  void lockVesting_scheduleOverflowingEpochs_refusedAndOtherGrantsStillRelease() throws Exception {
    Ledger l = Ledger.create(T, new StakingRules(0, 0, RoundingMode.FLOOR));
    AccountId bob = AccountId.of("bob");
    l.mint(Epoch.of(0), ALICE, t(100));
    l.lockVesting(Epoch.of(0), ALICE, bob, t(10), VestingSchedule.linear(2));
    LedgerSnapshot before = l.snapshot();
    VestingSchedule hostile = VestingSchedule.builder().initialDelay(Long.MAX_VALUE).build();
    assertThatThrownBy(() -> l.lockVesting(Epoch.of(1), ALICE, bob, t(5), hostile))
        .isInstanceOf(ArithmeticException.class);
    assertThat(l.snapshot()).isEqualTo(before);
    l.release(Epoch.of(2), bob);
    assertThat(l.balance(bob)).isEqualTo(t(10));
  }

  /**
   * The slash is rounded once on the whole stake, so the total slashed differs from the exact
   * fraction of the total stake by less than one base unit however the stake is split into lots,
   * in the rounding's direction: with FLOOR or DOWN it never exceeds the fraction, with CEILING or
   * UP it never falls short; every slashed unit is burned and nothing else moves.
   */
  @Property(tries = 300)
  void slash_roundedOnceOnTheWholeStake_boundedByFraction(
      @ForAll @Size(min = 1, max = 8) List<@LongRange(min = 1, max = 1_000) Long> lots,
      @ForAll @IntRange(min = 0, max = 50) int num,
      @ForAll @IntRange(min = 1, max = 50) int den,
      @ForAll RoundingMode rounding)
      throws Exception {
    if (num > den || rounding == RoundingMode.UNNECESSARY) {
      return;
    }
    Ledger l = Ledger.create(T, new StakingRules(0, 0, rounding));
    long sum = lots.stream().mapToLong(Long::longValue).sum();
    l.mint(Epoch.of(0), ALICE, t(sum));
    for (long lot : lots) {
      l.bond(Epoch.of(0), ALICE, OP, t(lot));
    }
    JournalEntry.Slashed s =
        l.slash(Epoch.of(0), OP, SlashFraction.of(num, den), SlashDestination.BURN);
    long total = s.amount().baseUnits().longValueExact();
    assertThat(l.burned().baseUnits().longValueExact()).isEqualTo(total);
    assertThat(l.stakedTotal().baseUnits().longValueExact()).isEqualTo(sum - total);
    assertThat(l.balance(ALICE).isZero()).isTrue();
    assertThat(l.stakeLots().size()).isLessThanOrEqualTo(lots.size());
    long exactTimesDen = sum * num;
    assertThat(Math.abs(total * den - exactTimesDen)).isLessThan(den);
    if (rounding == RoundingMode.FLOOR || rounding == RoundingMode.DOWN) {
      assertThat(total * den).isLessThanOrEqualTo(exactTimesDen);
    }
    if (rounding == RoundingMode.CEILING || rounding == RoundingMode.UP) {
      assertThat(total * den).isGreaterThanOrEqualTo(exactTimesDen);
    }
  }

  @Test
  void slash_stakeSplitIntoOneUnitLots_cannotRoundTheSlashAway() throws Exception {
    Ledger l = Ledger.create(T, new StakingRules(0, 0, RoundingMode.FLOOR));
    l.mint(Epoch.of(0), ALICE, t(100));
    for (int i = 0; i < 100; i++) {
      l.bond(Epoch.of(0), ALICE, OP, t(1));
    }
    JournalEntry.Slashed s =
        l.slash(Epoch.of(0), OP, SlashFraction.of(1, 10), SlashDestination.BURN);
    assertThat(s.amount()).isEqualTo(t(10));
    assertThat(l.stakedTotal()).isEqualTo(t(90));
    assertThat(l.stakeLots()).hasSize(90); // ten one-unit lots taken whole, the oldest first
  }
}
