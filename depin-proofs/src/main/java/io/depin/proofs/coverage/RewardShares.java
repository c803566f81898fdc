package io.depin.proofs.coverage;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The reward units one beacon earns: for the beaconer, and for each valid witness. Units are
 * slices of an epoch's pool, converted to tokens by the reward distributor.
 *
 * {@snippet :
 * RewardShares shares = RewardUnits.hip15().sharesFor(14);
 * BigDecimal tx = shares.beaconer();        // 1.892625817600
 * BigDecimal rx = shares.perWitness();      // 0.221955298742
 * }
 *
 * @param beaconer the beaconer's units, zero or more
 * @param perWitness each valid witness's units, zero or more
 * @since 0.1.0
 */
public record RewardShares(BigDecimal beaconer, BigDecimal perWitness) {
  /**
   * Validates the shares.
   *
   * @throws IllegalArgumentException if a share is negative
   */
  public RewardShares {
    Objects.requireNonNull(beaconer, "beaconer");
    Objects.requireNonNull(perWitness, "perWitness");
    if (beaconer.signum() < 0 || perWitness.signum() < 0) {
      throw new IllegalArgumentException("reward units are not negative");
    }
  }
}
