package io.depin.core.token;

import java.math.BigInteger;
import java.math.RoundingMode;

/** Exact integer division with an explicit {@link RoundingMode}, as {@link java.math.BigDecimal} rounds. */
final class Rounding {
  private Rounding() {}

  /**
   * Returns {@code numerator / denominator} rounded to an integer with {@code mode}.
   *
   * @throws ArithmeticException if the denominator is zero, or the mode is {@link
   *     RoundingMode#UNNECESSARY} and the division is inexact
   */
  static BigInteger divide(BigInteger numerator, BigInteger denominator, RoundingMode mode) {
    if (denominator.signum() == 0) {
      throw new ArithmeticException("division by zero");
    }
    BigInteger[] qr = numerator.divideAndRemainder(denominator);
    BigInteger q = qr[0];
    BigInteger r = qr[1];
    if (r.signum() == 0) {
      return q;
    }
    int sign = numerator.signum() * denominator.signum();
    boolean awayFromZero =
        switch (mode) {
          case UP -> true;
          case DOWN -> false;
          case CEILING -> sign > 0;
          case FLOOR -> sign < 0;
          case HALF_UP, HALF_DOWN, HALF_EVEN -> {
            int half = r.abs().shiftLeft(1).compareTo(denominator.abs());
            if (half != 0) {
              yield half > 0;
            }
            yield mode == RoundingMode.HALF_UP || (mode == RoundingMode.HALF_EVEN && q.testBit(0));
          }
          case UNNECESSARY -> throw new ArithmeticException("rounding necessary: the division is inexact");
        };
    return awayFromZero ? q.add(BigInteger.valueOf(sign)) : q;
  }
}
