package io.depin.tokenomics.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import io.depin.core.rules.RuleBook;
import io.depin.core.time.Epoch;
import io.depin.core.time.EpochClock;
import io.depin.core.token.Token;
import io.depin.core.token.TokenAmount;
import io.depin.tokenomics.staking.SlashDestination;
import io.depin.tokenomics.staking.SlashFraction;
import io.depin.tokenomics.staking.StakingRules;
import io.depin.tokenomics.vesting.UnlockTiming;
import io.depin.tokenomics.vesting.VestingSchedule;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;

/**
 * Random sequences of valid and invalid operations, including staking, slashing and vesting: after
 * every step the supply invariant holds, a successful operation appends one entry whose supply
 * delta is the change of supply, and a rejected one changes nothing at all.
 */
class LedgerPropertiesTest {
  private static final Token T = new Token("T", 2);
  private static final Token OTHER = new Token("O", 2);
  private static final List<AccountId> ACCOUNTS =
      List.of(
          AccountId.of("alice"),
          AccountId.of("bob"),
          AccountId.of("op1"),
          AccountId.of("op2"),
          AccountId.TREASURY);
  private static final Instant GENESIS = Instant.parse("2026-01-01T00:00:00Z");

  sealed interface Op {}

  record Mint(int dt, int to, long amount) implements Op {}

  record Burn(int dt, int from, long amount) implements Op {}

  record Transfer(int dt, int from, int to, long amount, boolean otherToken) implements Op {}

  record Bond(int dt, int who, int op, long amount) implements Op {}

  record Unbond(int dt, int who, int op, long amount) implements Op {}

  record Withdraw(int dt, int who) implements Op {}

  record Slash(int dt, int op, long num, long den, SlashDestination dest) implements Op {}

  record Lock(int dt, int from, int to, long amount, VestingSchedule schedule) implements Op {}

  record Release(int dt, int who) implements Op {}

  @Provide
  Arbitrary<List<Op>> operations() {
    Arbitrary<Integer> dt =
        Arbitraries.frequencyOf(
            Tuple.of(1, Arbitraries.just(-1)),
            Tuple.of(12, Arbitraries.integers().between(0, 2)),
            Tuple.of(1, Arbitraries.integers().between(3, 12)));
    Arbitrary<Integer> acct = Arbitraries.integers().between(0, ACCOUNTS.size() - 1);
    Arbitrary<Integer> operator = Arbitraries.integers().between(2, 3);
    Arbitrary<Integer> staker = Arbitraries.integers().between(0, 2);
    Arbitrary<Long> small = Arbitraries.longs().between(1, 40);
    Arbitrary<Long> amount =
        Arbitraries.frequencyOf(
            Tuple.of(1, Arbitraries.longs().between(-5, 0)),
            Tuple.of(10, Arbitraries.longs().between(1, 150)),
            Tuple.of(1, Arbitraries.longs().between(150, 5_000)));
    Arbitrary<VestingSchedule> schedule =
        Combinators.combine(
                Arbitraries.longs().between(0, 3),
                Arbitraries.longs().between(0, 4),
                Arbitraries.longs().between(0, 10),
                Arbitraries.longs().between(1, 3),
                Arbitraries.longs().between(1, 4),
                Arbitraries.longs().between(0, 3),
                Arbitraries.of(UnlockTiming.class))
            .as(VestingSchedule::new);
    Arbitrary<Op> op =
        Arbitraries.frequencyOf(
            Tuple.of(3, Combinators.combine(dt, acct, Arbitraries.longs().between(-5, 2_000)).as(Mint::new)),
            Tuple.of(1, Combinators.combine(dt, acct, amount).as(Burn::new)),
            Tuple.of(
                2,
                Combinators.combine(dt, acct, acct, amount, Arbitraries.of(false, false, false, true))
                    .as(Transfer::new)),
            Tuple.of(3, Combinators.combine(dt, staker, operator, amount).as(Bond::new)),
            Tuple.of(4, Combinators.combine(dt, staker, operator, small).as(Unbond::new)),
            Tuple.of(2, Combinators.combine(dt, staker).as(Withdraw::new)),
            Tuple.of(
                1,
                Combinators.combine(
                        dt,
                        acct,
                        Arbitraries.longs().between(0, 7),
                        Arbitraries.longs().between(7, 9),
                        Arbitraries.of(SlashDestination.class))
                    .as(Slash::new)),
            Tuple.of(2, Combinators.combine(dt, acct, acct, amount, schedule).as(Lock::new)),
            Tuple.of(2, Combinators.combine(dt, acct).as(Release::new)));
    return op.list().ofMinSize(20).ofMaxSize(80);
  }

  private static TokenAmount t(long units) {
    return TokenAmount.ofBaseUnits(units, T);
  }

  @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
  void randomOperations_keepSupplyInvariantAndRejectAtomically(
      @ForAll("operations") @Size(max = 80) List<Op> ops) {
    EpochClock epochs =
        EpochClock.of(Clock.fixed(GENESIS, ZoneOffset.UTC), GENESIS, Duration.ofHours(1));
    RuleBook<StakingRules> rules =
        RuleBook.startingAt(GENESIS, new StakingRules(1, 3, RoundingMode.FLOOR))
            .thenFrom(GENESIS.plus(Duration.ofHours(40)), new StakingRules(0, 5, RoundingMode.CEILING));
    Ledger ledger = Ledger.create(T, rules, epochs);
    long epoch = 0;
    Map<Long, BigInteger> totalByGrant = new HashMap<>();
    for (Op op : ops) {
      LedgerSnapshot before = ledger.snapshot();
      int dt = dtOf(op);
      long at = Math.max(0, epoch + dt);
      try {
        JournalEntry entry = apply(ledger, op, Epoch.of(at));
        epoch = at;
        Statistics.label("accepted").collect(op.getClass().getSimpleName());
        assertThat(ledger.journal()).hasSize(before.journalSize() + 1).endsWith(entry);
        BigInteger supplyBefore = before.minted().minus(before.burned()).baseUnits();
        assertThat(ledger.totalSupply().baseUnits()).isEqualTo(supplyBefore.add(entry.supplyDelta()));
        if (entry instanceof JournalEntry.VestingLocked locked) {
          totalByGrant.put(locked.grant().id(), locked.grant().total().baseUnits());
        }
      } catch (LedgerException e) {
        Statistics.label("rejected").collect(e.reason().code());
        assertThat(ledger.snapshot()).as("rejected %s: %s", op, e.getMessage()).isEqualTo(before);
      }
      checkInvariant(ledger);
    }
    // Release every grant at the end of time: releases sum to exactly each grant's total.
    long end = epoch + 100;
    for (AccountId a : ACCOUNTS) {
      try {
        ledger.release(Epoch.of(end), a);
      } catch (LedgerException e) {
        assertThat(e.reason()).isEqualTo(LedgerException.Reason.NOTHING_DUE);
      }
    }
    assertThat(ledger.grants()).isEmpty();
    assertThat(ledger.escrowTotal()).isEqualTo(t(0));
    BigInteger released = BigInteger.ZERO;
    for (JournalEntry e : ledger.journal()) {
      if (e instanceof JournalEntry.VestingReleased r) {
        released = released.add(r.amount().baseUnits());
      }
    }
    BigInteger locked = totalByGrant.values().stream().reduce(BigInteger.ZERO, BigInteger::add);
    assertThat(released).isEqualTo(locked);
    checkInvariant(ledger);
    Statistics.label("accepted")
        .coverage(
            c -> {
              for (String kind :
                  List.of("Mint", "Burn", "Transfer", "Bond", "Unbond", "Withdraw", "Slash", "Lock", "Release")) {
                c.check(kind).count(n -> n > 0);
              }
            });
    Statistics.label("rejected")
        .coverage(
            c -> {
              for (LedgerException.Reason r : LedgerException.Reason.values()) {
                if (r != LedgerException.Reason.RULES_NOT_IN_FORCE) {
                  c.check(r.code()).count(n -> n > 0);
                }
              }
            });
  }

  private static void checkInvariant(Ledger ledger) {
    TokenAmount supply = ledger.totalSupply();
    assertThat(ledger.liquidTotal().plus(ledger.stakedTotal()).plus(ledger.escrowTotal()))
        .isEqualTo(supply);
    assertThat(ledger.minted().minus(ledger.burned())).isEqualTo(supply);
    BigInteger journalSupply =
        ledger.journal().stream().map(JournalEntry::supplyDelta).reduce(BigInteger.ZERO, BigInteger::add);
    assertThat(journalSupply).isEqualTo(supply.baseUnits());
    for (AccountId a : ACCOUNTS) {
      assertThat(ledger.balance(a).isNegative()).isFalse();
    }
    for (StakeLot lot : ledger.stakeLots()) {
      assertThat(lot.amount().isNegative() || lot.amount().isZero()).isFalse();
    }
    for (VestingGrant g : ledger.grants()) {
      assertThat(g.released()).isLessThanOrEqualTo(g.total());
    }
  }

  private static int dtOf(Op op) {
    return switch (op) {
      case Mint m -> m.dt();
      case Burn b -> b.dt();
      case Transfer x -> x.dt();
      case Bond b -> b.dt();
      case Unbond u -> u.dt();
      case Withdraw w -> w.dt();
      case Slash s -> s.dt();
      case Lock l -> l.dt();
      case Release r -> r.dt();
    };
  }

  private static JournalEntry apply(Ledger l, Op op, Epoch e) throws LedgerException {
    return switch (op) {
      case Mint m -> l.mint(e, ACCOUNTS.get(m.to()), t(m.amount()));
      case Burn b -> l.burn(e, ACCOUNTS.get(b.from()), t(b.amount()));
      case Transfer x ->
          l.transfer(
              e,
              ACCOUNTS.get(x.from()),
              ACCOUNTS.get(x.to()),
              TokenAmount.ofBaseUnits(x.amount(), x.otherToken() ? OTHER : T));
      case Bond b -> l.bond(e, ACCOUNTS.get(b.who()), ACCOUNTS.get(b.op()), t(b.amount()));
      case Unbond u -> l.unbond(e, ACCOUNTS.get(u.who()), ACCOUNTS.get(u.op()), t(u.amount()));
      case Withdraw w -> l.withdraw(e, ACCOUNTS.get(w.who()));
      case Slash s ->
          l.slash(e, ACCOUNTS.get(s.op()), SlashFraction.of(s.num(), s.den()), s.dest());
      case Lock k ->
          l.lockVesting(e, ACCOUNTS.get(k.from()), ACCOUNTS.get(k.to()), t(k.amount()), k.schedule());
      case Release r -> l.release(e, ACCOUNTS.get(r.who()));
    };
  }
}
