package io.depin.tokenomics.ledger;

import io.depin.core.time.Epoch;
import io.depin.core.token.TokenAmount;
import java.util.Objects;

/**
 * One lot of stake held by a {@link Ledger}: an amount a delegator has bonded to an operator, or
 * has started to unbond from it.
 *
 * {@snippet :
 * for (StakeLot lot : ledger.stakeLots()) {
 *   boolean earning = lot.state() == StakeLot.State.BONDED && lot.from().compareTo(now) <= 0;
 * }
 * }
 *
 * @param delegator the owner of the stake
 * @param operator the operator it is delegated to (the delegator itself for self-stake)
 * @param state bonded or unbonding
 * @param amount the amount, positive
 * @param from for a bonded lot, the first epoch it is active; for an unbonding lot, the first
 *     epoch it can be withdrawn
 * @since 0.1.0
 */
public record StakeLot(
    AccountId delegator, AccountId operator, State state, TokenAmount amount, Epoch from) {

  /**
   * The state of a lot.
   *
   * @since 0.1.0
   */
  public enum State {
    /** Bonded: active from {@link StakeLot#from()} on, pending before. */
    BONDED,
    /** Unbonding: withdrawable from {@link StakeLot#from()} on. */
    UNBONDING
  }

  /**
   * Validates the lot.
   *
   * @throws IllegalArgumentException if the amount is not positive
   */
  public StakeLot {
    Objects.requireNonNull(delegator, "delegator");
    Objects.requireNonNull(operator, "operator");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(from, "from");
    if (amount.isNegative() || amount.isZero()) {
      throw new IllegalArgumentException("a stake lot is positive, not " + amount);
    }
  }

  StakeLot withAmount(TokenAmount newAmount) {
    return new StakeLot(delegator, operator, state, newAmount, from);
  }
}
