package io.depin.tokenomics.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.depin.core.rules.RuleBook;
import io.depin.core.time.Epoch;
import io.depin.core.time.EpochClock;
import io.depin.core.token.Token;
import io.depin.core.token.TokenAmount;
import io.depin.tokenomics.burnmint.BurnAndMint;
import io.depin.tokenomics.burnmint.BurnMintRules;
import io.depin.tokenomics.burnmint.CreditPrice;
import io.depin.tokenomics.burnmint.Credits;
import io.depin.tokenomics.burnmint.Haircut;
import io.depin.tokenomics.burnmint.OraclePrice;
import io.depin.tokenomics.burnmint.RemintBasis;
import io.depin.tokenomics.burnmint.RemintOutcome;
import io.depin.tokenomics.burnmint.RemintPolicy;
import io.depin.tokenomics.staking.SlashDestination;
import io.depin.tokenomics.staking.SlashFraction;
import io.depin.tokenomics.staking.StakingRules;
import io.depin.tokenomics.vesting.VestingSchedule;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LedgerTest {
  private static final Token HNT = new Token("HNT", 8);
  private static final AccountId ALICE = AccountId.of("alice");
  private static final AccountId BOB = AccountId.of("bob");
  private static final AccountId OP = AccountId.of("operator-1");
  private static final Instant GENESIS = Instant.parse("2026-01-01T00:00:00Z");
  private static final EpochClock EPOCHS =
      EpochClock.of(Clock.fixed(GENESIS, ZoneOffset.UTC), GENESIS, Duration.ofDays(1));

  private static TokenAmount hnt(long units) {
    return TokenAmount.ofBaseUnits(units, HNT);
  }

  private static Epoch e(long i) {
    return Epoch.of(i);
  }

  @Test
  void bondUnbondWithdraw_followsDelays() throws Exception {
    Ledger l = Ledger.create(HNT, new StakingRules(2, 5, RoundingMode.FLOOR));
    l.mint(e(0), ALICE, hnt(100));
    l.bond(e(0), ALICE, OP, hnt(60));
    assertThat(l.position(ALICE, OP, e(1)).pending()).isEqualTo(hnt(60));
    assertThat(l.position(ALICE, OP, e(2)).active()).isEqualTo(hnt(60));
    assertThatThrownBy(() -> l.unbond(e(1), ALICE, OP, hnt(10)))
        .isInstanceOfSatisfying(
            LedgerException.class,
            x -> assertThat(x.reason()).isEqualTo(LedgerException.Reason.INSUFFICIENT_STAKE));
    l.unbond(e(3), ALICE, OP, hnt(40));
    assertThatThrownBy(() -> l.withdraw(e(7), ALICE))
        .isInstanceOfSatisfying(
            LedgerException.class, x -> assertThat(x.reason().code()).isEqualTo("nothing_due"));
    l.withdraw(e(8), ALICE);
    assertThat(l.balance(ALICE)).isEqualTo(hnt(80));
    assertThat(l.position(ALICE, OP, e(8)).active()).isEqualTo(hnt(20));
  }

  /**
   * 1/3 of the operator's whole stake of 150, FLOOR: 50, shared over the lots of 100 (active) and 50
   * (unbonding) in proportion, 33.3 and 16.7, by largest remainder: 33 + 17.
   */
  @Test
  void slash_takesFromBondedAndUnbonding_toTreasuryOrBurn() throws Exception {
    Ledger l = Ledger.create(HNT, new StakingRules(0, 10, RoundingMode.FLOOR));
    l.mint(e(0), ALICE, hnt(150));
    l.bond(e(0), ALICE, OP, hnt(150));
    l.unbond(e(1), ALICE, OP, hnt(50));
    JournalEntry.Slashed s = l.slash(e(2), OP, SlashFraction.of(1, 3), SlashDestination.TREASURY);
    assertThat(s.amount()).isEqualTo(hnt(50));
    assertThat(l.balance(AccountId.TREASURY)).isEqualTo(hnt(50));
    assertThat(l.position(ALICE, OP, e(2)).active()).isEqualTo(hnt(67));
    assertThat(l.position(ALICE, OP, e(2)).unbonding()).isEqualTo(hnt(33));
    assertThat(l.totalSupply()).isEqualTo(hnt(150));

    JournalEntry.Slashed burned = l.slash(e(3), OP, SlashFraction.of(1, 1), SlashDestination.BURN);
    assertThat(burned.amount()).isEqualTo(hnt(100));
    assertThat(l.stakeLots()).isEmpty();
    assertThat(l.totalSupply()).isEqualTo(hnt(50));
    assertThat(l.burned()).isEqualTo(hnt(100));
  }

  @Test
  void rules_versionedByEffectiveDate_fixTheUnbondingDelay() throws Exception {
    RuleBook<StakingRules> book =
        RuleBook.startingAt(GENESIS, new StakingRules(0, 7, RoundingMode.FLOOR))
            .thenFrom(GENESIS.plus(Duration.ofDays(10)), new StakingRules(0, 14, RoundingMode.FLOOR));
    Ledger l = Ledger.create(HNT, book, EPOCHS);
    l.mint(e(0), ALICE, hnt(10));
    l.bond(e(0), ALICE, OP, hnt(10));
    assertThat(l.unbond(e(9), ALICE, OP, hnt(5)).withdrawableFrom()).isEqualTo(e(16));
    assertThat(l.unbond(e(10), ALICE, OP, hnt(5)).withdrawableFrom()).isEqualTo(e(24));
  }

  @Test
  void lockAndRelease_paysExactlyTheTotal() throws Exception {
    Ledger l = Ledger.create(HNT, new StakingRules(0, 0, RoundingMode.FLOOR));
    l.mint(e(0), AccountId.TREASURY, hnt(1_000));
    l.lockVesting(e(0), AccountId.TREASURY, BOB, hnt(1_000), VestingSchedule.linear(3));
    assertThat(l.release(e(1), BOB).amount()).isEqualTo(hnt(333));
    assertThat(l.release(e(2), BOB).amount()).isEqualTo(hnt(333));
    assertThat(l.release(e(9), BOB).amount()).isEqualTo(hnt(334));
    assertThat(l.grants()).isEmpty();
    assertThat(l.balance(BOB)).isEqualTo(hnt(1_000));
  }

  @Test
  void rejectedOperation_leavesSnapshotUnchanged() throws Exception {
    Ledger l = Ledger.create(HNT, new StakingRules(0, 0, RoundingMode.FLOOR));
    l.mint(e(5), ALICE, hnt(10));
    LedgerSnapshot before = l.snapshot();
    assertThatThrownBy(() -> l.transfer(e(5), ALICE, BOB, hnt(11))).isInstanceOf(LedgerException.class);
    assertThatThrownBy(() -> l.mint(e(4), ALICE, hnt(1)))
        .isInstanceOfSatisfying(
            LedgerException.class, x -> assertThat(x.reason().code()).isEqualTo("epoch_regressed"));
    assertThatThrownBy(() -> l.mint(e(5), ALICE, TokenAmount.parse("1", new Token("IOT", 6))))
        .isInstanceOfSatisfying(
            LedgerException.class, x -> assertThat(x.reason().code()).isEqualTo("wrong_token"));
    assertThat(l.snapshot()).isEqualTo(before);
  }

  @Test
  void burnAndMint_buyCreditsBurnsAndRemintMintsThroughLedger() throws Exception {
    RemintPolicy remint = new RemintPolicy(RemintBasis.BURNED, BigDecimal.ONE, hnt(10_000_000));
    RuleBook<BurnMintRules> rules =
        RuleBook.startingAt(
            GENESIS, new BurnMintRules(CreditPrice.HELIUM_DATA_CREDIT, Haircut.HELIUM, remint));
    BurnAndMint bme = BurnAndMint.of(HNT, rules, EPOCHS);
    Ledger l = Ledger.create(HNT, new StakingRules(0, 0, RoundingMode.FLOOR));
    l.mint(e(0), ALICE, hnt(100_000_000));
    OraclePrice ema = OraclePrice.of(new BigDecimal("4.20"), new BigDecimal("0.05"));
    bme.buyCredits(l, e(1), ALICE, Credits.of(100_000), ema);
    assertThat(l.balance(ALICE)).isEqualTo(hnt(100_000_000 - 24_390_244));
    RemintOutcome out = bme.remint(l, e(1), AccountId.TREASURY, l.burned(), hnt(0));
    assertThat(out.minted()).isEqualTo(hnt(10_000_000));
    assertThat(out.withheld()).isEqualTo(hnt(14_390_244));
    assertThat(l.totalSupply()).isEqualTo(hnt(100_000_000 - 24_390_244 + 10_000_000));
  }
}
