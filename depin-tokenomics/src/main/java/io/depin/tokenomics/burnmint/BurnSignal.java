package io.depin.tokenomics.burnmint;

import io.depin.core.token.TokenAmount;
import io.depin.tokenomics.burnmint.internal.Rational;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An exponential moving average of per-epoch burns, a smoothed demand signal for emission or
 * re-mint policies: {@code ema_1 = x_1} and {@code ema_t = ema_(t-1) + alpha * (x_t -
 * ema_(t-1))}, computed exactly as {@code (ema_(t-1) * (q - p) + x_t * p) / q} for {@code alpha =
 * p / q} and rounded to a base unit with a named rounding. The result always lies between the
 * previous average and the new burn.
 *
 * {@snippet :
 * BurnSignal s = BurnSignal.start(BigInteger.ONE, BigInteger.TEN, RoundingMode.HALF_EVEN); // alpha 0.1
 * s = s.observe(burnedInEpoch1).observe(burnedInEpoch2);
 * Optional<TokenAmount> smoothed = s.value();
 * }
 *
 * <p>Immutable and thread-safe: {@link #observe} returns a new signal.
 *
 * @since 0.1.0
 */
public final class BurnSignal {
  private final BigInteger alphaNumerator;
  private final BigInteger alphaDenominator;
  private final RoundingMode rounding;
  private final @Nullable TokenAmount value;

  private BurnSignal(BigInteger p, BigInteger q, RoundingMode rounding, @Nullable TokenAmount value) {
    this.alphaNumerator = p;
    this.alphaDenominator = q;
    this.rounding = rounding;
    this.value = value;
  }

  /**
   * Returns a signal that has seen nothing yet.
   *
   * @param alphaNumerator {@code p}, 1 or more
   * @param alphaDenominator {@code q}, at least {@code p}
   * @param rounding how each average is rounded to a base unit
   * @return the signal
   * @throws IllegalArgumentException if alpha is not in {@code (0, 1]} or the rounding is {@link
   *     RoundingMode#UNNECESSARY}
   */
  public static BurnSignal start(
      BigInteger alphaNumerator, BigInteger alphaDenominator, RoundingMode rounding) {
    Objects.requireNonNull(alphaNumerator, "alphaNumerator");
    Objects.requireNonNull(alphaDenominator, "alphaDenominator");
    Objects.requireNonNull(rounding, "rounding");
    if (alphaNumerator.signum() <= 0 || alphaNumerator.compareTo(alphaDenominator) > 0) {
      throw new IllegalArgumentException(
          "alpha must be in (0, 1], not " + alphaNumerator + "/" + alphaDenominator);
    }
    if (rounding == RoundingMode.UNNECESSARY) {
      throw new IllegalArgumentException("the average needs a rounding that can round");
    }
    return new BurnSignal(alphaNumerator, alphaDenominator, rounding, null);
  }

  /**
   * Returns the signal after one more epoch's burn.
   *
   * @param burned the amount burned in the epoch, 0 or more
   * @return the new signal
   * @throws IllegalArgumentException if {@code burned} is negative or of another token than
   *     earlier burns
   */
  public BurnSignal observe(TokenAmount burned) {
    if (burned.isNegative()) {
      throw new IllegalArgumentException("a burn is 0 or more, not " + burned);
    }
    if (value == null) {
      return new BurnSignal(alphaNumerator, alphaDenominator, rounding, burned);
    }
    if (!value.token().equals(burned.token())) {
      throw new IllegalArgumentException("burns must be of " + value.token().symbol());
    }
    BigInteger numerator =
        value.baseUnits()
            .multiply(alphaDenominator.subtract(alphaNumerator))
            .add(burned.baseUnits().multiply(alphaNumerator));
    BigInteger next = Rational.divide(numerator, alphaDenominator, rounding);
    return new BurnSignal(
        alphaNumerator, alphaDenominator, rounding, TokenAmount.ofBaseUnits(next, burned.token()));
  }

  /** {@return the current average, or empty before the first observation} */
  public Optional<TokenAmount> value() {
    return Optional.ofNullable(value);
  }

  @Override
  public String toString() {
    return "BurnSignal[alpha=" + alphaNumerator + "/" + alphaDenominator + ", value=" + value + "]";
  }
}
