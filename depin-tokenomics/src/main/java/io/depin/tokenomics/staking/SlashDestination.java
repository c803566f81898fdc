package io.depin.tokenomics.staking;

/**
 * Where slashed stake goes.
 *
 * @since 0.1.0
 */
public enum SlashDestination {
  /** The slashed amount is burned: total supply falls by it. */
  BURN,
  /** The slashed amount is credited to the treasury account: total supply is unchanged. */
  TREASURY
}
