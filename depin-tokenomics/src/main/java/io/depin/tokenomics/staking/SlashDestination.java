package io.depin.tokenomics.staking;

/**
 * Where slashed stake goes.
 *
 * <p>Example: burn a third of an operator's stake for an offence in epoch 2.
 *
 * {@snippet :
 * ledger.slash(Epoch.of(2), operator, SlashFraction.of(1, 3), SlashDestination.BURN);
 * }
 *
 * @since 0.1.0
 */
public enum SlashDestination {
  /** The slashed amount is burned: total supply falls by it. */
  BURN,
  /** The slashed amount is credited to the treasury account: total supply is unchanged. */
  TREASURY
}
