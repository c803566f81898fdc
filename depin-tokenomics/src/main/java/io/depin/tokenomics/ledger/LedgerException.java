package io.depin.tokenomics.ledger;

import java.util.Objects;

/**
 * A ledger operation that was rejected; the ledger is exactly as it was before the call.
 *
 * {@snippet :
 * try {
 *   ledger.transfer(epoch, alice, bob, amount);
 * } catch (LedgerException e) {
 *   if (e.reason() == LedgerException.Reason.INSUFFICIENT_FUNDS) { ... }
 * }
 * }
 *
 * @since 0.1.0
 */
public final class LedgerException extends Exception {
  private static final long serialVersionUID = 1L;

  /**
   * Why an operation was rejected. Each reason has a stable lower-case {@link #code()}.
   *
   * @since 0.1.0
   */
  public enum Reason {
    /** {@code insufficient_funds}: the liquid balance is smaller than the amount. */
    INSUFFICIENT_FUNDS("insufficient_funds"),
    /** {@code insufficient_stake}: the active stake is smaller than the amount to unbond. */
    INSUFFICIENT_STAKE("insufficient_stake"),
    /** {@code nothing_due}: nothing is withdrawable or releasable yet. */
    NOTHING_DUE("nothing_due"),
    /** {@code no_stake}: the operator has no stake to slash. */
    NO_STAKE("no_stake"),
    /** {@code not_positive}: the amount is zero or negative. */
    NOT_POSITIVE("not_positive"),
    /** {@code wrong_token}: the amount is of another token than the ledger's. */
    WRONG_TOKEN("wrong_token"),
    /** {@code same_account}: a transfer from an account to itself. */
    SAME_ACCOUNT("same_account"),
    /** {@code epoch_regressed}: the epoch is before the epoch of an earlier operation. */
    EPOCH_REGRESSED("epoch_regressed"),
    /** {@code rules_not_in_force}: no staking rules are in force at the epoch. */
    RULES_NOT_IN_FORCE("rules_not_in_force");

    private final String code;

    Reason(String code) {
      this.code = code;
    }

    /** {@return the stable lower-case code} */
    public String code() {
      return code;
    }
  }

  private final Reason reason;

  /**
   * Creates an exception.
   *
   * @param reason why the operation was rejected
   * @param detail a description for people
   */
  public LedgerException(Reason reason, String detail) {
    super(reason.code() + ": " + detail);
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /** {@return why the operation was rejected} */
  public Reason reason() {
    return reason;
  }
}
