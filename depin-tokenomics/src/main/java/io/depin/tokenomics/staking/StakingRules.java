package io.depin.tokenomics.staking;

import java.math.RoundingMode;
import java.util.Objects;

/**
 * The staking rules in force for an epoch. Versions with effective dates are kept in an {@link
 * io.depin.core.rules.RuleBook}: the rules in force when a bond or unbond is made fix its delay,
 * and the rules in force when a slash happens fix its rounding.
 *
 * {@snippet :
 * RuleBook<StakingRules> rules = RuleBook
 *     .startingAt(genesis, new StakingRules(1, 7, RoundingMode.FLOOR))
 *     .thenFrom(genesis.plus(Duration.ofDays(90)), new StakingRules(1, 14, RoundingMode.FLOOR));
 * }
 *
 * @param bondingDelay epochs until a bond made in epoch {@code e} is active: active from {@code e
 *     + bondingDelay}, 0 or more
 * @param unbondingDelay epochs until stake unbonded in epoch {@code e} can be withdrawn: from
 *     {@code e + unbondingDelay}, 0 or more
 * @param slashRounding how each stake entry's slashed amount is rounded
 * @since 0.1.0
 */
public record StakingRules(long bondingDelay, long unbondingDelay, RoundingMode slashRounding) {
  /**
   * Validates the rules.
   *
   * @throws IllegalArgumentException if a delay is negative or the rounding is {@link
   *     RoundingMode#UNNECESSARY}
   */
  public StakingRules {
    Objects.requireNonNull(slashRounding, "slashRounding");
    if (bondingDelay < 0 || unbondingDelay < 0) {
      throw new IllegalArgumentException(
          "delays are 0 or more, not " + bondingDelay + " and " + unbondingDelay);
    }
    if (slashRounding == RoundingMode.UNNECESSARY) {
      throw new IllegalArgumentException("slashing needs a rounding that can round");
    }
  }
}
