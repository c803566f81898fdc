package io.depin.tokenomics.burnmint.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/** A non-negative decimal as an exact fraction, and integer division with a named rounding. */
public record Rational(BigInteger numerator, BigInteger denominator) {
  /**
   * Returns the decimal as a fraction with a power-of-ten denominator.
   *
   * @param value the decimal
   * @return the fraction
   */
  public static Rational of(BigDecimal value) {
    int scale = value.scale();
    return scale >= 0
        ? new Rational(value.unscaledValue(), BigInteger.TEN.pow(scale))
        : new Rational(value.unscaledValue().multiply(BigInteger.TEN.pow(-scale)), BigInteger.ONE);
  }

  /**
   * Returns {@code numerator / denominator} rounded to an integer.
   *
   * @param numerator the numerator
   * @param denominator the denominator, not zero
   * @param rounding the rounding
   * @return the quotient
   */
  public static BigInteger divide(BigInteger numerator, BigInteger denominator, RoundingMode rounding) {
    return new BigDecimal(numerator).divide(new BigDecimal(denominator), 0, rounding).toBigIntegerExact();
  }
}
