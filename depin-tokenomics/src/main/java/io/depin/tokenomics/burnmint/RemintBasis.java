package io.depin.tokenomics.burnmint;

/**
 * What a re-mint is computed from.
 *
 * <p>Example: mint back 75% of what was burned, at most 1,000 tokens an epoch.
 *
 * {@snippet :
 * RemintPolicy remint = new RemintPolicy(RemintBasis.BURNED, new BigDecimal("0.75"), cap);
 * }
 *
 * @since 0.1.0
 */
public enum RemintBasis {
  /** A share of the tokens burned in the epoch is minted back (burn-and-mint equilibrium). */
  BURNED,
  /** A share of the epoch's scheduled emission is minted, whatever was burned. */
  EMISSION
}
