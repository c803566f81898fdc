package io.depin.testkit.arbitraries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.depin.core.token.Token;
import io.depin.core.token.TokenAmount;
import java.math.BigInteger;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.BigRange;
import org.junit.jupiter.api.Test;

class TokenArbitrariesTest {
  private static final Token USDC = new Token("USDC", 6);

  @Property(tries = 300)
  void forAllToken_any_validSymbolAndDecimals(@ForAll Token token) {
    assertThat(token.symbol()).hasSizeBetween(1, 16);
    assertThat(token.decimals()).isBetween(0, Token.MAX_DECIMALS);
    assertThat(new Token(token.symbol(), token.decimals())).isEqualTo(token);
  }

  @Test
  void tokens_edgeCases_includeZeroAndMaxDecimals() {
    List<Integer> decimals = EdgeCases.of(DepinArbitraries.tokens()).stream().map(Token::decimals).toList();

    assertThat(decimals).contains(0, Token.MAX_DECIMALS);
  }

  @Property(tries = 300)
  void forAllTokenAmount_default_testTokenWithinZeroAndMax(@ForAll TokenAmount amount) {
    assertThat(amount.token()).isEqualTo(DepinArbitraries.TEST_TOKEN);
    assertThat(amount.baseUnits()).isBetween(BigInteger.ZERO, DepinArbitraries.DEFAULT_MAX_BASE_UNITS);
  }

  @Property(tries = 100)
  void forAllTokenAmount_bigRange_withinRange(
      @ForAll @BigRange(min = "-5", max = "5") TokenAmount amount) {
    assertThat(amount.baseUnits()).isBetween(BigInteger.valueOf(-5), BigInteger.valueOf(5));
  }

  @Property(tries = 100)
  void forAllTokenAmount_bigRangeMinOnly_atLeastMinAndAtMostDefaultMax(
      @ForAll @BigRange(min = "1000") TokenAmount amount) {
    assertThat(amount.baseUnits())
        .isBetween(BigInteger.valueOf(1000), DepinArbitraries.DEFAULT_MAX_BASE_UNITS);
  }

  @Property(tries = 200)
  void provide_anyTokenAndAmount_roundTripsThroughDecimalString(
      @ForAll("amountsOfAnyToken") TokenAmount amount) {
    assertThat(TokenAmount.parse(amount.toDecimalString(), amount.token())).isEqualTo(amount);
  }

  @Provide
  Arbitrary<TokenAmount> amountsOfAnyToken() {
    return DepinArbitraries.tokens().flatMap(DepinArbitraries::tokenAmounts);
  }

  @Property(tries = 200)
  void provide_debits_withinNegativeRange(@ForAll("debits") TokenAmount amount) {
    assertThat(amount.token()).isEqualTo(USDC);
    assertThat(amount.baseUnits()).isBetween(BigInteger.valueOf(-1_000_000), BigInteger.ZERO);
  }

  @Provide
  Arbitrary<TokenAmount> debits() {
    return DepinArbitraries.tokenAmounts(USDC, -1_000_000L, 0L);
  }

  @Test
  void tokenAmounts_default_edgeCasesIncludeZeroOneAndMax() {
    assertThat(unitsOfEdgeCases(DepinArbitraries.tokenAmounts(USDC)))
        .contains(BigInteger.ZERO, BigInteger.ONE, DepinArbitraries.DEFAULT_MAX_BASE_UNITS);
  }

  @Test
  void tokenAmounts_signedRange_edgeCasesIncludeBothBoundsZeroAndOne() {
    assertThat(unitsOfEdgeCases(DepinArbitraries.tokenAmounts(USDC, -100L, 100L)))
        .contains(
            BigInteger.valueOf(-100), BigInteger.ZERO, BigInteger.ONE, BigInteger.valueOf(100));
  }

  @Test
  void tokenAmounts_signedRange_drawsNegativeAndPositive() {
    List<BigInteger> units =
        DepinArbitraries.tokenAmounts(USDC, -100L, 100L).sampleStream()
            .limit(500)
            .map(TokenAmount::baseUnits)
            .toList();

    assertThat(units).anyMatch(u -> u.signum() < 0).anyMatch(u -> u.signum() > 0);
  }

  @Test
  void tokenAmounts_reversedBounds_throw() {
    assertThatThrownBy(() -> DepinArbitraries.tokenAmounts(USDC, 5L, 4L))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static List<BigInteger> unitsOfEdgeCases(Arbitrary<TokenAmount> arbitrary) {
    return EdgeCases.of(arbitrary).stream().map(TokenAmount::baseUnits).toList();
  }
}
