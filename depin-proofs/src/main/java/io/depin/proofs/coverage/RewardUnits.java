package io.depin.proofs.coverage;

import java.math.BigDecimal;

/**
 * How many reward units a beacon and each of its valid witnesses earn, by the number of valid
 * witnesses. Implementations are immutable and deterministic.
 *
 * {@snippet :
 * RewardUnits helium = RewardUnits.hip15();                  // N = 4, r = 0.8
 * RewardUnits custom = RewardUnits.hip15(6, new BigDecimal("0.9"));
 * RewardUnits flat = RewardUnits.flat(BigDecimal.ONE, BigDecimal.ONE);
 * RewardShares shares = helium.sharesFor(5);                 // 1.2 and 0.76
 * }
 *
 * @since 0.1.0
 */
public interface RewardUnits {
  /**
   * Returns the units for a beacon with {@code validWitnesses} valid witnesses.
   *
   * @param validWitnesses zero or more
   * @return the shares; with no witness, the per-witness share is irrelevant
   * @throws IllegalArgumentException if {@code validWitnesses} is negative
   */
  RewardShares sharesFor(int validWitnesses);

  /**
   * Returns Helium's HIP-15 curve with its published example values, {@code N = 4} and {@code r =
   * 0.8}.
   *
   * @return the curve
   * @see Hip15RewardUnits
   */
  static RewardUnits hip15() {
    return Hip15RewardUnits.HELIUM;
  }

  /**
   * Returns a HIP-15 curve.
   *
   * @param redundancy the desired number of witnesses {@code N}, 1 or more
   * @param decayRate {@code r}, strictly between 0 and 1
   * @return the curve
   * @throws IllegalArgumentException if a parameter is out of range
   */
  static RewardUnits hip15(int redundancy, BigDecimal decayRate) {
    return new Hip15RewardUnits(redundancy, decayRate);
  }

  /**
   * Returns fixed units, whatever the number of witnesses (the beaconer earns nothing without a
   * valid witness).
   *
   * @param beaconer the beaconer's units
   * @param perWitness each witness's units
   * @return the policy
   * @throws IllegalArgumentException if a value is negative
   */
  static RewardUnits flat(BigDecimal beaconer, BigDecimal perWitness) {
    RewardShares shares = new RewardShares(beaconer, perWitness);
    RewardShares none = new RewardShares(BigDecimal.ZERO, perWitness);
    return validWitnesses -> {
      Hip15RewardUnits.checkCount(validWitnesses);
      return validWitnesses == 0 ? none : shares;
    };
  }
}
