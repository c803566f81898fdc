package io.depin.tokenomics.ledger;

import io.depin.core.time.Epoch;
import io.depin.core.token.TokenAmount;
import io.depin.tokenomics.vesting.VestingSchedule;
import java.util.Objects;

/**
 * An amount held in vesting escrow for a beneficiary, and how much of it has been released.
 *
 * {@snippet :
 * for (VestingGrant g : ledger.grants()) {
 *   TokenAmount due = g.releasableAt(now);
 * }
 * }
 *
 * @param id the grant's number, unique in its ledger
 * @param beneficiary who receives the released amounts
 * @param total the amount locked
 * @param lockedAt the epoch of the lock
 * @param schedule how it vests
 * @param released the amount released so far, from 0 to {@code total}
 * @since 0.1.0
 */
public record VestingGrant(
    long id,
    AccountId beneficiary,
    TokenAmount total,
    Epoch lockedAt,
    VestingSchedule schedule,
    TokenAmount released) {
  /**
   * Validates the grant.
   *
   * @throws IllegalArgumentException if {@code released} is negative or above {@code total}
   */
  public VestingGrant {
    Objects.requireNonNull(beneficiary, "beneficiary");
    Objects.requireNonNull(lockedAt, "lockedAt");
    Objects.requireNonNull(schedule, "schedule");
    if (released.isNegative() || released.compareTo(total) > 0) {
      throw new IllegalArgumentException("released must be from 0 to " + total + ", not " + released);
    }
  }

  /** {@return the amount still in escrow: {@code total - released}} */
  public TokenAmount locked() {
    return total.minus(released);
  }

  /**
   * Returns the amount vested by {@code epoch} and not yet released.
   *
   * @param epoch the epoch
   * @return the amount {@link Ledger#release} would pay out now for this grant; zero for an epoch
   *     before the last release
   */
  public TokenAmount releasableAt(Epoch epoch) {
    TokenAmount due = schedule.vestedAt(total, lockedAt, epoch).minus(released);
    return due.isNegative() ? TokenAmount.zero(total.token()) : due;
  }

  VestingGrant withReleased(TokenAmount newReleased) {
    return new VestingGrant(id, beneficiary, total, lockedAt, schedule, newReleased);
  }
}
