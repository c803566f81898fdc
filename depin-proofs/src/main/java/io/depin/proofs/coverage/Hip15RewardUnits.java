package io.depin.proofs.coverage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Helium's HIP-15 beaconing reward curve. With {@code w} valid witnesses, desired redundancy
 * {@code N} and decay rate {@code r}:
 *
 * <pre>
 * w &lt;= N:  beaconer = w / N                 each witness = 1
 * w &gt;  N:  beaconer = 2 - r^(w - N)         each witness = (N - (1 - r^(w - N))) / w
 * </pre>
 *
 * so a beacon never pays more than {@code N + 1} units in total. Source: HIP-15 "Beaconing
 * Rewards", https://github.com/helium/HIP/blob/main/0015-beaconing-rewards.md (the formulas are
 * images there; they are reconstructed from its prose and its tables for {@code N = 4, r = 0.8},
 * which this implementation reproduces, for example 1.89 and 0.22 with 14 witnesses).
 *
 * <p>Arithmetic is exact in {@link BigDecimal} ({@code r^k} of a decimal {@code r} is a terminating
 * decimal) until the final divisions and the final values, which are rounded to {@value #SCALE}
 * decimal places with {@link RoundingMode#DOWN}, so the units paid never exceed {@code N + 1}.
 *
 * <p>Simplification: HIP-15 also counts witnesses rejected for their signal in {@code w} (with zero
 * units) and scales the beaconer's units by valid / all witnesses. Here, as in Helium's later
 * off-chain oracles, only valid witnesses count; {@link CoverageEvaluator} excludes the others
 * before it asks for units.
 *
 * {@snippet :
 * RewardShares shares = new Hip15RewardUnits(4, new BigDecimal("0.8")).sharesFor(5);
 * // shares.beaconer() is 1.2, shares.perWitness() is 0.76
 * }
 *
 * @param redundancy the desired number of witnesses {@code N}, 1 or more
 * @param decayRate {@code r}, strictly between 0 and 1
 * @since 0.1.0
 */
public record Hip15RewardUnits(int redundancy, BigDecimal decayRate) implements RewardUnits {
  /** The decimal places of every share. */
  public static final int SCALE = 12;

  static final Hip15RewardUnits HELIUM = new Hip15RewardUnits(4, new BigDecimal("0.8"));

  private static final BigDecimal TWO = BigDecimal.valueOf(2);

  /**
   * Validates the parameters.
   *
   * @throws IllegalArgumentException if a parameter is out of range
   */
  public Hip15RewardUnits {
    Objects.requireNonNull(decayRate, "decayRate");
    if (redundancy < 1) {
      throw new IllegalArgumentException("redundancy is 1 or more: " + redundancy);
    }
    if (decayRate.signum() <= 0 || decayRate.compareTo(BigDecimal.ONE) >= 0) {
      throw new IllegalArgumentException("decayRate is strictly between 0 and 1: " + decayRate);
    }
  }

  @Override
  public RewardShares sharesFor(int validWitnesses) {
    checkCount(validWitnesses);
    BigDecimal n = BigDecimal.valueOf(redundancy);
    if (validWitnesses <= redundancy) {
      BigDecimal tx = BigDecimal.valueOf(validWitnesses).divide(n, SCALE, RoundingMode.DOWN);
      return new RewardShares(tx, BigDecimal.ONE.setScale(SCALE));
    }
    BigDecimal decayed = decayRate.pow(validWitnesses - redundancy);
    BigDecimal tx = TWO.subtract(decayed).setScale(SCALE, RoundingMode.DOWN);
    BigDecimal rx =
        n.subtract(BigDecimal.ONE.subtract(decayed))
            .divide(BigDecimal.valueOf(validWitnesses), SCALE, RoundingMode.DOWN);
    return new RewardShares(tx, rx);
  }

  static void checkCount(int validWitnesses) {
    if (validWitnesses < 0) {
      throw new IllegalArgumentException("a witness count is not negative: " + validWitnesses);
    }
  }
}
