package io.depin.core.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.depin.core.DecodingException;
import io.depin.core.DecodingException.Reason;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenAmountTest {
  private static final Token USDC = new Token("USDC", 6);
  private static final Token ETH = new Token("ETH", 18);
  private static final Token POINT = new Token("PT", 0);

  @ParameterizedTest
  @CsvSource({
    "1.5, 1500000", "0, 0", "-0, 0", "-0.000001, -1", "1000, 1000000000", "1.50, 1500000",
    "0.000001, 1", "123456789012345678901234567890.123456, 123456789012345678901234567890123456"
  })
  void parse_validDecimal_givesBaseUnits(String text, String units) {
    assertThat(TokenAmount.parse(text, USDC).baseUnits()).isEqualTo(new BigInteger(units));
  }

  @Test
  void parse_maxDecimals_isExact() {
    Token t = new Token("T", 36);
    assertThat(TokenAmount.parse("0.000000000000000000000000000000000001", t).baseUnits()).isEqualTo(BigInteger.ONE);
    assertThat(TokenAmount.parse("7", POINT).baseUnits()).isEqualTo(BigInteger.valueOf(7));
  }

  @ParameterizedTest
  @CsvSource({
    "'1.0000001', INVALID_VALUE", "'0.1', INVALID_VALUE_POINT",
    "'', EMPTY", "'+1', INVALID_CHARACTER", "' 1', INVALID_CHARACTER", "'1e6', INVALID_CHARACTER",
    "'1,5', INVALID_CHARACTER", "'١', INVALID_CHARACTER", "'1_000', INVALID_CHARACTER",
    "'.5', MALFORMED", "'1.', MALFORMED", "'-', MALFORMED", "'--1', MALFORMED", "'1-', MALFORMED",
    "'1.2.3', MALFORMED", "'01', MALFORMED", "'-00.1', MALFORMED", "'.', MALFORMED"
  })
  void parse_invalidText_throwsWithReason(String text, String expected) {
    Token token = expected.equals("INVALID_VALUE_POINT") ? POINT : USDC;
    Reason reason = Reason.valueOf(expected.replace("_POINT", ""));
    assertThatThrownBy(() -> TokenAmount.parse(text, token))
        .isInstanceOfSatisfying(DecodingException.class, e -> assertThat(e.reason()).isEqualTo(reason));
  }

  @Test
  void parse_overLimit_throwsTooLong() {
    String longText = "1".repeat(TokenAmount.DEFAULT_MAX_CHARS + 1);
    assertThatThrownBy(() -> TokenAmount.parse(longText, USDC))
        .isInstanceOfSatisfying(DecodingException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LONG));
  }

  @ParameterizedTest
  @CsvSource({"1500000, 1.5", "0, 0", "-1, -0.000001", "1000000000, 1000", "10, 0.00001", "-1234567, -1.234567"})
  void toDecimalString_baseUnits_givesShortestDecimal(long units, String text) {
    assertThat(TokenAmount.ofBaseUnits(units, USDC).toDecimalString()).isEqualTo(text);
  }

  @Test
  void toString_showsAmountAndSymbol() {
    assertThat(TokenAmount.ofBaseUnits(1_500_000, USDC)).hasToString("1.5 USDC");
  }

  @Test
  void arithmetic_differentTokens_throwsIllegalArgument() {
    TokenAmount a = TokenAmount.ofBaseUnits(1, USDC);
    TokenAmount b = TokenAmount.ofBaseUnits(1, ETH);
    TokenAmount sameSymbolOtherDecimals = TokenAmount.ofBaseUnits(1, new Token("USDC", 18));
    assertThatThrownBy(() -> a.plus(b)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> a.minus(b)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> a.compareTo(b)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> a.plus(sameSymbolOtherDecimals)).isInstanceOf(IllegalArgumentException.class);
    assertThat(a).isNotEqualTo(sameSymbolOtherDecimals);
  }

  @Test
  void divide_roundingModes_roundAsDocumented() {
    TokenAmount seven = TokenAmount.ofBaseUnits(7, POINT);
    assertThat(seven.divide(2, RoundingMode.FLOOR).baseUnits()).isEqualTo(BigInteger.valueOf(3));
    assertThat(seven.divide(2, RoundingMode.CEILING).baseUnits()).isEqualTo(BigInteger.valueOf(4));
    assertThat(seven.divide(2, RoundingMode.HALF_EVEN).baseUnits()).isEqualTo(BigInteger.valueOf(4));
    assertThat(seven.divide(-2, RoundingMode.FLOOR).baseUnits()).isEqualTo(BigInteger.valueOf(-4));
    assertThatThrownBy(() -> seven.divide(2, RoundingMode.UNNECESSARY)).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> seven.divide(0, RoundingMode.FLOOR)).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> seven.multiplyRatio(1, 0, RoundingMode.FLOOR)).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void divide_nullRounding_throwsNullPointer() {
    TokenAmount one = TokenAmount.ofBaseUnits(1, POINT);
    assertThatThrownBy(() -> one.divide(2, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> one.multiplyRatio(1, 2, null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void arithmetic_beyondLongRange_doesNotOverflow() {
    TokenAmount max = TokenAmount.ofBaseUnits(Long.MAX_VALUE, ETH);
    BigInteger expected = BigInteger.valueOf(Long.MAX_VALUE).multiply(BigInteger.TWO);
    assertThat(max.plus(max).baseUnits()).isEqualTo(expected);
    assertThat(max.multiply(2).baseUnits()).isEqualTo(expected);
    assertThat(max.multiplyRatio(Long.MAX_VALUE, Long.MAX_VALUE, RoundingMode.UNNECESSARY)).isEqualTo(max);
  }

  @Test
  void isNegative_andIsZero_reflectSign() {
    assertThat(TokenAmount.ofBaseUnits(-1, USDC).isNegative()).isTrue();
    assertThat(TokenAmount.zero(USDC).isNegative()).isFalse();
    assertThat(TokenAmount.zero(USDC).isZero()).isTrue();
    assertThat(TokenAmount.ofBaseUnits(1, USDC).isZero()).isFalse();
  }

  @Property
  void divideFloor_timesDivisorPlusRemainder_isOriginal(
      @ForAll BigInteger units, @ForAll @LongRange(min = 1) long divisor) {
    TokenAmount amount = TokenAmount.ofBaseUnits(units, ETH);
    TokenAmount share = amount.divide(divisor, RoundingMode.FLOOR);
    TokenAmount remainder = amount.minus(share.multiply(divisor));
    assertThat(remainder.isNegative()).isFalse();
    assertThat(remainder.baseUnits()).isLessThan(BigInteger.valueOf(divisor));
    assertThat(share.multiply(divisor).plus(remainder)).isEqualTo(amount);
  }

  @Property
  void divide_anyMode_agreesWithBigDecimal(
      @ForAll BigInteger units, @ForAll long divisor, @ForAll RoundingMode mode) {
    Assume.that(divisor != 0);
    BigInteger expected;
    try {
      expected = new BigDecimal(units).divide(BigDecimal.valueOf(divisor), 0, mode).toBigIntegerExact();
    } catch (ArithmeticException e) {
      assertThat(mode).isEqualTo(RoundingMode.UNNECESSARY);
      assertThatThrownBy(() -> TokenAmount.ofBaseUnits(units, ETH).divide(divisor, mode))
          .isInstanceOf(ArithmeticException.class);
      return;
    }
    assertThat(TokenAmount.ofBaseUnits(units, ETH).divide(divisor, mode).baseUnits()).isEqualTo(expected);
  }

  @Property
  void multiplyRatio_anyMode_agreesWithBigDecimal(
      @ForAll("smallUnits") BigInteger units,
      @ForAll @IntRange(min = -50, max = 50) int numerator,
      @ForAll @IntRange(min = -7, max = 7) int denominator,
      @ForAll RoundingMode mode) {
    Assume.that(denominator != 0);
    BigDecimal product = new BigDecimal(units.multiply(BigInteger.valueOf(numerator)));
    BigInteger expected;
    try {
      expected = product.divide(BigDecimal.valueOf(denominator), 0, mode).toBigIntegerExact();
    } catch (ArithmeticException e) {
      assertThatThrownBy(() -> TokenAmount.ofBaseUnits(units, USDC).multiplyRatio(numerator, denominator, mode))
          .isInstanceOf(ArithmeticException.class);
      return;
    }
    assertThat(TokenAmount.ofBaseUnits(units, USDC).multiplyRatio(numerator, denominator, mode).baseUnits())
        .isEqualTo(expected);
  }

  @Provide
  Arbitrary<BigInteger> smallUnits() {
    return Arbitraries.bigIntegers().between(BigInteger.valueOf(-1000), BigInteger.valueOf(1000));
  }

  @Property
  void toDecimalString_thenParse_roundTrips(@ForAll("amounts") TokenAmount amount) {
    String text = amount.toDecimalString();
    assertThat(TokenAmount.parse(text, amount.token())).isEqualTo(amount);
    assertThat(new BigDecimal(text).movePointRight(amount.token().decimals()).toBigIntegerExact())
        .isEqualTo(amount.baseUnits());
  }

  @Property
  void parse_anyString_returnsOrThrowsDecodingException(@ForAll String text) {
    try {
      TokenAmount amount = TokenAmount.parse(text, USDC);
      assertThat(new BigDecimal(text).movePointRight(6).toBigIntegerExact()).isEqualTo(amount.baseUnits());
    } catch (DecodingException e) {
      assertThat(e.reason()).isNotNull();
    }
  }

  @Provide
  Arbitrary<TokenAmount> amounts() {
    return Combinators.combine(
            Arbitraries.bigIntegers().between(BigInteger.TEN.pow(40).negate(), BigInteger.TEN.pow(40)),
            Arbitraries.integers().between(0, Token.MAX_DECIMALS))
        .as((units, decimals) -> TokenAmount.ofBaseUnits(units, new Token("T", decimals)));
  }
}
