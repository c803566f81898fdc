package io.depin.tokenomics.ledger;

import io.depin.core.token.TokenAmount;
import java.util.Objects;

/**
 * The stake one delegator has with one operator, seen at one epoch (an operator's own stake is a
 * position whose delegator is the operator). All four amounts are held by the ledger and count
 * towards total supply.
 *
 * {@snippet :
 * StakePosition p = ledger.position(alice, operator, Epoch.of(10));
 * TokenAmount earning = p.active();
 * }
 *
 * @param delegator the account that owns the stake
 * @param operator the operator it is delegated to
 * @param pending bonded but not yet active (inside the bonding delay)
 * @param active bonded and active
 * @param unbonding unbonded, still inside the unbonding delay
 * @param withdrawable unbonded and past the delay, not yet withdrawn
 * @since 0.1.0
 */
public record StakePosition(
    AccountId delegator,
    AccountId operator,
    TokenAmount pending,
    TokenAmount active,
    TokenAmount unbonding,
    TokenAmount withdrawable) {
  /** Checks that nothing is null. */
  public StakePosition {
    Objects.requireNonNull(delegator, "delegator");
    Objects.requireNonNull(operator, "operator");
    Objects.requireNonNull(pending, "pending");
    Objects.requireNonNull(active, "active");
    Objects.requireNonNull(unbonding, "unbonding");
    Objects.requireNonNull(withdrawable, "withdrawable");
  }

  /** {@return everything in this position: pending + active + unbonding + withdrawable} */
  public TokenAmount total() {
    return pending.plus(active).plus(unbonding).plus(withdrawable);
  }
}
