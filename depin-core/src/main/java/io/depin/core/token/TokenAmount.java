package io.depin.core.token;

import io.depin.core.DecodingException;
import io.depin.core.DecodingException.Reason;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An exact amount of a {@link Token}, held as an integer number of base units ({@code 1.5} of a
 * token with 6 decimals is {@code 1_500_000} base units). There is no floating point anywhere and
 * no overflow: base units are a {@link BigInteger}. Amounts may be negative (a debit, a delta).
 *
 * <p>Arithmetic between amounts requires the same token and throws {@link IllegalArgumentException}
 * otherwise. Every operation that can lose precision takes a {@link RoundingMode}, with no default,
 * so the caller decides where the dust goes; the modes round exactly as {@link
 * java.math.BigDecimal} does, and {@link RoundingMode#UNNECESSARY} throws {@link
 * ArithmeticException} for an inexact result.
 *
 * {@snippet :
 * Token usdc = new Token("USDC", 6);
 * TokenAmount pool = TokenAmount.parse("1000", usdc);
 * TokenAmount share = pool.divide(3, RoundingMode.FLOOR);         // 333.333333
 * TokenAmount dust = pool.minus(share.multiply(3));                // 0.000001
 * TokenAmount fee = pool.multiplyRatio(25, 10_000, RoundingMode.HALF_EVEN); // 0.25 %
 * share.toDecimalString();                                         // "333.333333"
 * }
 *
 * <p>Instances are immutable and thread-safe. {@link #equals} compares token and base units;
 * {@link #compareTo} orders amounts of the same token.
 *
 * @since 0.1.0
 */
public final class TokenAmount implements Comparable<TokenAmount> {
  /**
   * The default limit on the length of text {@link #parse(CharSequence, Token)} accepts: 128
   * characters, enough for 36 decimals and a 90-digit whole part.
   */
  public static final int DEFAULT_MAX_CHARS = 128;

  private final Token token;
  private final BigInteger baseUnits;

  private TokenAmount(Token token, BigInteger baseUnits) {
    this.token = Objects.requireNonNull(token, "token");
    this.baseUnits = Objects.requireNonNull(baseUnits, "baseUnits");
  }

  /**
   * Returns an amount of {@code baseUnits} base units.
   *
   * @param baseUnits the number of base units, negative allowed
   * @param token the token
   * @return the amount
   */
  public static TokenAmount ofBaseUnits(BigInteger baseUnits, Token token) {
    return new TokenAmount(token, baseUnits);
  }

  /**
   * Returns an amount of {@code baseUnits} base units.
   *
   * @param baseUnits the number of base units, negative allowed
   * @param token the token
   * @return the amount
   */
  public static TokenAmount ofBaseUnits(long baseUnits, Token token) {
    return new TokenAmount(token, BigInteger.valueOf(baseUnits));
  }

  /**
   * Returns zero of {@code token}.
   *
   * @param token the token
   * @return the zero amount
   */
  public static TokenAmount zero(Token token) {
    return new TokenAmount(token, BigInteger.ZERO);
  }

  /**
   * Parses a decimal amount in whole tokens, such as {@code "1.5"} or {@code "-0.000001"}, of at
   * most {@link #DEFAULT_MAX_CHARS} characters.
   *
   * <p>The grammar is that of a JSON number without an exponent: an optional {@code -}, then
   * {@code 0} or a digit 1-9 followed by digits, then optionally {@code .} and one or more digits.
   * There is no {@code +}, no whitespace, no grouping separator, no leading zero, and no more
   * fraction digits than the token's decimals: an amount is never rounded silently. Trailing zeros
   * in the fraction are accepted ({@code "1.50"}) and {@code "-0"} is zero.
   *
   * @param text the untrusted text
   * @param token the token whose decimals apply
   * @return the amount
   * @throws DecodingException with {@link Reason#EMPTY}, {@link Reason#TOO_LONG}, {@link
   *     Reason#INVALID_CHARACTER} for a character that is not a digit, {@code -} or {@code .},
   *     {@link Reason#MALFORMED} for a misplaced sign or point or a leading zero, or {@link
   *     Reason#INVALID_VALUE} for more fraction digits than the token has decimals
   */
  public static TokenAmount parse(CharSequence text, Token token) {
    Objects.requireNonNull(token, "token");
    int length = text.length();
    if (length == 0) {
      throw new DecodingException(Reason.EMPTY, "a token amount cannot be empty");
    }
    if (length > DEFAULT_MAX_CHARS) {
      throw new DecodingException(
          Reason.TOO_LONG, "a token amount has at most " + DEFAULT_MAX_CHARS + " characters, not " + length);
    }
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (!(c >= '0' && c <= '9') && c != '-' && c != '.') {
        throw new DecodingException(
            Reason.INVALID_CHARACTER, "a token amount has an invalid character at index " + i);
      }
    }
    boolean negative = text.charAt(0) == '-';
    int start = negative ? 1 : 0;
    int dot = -1;
    for (int i = start; i < length; i++) {
      char c = text.charAt(i);
      if (c == '-' || (c == '.' && dot >= 0)) {
        throw new DecodingException(Reason.MALFORMED, "a token amount has a misplaced '" + c + "' at index " + i);
      }
      if (c == '.') {
        dot = i;
      }
    }
    int wholeEnd = dot < 0 ? length : dot;
    int wholeDigits = wholeEnd - start;
    if (wholeDigits == 0 || (dot >= 0 && dot == length - 1)) {
      throw new DecodingException(Reason.MALFORMED, "a token amount needs digits on both sides of its point");
    }
    if (wholeDigits > 1 && text.charAt(start) == '0') {
      throw new DecodingException(Reason.MALFORMED, "a token amount has a leading zero");
    }
    int fractionDigits = dot < 0 ? 0 : length - dot - 1;
    if (fractionDigits > token.decimals()) {
      throw new DecodingException(
          Reason.INVALID_VALUE,
          "a " + token.symbol() + " amount has at most " + token.decimals() + " fraction digits, not "
              + fractionDigits);
    }
    StringBuilder digits = new StringBuilder(wholeDigits + token.decimals() + 1);
    digits.append(text, start, wholeEnd);
    if (dot >= 0) {
      digits.append(text, dot + 1, length);
    }
    digits.repeat('0', token.decimals() - fractionDigits);
    BigInteger units = new BigInteger(digits.toString());
    return new TokenAmount(token, negative ? units.negate() : units);
  }

  /** {@return the token} */
  public Token token() {
    return token;
  }

  /** {@return the amount in base units} */
  public BigInteger baseUnits() {
    return baseUnits;
  }

  /** {@return whether the amount is below zero} */
  public boolean isNegative() {
    return baseUnits.signum() < 0;
  }

  /** {@return whether the amount is zero} */
  public boolean isZero() {
    return baseUnits.signum() == 0;
  }

  /**
   * Returns this plus {@code other}.
   *
   * @param other an amount of the same token
   * @return the sum
   * @throws IllegalArgumentException if the tokens differ
   */
  public TokenAmount plus(TokenAmount other) {
    requireSameToken(other);
    return new TokenAmount(token, baseUnits.add(other.baseUnits));
  }

  /**
   * Returns this minus {@code other}; the result may be negative.
   *
   * @param other an amount of the same token
   * @return the difference
   * @throws IllegalArgumentException if the tokens differ
   */
  public TokenAmount minus(TokenAmount other) {
    requireSameToken(other);
    return new TokenAmount(token, baseUnits.subtract(other.baseUnits));
  }

  /**
   * Returns this times {@code factor}.
   *
   * @param factor the multiplier
   * @return the product
   */
  public TokenAmount multiply(long factor) {
    return multiply(BigInteger.valueOf(factor));
  }

  /**
   * Returns this times {@code factor}.
   *
   * @param factor the multiplier
   * @return the product
   */
  public TokenAmount multiply(BigInteger factor) {
    return new TokenAmount(token, baseUnits.multiply(factor));
  }

  /**
   * Returns this divided by {@code divisor}, rounded to a whole base unit with {@code rounding}.
   * With {@link RoundingMode#FLOOR} and a positive divisor, {@code this - result * divisor} is the
   * dust, from 0 to {@code divisor - 1} base units.
   *
   * @param divisor the divisor, not zero
   * @param rounding how to round an inexact quotient; required
   * @return the quotient
   * @throws ArithmeticException if {@code divisor} is zero, or {@code rounding} is {@link
   *     RoundingMode#UNNECESSARY} and the quotient is inexact
   */
  public TokenAmount divide(long divisor, RoundingMode rounding) {
    Objects.requireNonNull(rounding, "rounding");
    return new TokenAmount(token, Rounding.divide(baseUnits, BigInteger.valueOf(divisor), rounding));
  }

  /**
   * Returns this times {@code numerator / denominator}, computed exactly and rounded once to a
   * whole base unit with {@code rounding}.
   *
   * @param numerator the ratio's numerator
   * @param denominator the ratio's denominator, not zero
   * @param rounding how to round an inexact result; required
   * @return the scaled amount
   * @throws ArithmeticException if {@code denominator} is zero, or {@code rounding} is {@link
   *     RoundingMode#UNNECESSARY} and the result is inexact
   */
  public TokenAmount multiplyRatio(BigInteger numerator, BigInteger denominator, RoundingMode rounding) {
    Objects.requireNonNull(rounding, "rounding");
    return new TokenAmount(token, Rounding.divide(baseUnits.multiply(numerator), denominator, rounding));
  }

  /**
   * Returns this times {@code numerator / denominator}, computed exactly and rounded once to a
   * whole base unit with {@code rounding}.
   *
   * @param numerator the ratio's numerator
   * @param denominator the ratio's denominator, not zero
   * @param rounding how to round an inexact result; required
   * @return the scaled amount
   * @throws ArithmeticException if {@code denominator} is zero, or {@code rounding} is {@link
   *     RoundingMode#UNNECESSARY} and the result is inexact
   */
  public TokenAmount multiplyRatio(long numerator, long denominator, RoundingMode rounding) {
    return multiplyRatio(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator), rounding);
  }

  /**
   * Returns the amount in whole tokens as the shortest exact decimal: no exponent, no trailing
   * fraction zeros, no point for whole amounts ({@code "1.5"}, {@code "-0.000001"}, {@code "42"}).
   * {@link #parse(CharSequence, Token)} reads it back to an equal amount.
   *
   * @return the decimal text
   */
  public String toDecimalString() {
    int decimals = token.decimals();
    String digits = baseUnits.abs().toString();
    StringBuilder out = new StringBuilder(digits.length() + decimals + 3);
    if (baseUnits.signum() < 0) {
      out.append('-');
    }
    if (digits.length() <= decimals) {
      out.append('0');
      String fraction = "0".repeat(decimals - digits.length()) + digits;
      appendFraction(out, fraction);
    } else {
      int split = digits.length() - decimals;
      out.append(digits, 0, split);
      appendFraction(out, digits.substring(split));
    }
    return out.toString();
  }

  private static void appendFraction(StringBuilder out, String fraction) {
    int end = fraction.length();
    while (end > 0 && fraction.charAt(end - 1) == '0') {
      end--;
    }
    if (end > 0) {
      out.append('.').append(fraction, 0, end);
    }
  }

  /**
   * Compares with an amount of the same token.
   *
   * @throws IllegalArgumentException if the tokens differ
   */
  @Override
  public int compareTo(TokenAmount other) {
    requireSameToken(other);
    return baseUnits.compareTo(other.baseUnits);
  }

  private void requireSameToken(TokenAmount other) {
    if (!token.equals(other.token)) {
      throw new IllegalArgumentException(
          "cannot combine " + token.symbol() + " with " + other.token.symbol() + " (" + token + " vs "
              + other.token + ")");
    }
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof TokenAmount other && token.equals(other.token) && baseUnits.equals(other.baseUnits);
  }

  @Override
  public int hashCode() {
    return 31 * token.hashCode() + baseUnits.hashCode();
  }

  /** {@return the decimal amount and the symbol, such as {@code "1.5 HNT"}} */
  @Override
  public String toString() {
    return toDecimalString() + " " + token.symbol();
  }
}
