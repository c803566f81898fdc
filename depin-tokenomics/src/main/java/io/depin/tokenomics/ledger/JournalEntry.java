package io.depin.tokenomics.ledger;

import io.depin.core.time.Epoch;
import io.depin.core.token.TokenAmount;
import io.depin.tokenomics.staking.SlashDestination;
import io.depin.tokenomics.staking.SlashFraction;
import java.math.BigInteger;
import java.util.Objects;

/**
 * One successful {@link Ledger} operation, as appended to its journal. Only {@link Minted}, {@link
 * Burned} and a {@link Slashed} sent to {@link SlashDestination#BURN} change the total supply; the
 * sum of {@link #supplyDelta()} over a journal is the ledger's supply.
 *
 * {@snippet :
 * for (JournalEntry e : ledger.journal()) {
 *   switch (e) {
 *     case JournalEntry.Minted m -> System.out.println("minted " + m.amount() + " to " + m.to());
 *     case JournalEntry.Burned b -> System.out.println("burned " + b.amount());
 *     default -> { }
 *   }
 * }
 * }
 *
 * @since 0.1.0
 */
public sealed interface JournalEntry {
  /** {@return the entry's position in the journal, from 0} */
  long sequence();

  /** {@return the epoch of the operation} */
  Epoch epoch();

  /** {@return the change of total supply: positive for a mint, negative for a burn, else 0} */
  BigInteger supplyDelta();

  /**
   * New tokens credited to an account.
   *
   * @param sequence the position in the journal
   * @param epoch the epoch
   * @param to the account credited
   * @param amount the amount minted, positive
   */
  record Minted(long sequence, Epoch epoch, AccountId to, TokenAmount amount)
      implements JournalEntry {
    /** Checks that nothing is null. */
    public Minted {
      Objects.requireNonNull(epoch, "epoch");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(amount, "amount");
    }

    @Override
    public BigInteger supplyDelta() {
      return amount.baseUnits();
    }
  }

  /**
   * Tokens taken from an account and destroyed.
   *
   * @param sequence the position in the journal
   * @param epoch the epoch
   * @param from the account debited
   * @param amount the amount burned, positive
   */
  record Burned(long sequence, Epoch epoch, AccountId from, TokenAmount amount)
      implements JournalEntry {
    /** Checks that nothing is null. */
    public Burned {
      Objects.requireNonNull(epoch, "epoch");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(amount, "amount");
    }

    @Override
    public BigInteger supplyDelta() {
      return amount.baseUnits().negate();
    }
  }

  /**
   * Tokens moved between two liquid balances.
   *
   * @param sequence the position in the journal
   * @param epoch the epoch
   * @param from the account debited
   * @param to the account credited
   * @param amount the amount, positive
   */
  record Transferred(long sequence, Epoch epoch, AccountId from, AccountId to, TokenAmount amount)
      implements JournalEntry {
    /** Checks that nothing is null. */
    public Transferred {
      Objects.requireNonNull(epoch, "epoch");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(amount, "amount");
    }

    @Override
    public BigInteger supplyDelta() {
      return BigInteger.ZERO;
    }
  }

  /**
   * Liquid tokens bonded to an operator.
   *
   * @param sequence the position in the journal
   * @param epoch the epoch
   * @param delegator the owner of the stake
   * @param operator the operator
   * @param amount the amount, positive
   * @param activeFrom the first epoch the stake is active
   */
  record Bonded(
      long sequence,
      Epoch epoch,
      AccountId delegator,
      AccountId operator,
      TokenAmount amount,
      Epoch activeFrom)
      implements JournalEntry {
    /** Checks that nothing is null. */
    public Bonded {
      Objects.requireNonNull(epoch, "epoch");
      Objects.requireNonNull(delegator, "delegator");
      Objects.requireNonNull(operator, "operator");
      Objects.requireNonNull(amount, "amount");
      Objects.requireNonNull(activeFrom, "activeFrom");
    }

    @Override
    public BigInteger supplyDelta() {
      return BigInteger.ZERO;
    }
  }

  /**
   * Active stake that started to unbond.
   *
   * @param sequence the position in the journal
   * @param epoch the epoch
   * @param delegator the owner of the stake
   * @param operator the operator
   * @param amount the amount, positive
   * @param withdrawableFrom the first epoch it can be withdrawn
   */
  record Unbonded(
      long sequence,
      Epoch epoch,
      AccountId delegator,
      AccountId operator,
      TokenAmount amount,
      Epoch withdrawableFrom)
      implements JournalEntry {
    /** Checks that nothing is null. */
    public Unbonded {
      Objects.requireNonNull(epoch, "epoch");
      Objects.requireNonNull(delegator, "delegator");
      Objects.requireNonNull(operator, "operator");
      Objects.requireNonNull(amount, "amount");
      Objects.requireNonNull(withdrawableFrom, "withdrawableFrom");
    }

    @Override
    public BigInteger supplyDelta() {
      return BigInteger.ZERO;
    }
  }

  /**
   * Unbonded stake past its delay returned to the delegator's liquid balance.
   *
   * @param sequence the position in the journal
   * @param epoch the epoch
   * @param delegator the account credited
   * @param amount the amount, positive
   */
  record Withdrawn(long sequence, Epoch epoch, AccountId delegator, TokenAmount amount)
      implements JournalEntry {
    /** Checks that nothing is null. */
    public Withdrawn {
      Objects.requireNonNull(epoch, "epoch");
      Objects.requireNonNull(delegator, "delegator");
      Objects.requireNonNull(amount, "amount");
    }

    @Override
    public BigInteger supplyDelta() {
      return BigInteger.ZERO;
    }
  }

  /**
   * A fraction of all stake delegated to an operator, taken away.
   *
   * @param sequence the position in the journal
   * @param epoch the epoch
   * @param operator the operator at fault
   * @param fraction the fraction of each lot taken
   * @param destination where the amount went
   * @param amount the total taken, 0 or more
   */
  record Slashed(
      long sequence,
      Epoch epoch,
      AccountId operator,
      SlashFraction fraction,
      SlashDestination destination,
      TokenAmount amount)
      implements JournalEntry {
    /** Checks that nothing is null. */
    public Slashed {
      Objects.requireNonNull(epoch, "epoch");
      Objects.requireNonNull(operator, "operator");
      Objects.requireNonNull(fraction, "fraction");
      Objects.requireNonNull(destination, "destination");
      Objects.requireNonNull(amount, "amount");
    }

    @Override
    public BigInteger supplyDelta() {
      return destination == SlashDestination.BURN ? amount.baseUnits().negate() : BigInteger.ZERO;
    }
  }

  /**
   * Liquid tokens moved into vesting escrow for a beneficiary.
   *
   * @param sequence the position in the journal
   * @param epoch the epoch
   * @param from the account debited
   * @param grant the new grant
   */
  record VestingLocked(long sequence, Epoch epoch, AccountId from, VestingGrant grant)
      implements JournalEntry {
    /** Checks that nothing is null. */
    public VestingLocked {
      Objects.requireNonNull(epoch, "epoch");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(grant, "grant");
    }

    @Override
    public BigInteger supplyDelta() {
      return BigInteger.ZERO;
    }
  }

  /**
   * Vested tokens moved from escrow to the beneficiary's liquid balance.
   *
   * @param sequence the position in the journal
   * @param epoch the epoch
   * @param beneficiary the account credited
   * @param amount the amount, positive
   */
  record VestingReleased(long sequence, Epoch epoch, AccountId beneficiary, TokenAmount amount)
      implements JournalEntry {
    /** Checks that nothing is null. */
    public VestingReleased {
      Objects.requireNonNull(epoch, "epoch");
      Objects.requireNonNull(beneficiary, "beneficiary");
      Objects.requireNonNull(amount, "amount");
    }

    @Override
    public BigInteger supplyDelta() {
      return BigInteger.ZERO;
    }
  }
}
