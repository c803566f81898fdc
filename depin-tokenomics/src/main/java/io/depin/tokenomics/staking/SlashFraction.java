package io.depin.tokenomics.staking;

import io.depin.core.token.TokenAmount;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact fraction of stake to slash, {@code numerator / denominator} from 0 to 1.
 *
 * {@snippet :
 * SlashFraction fivePercent = SlashFraction.of(5, 100);
 * TokenAmount cut = fivePercent.of(stake, RoundingMode.FLOOR);
 * }
 *
 * @param numerator 0 or more, at most {@code denominator}
 * @param denominator 1 or more
 * @since 0.1.0
 */
public record SlashFraction(BigInteger numerator, BigInteger denominator) {
  /**
   * Validates the fraction.
   *
   * @throws IllegalArgumentException if it is not between 0 and 1 or the denominator is not
   *     positive
   */
  public SlashFraction {
    Objects.requireNonNull(numerator, "numerator");
    Objects.requireNonNull(denominator, "denominator");
    if (denominator.signum() <= 0) {
      throw new IllegalArgumentException("the denominator must be positive, not " + denominator);
    }
    if (numerator.signum() < 0 || numerator.compareTo(denominator) > 0) {
      throw new IllegalArgumentException(
          "a slash fraction is from 0 to 1, not " + numerator + "/" + denominator);
    }
  }

  /**
   * Returns {@code numerator / denominator}.
   *
   * @param numerator 0 or more, at most {@code denominator}
   * @param denominator 1 or more
   * @return the fraction
   * @throws IllegalArgumentException if it is not between 0 and 1
   */
  public static SlashFraction of(long numerator, long denominator) {
    return new SlashFraction(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
  }

  /**
   * Returns this fraction of {@code stake}.
   *
   * @param stake the stake, 0 or more
   * @param rounding how to round the inexact product; {@link RoundingMode#FLOOR} favours the
   *     staker, {@link RoundingMode#CEILING} the protocol
   * @return the amount to slash, from 0 to {@code stake}
   */
  public TokenAmount of(TokenAmount stake, RoundingMode rounding) {
    return stake.multiplyRatio(numerator, denominator, rounding);
  }

  @Override
  public String toString() {
    return numerator + "/" + denominator;
  }
}
