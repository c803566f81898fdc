package io.depin.tokenomics.burnmint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.depin.core.token.Token;
import io.depin.core.token.TokenAmount;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class CreditConverterTest {
  private static final Token HNT = new Token("HNT", 8);
  private static final CreditConverter HELIUM =
      CreditConverter.of(HNT, CreditPrice.HELIUM_DATA_CREDIT, Haircut.HELIUM);

  /**
   * Helium-like burn, by hand: the Pyth EMA price $4.20 with EMA confidence $0.05; Helium uses
   * ema_price - 2 * ema_conf = $4.10. One DC is $0.00001, so 1 HNT (10^8 base units) buys 4.10 /
   * 0.00001 = 410 000 DC, and 0.5 HNT buys 205 000 DC. Buying 100 000 DC ($1) costs 1 / 4.10 HNT =
   * 0.243902439... HNT, rounded up to 24 390 244 base units.
   */
  @Test
  void creditsFor_heliumExample_usesEmaPriceMinusTwoConfidences() throws Exception {
    OraclePrice ema = OraclePrice.of(new BigDecimal("4.20"), new BigDecimal("0.05"));
    assertThat(HELIUM.usedPrice(ema)).isEqualByComparingTo("4.10");
    assertThat(HELIUM.creditsFor(TokenAmount.parse("1", HNT), ema)).isEqualTo(Credits.of(410_000));
    assertThat(HELIUM.creditsFor(TokenAmount.parse("0.5", HNT), ema))
        .isEqualTo(Credits.of(205_000));
    assertThat(HELIUM.tokensFor(Credits.of(100_000), ema))
        .isEqualTo(TokenAmount.ofBaseUnits(24_390_244, HNT));
    // One base unit less buys one credit less: 24 390 243 * 4.10 / 1000 = 99 999.99...
    assertThat(HELIUM.creditsFor(TokenAmount.ofBaseUnits(24_390_243, HNT), ema))
        .isEqualTo(Credits.of(99_999));
  }

  @Test
  void usedPrice_haircutEatsWholePrice_rejectedWithCode() {
    OraclePrice wide = OraclePrice.of(new BigDecimal("1.00"), new BigDecimal("0.50"));
    assertThatThrownBy(() -> HELIUM.creditsFor(TokenAmount.parse("1", HNT), wide))
        .isInstanceOfSatisfying(
            BurnMintException.class,
            e -> assertThat(e.reason().code()).isEqualTo("price_not_positive"));
    OraclePrice negative = OraclePrice.of(new BigDecimal("1.00"), new BigDecimal("-0.01"));
    assertThatThrownBy(() -> HELIUM.tokensFor(Credits.of(1), negative))
        .isInstanceOfSatisfying(
            BurnMintException.class,
            e -> assertThat(e.reason()).isEqualTo(BurnMintException.Reason.NEGATIVE_CONFIDENCE));
  }

  /**
   * An oracle reading is network input: a decimal such as {@code 1e-1000000000} is tiny to send but
   * turning it into a fraction needs 10^1000000000. It is rejected before any arithmetic.
   */
  @Test
  void usedPrice_extremeScaleOrMagnitude_rejectedQuickly() {
    List<OraclePrice> hostile =
        List.of(
            OraclePrice.of(new BigDecimal("1e-1000000000"), BigDecimal.ZERO),
            OraclePrice.of(new BigDecimal("1e1000000000"), BigDecimal.ZERO),
            OraclePrice.of(new BigDecimal("4.20"), new BigDecimal("1e-1000000000")),
            OraclePrice.of(new BigDecimal("1e999999999"), new BigDecimal("1e-999999999")));
    for (OraclePrice p : hostile) {
      assertTimeoutPreemptively(
          Duration.ofSeconds(5),
          () ->
              assertThatThrownBy(() -> HELIUM.creditsFor(TokenAmount.parse("1", HNT), p))
                  .isInstanceOfSatisfying(
                      BurnMintException.class,
                      e -> assertThat(e.reason().code()).isEqualTo("price_out_of_range")));
    }
    // Trailing zeros do not count: 4.2000...0 is an ordinary price.
    OraclePrice padded =
        OraclePrice.of(new BigDecimal("4.2" + "0".repeat(100)), new BigDecimal("0.05"));
    assertThatCode(() -> HELIUM.usedPrice(padded)).doesNotThrowAnyException();
  }

  @Test
  void creditsFor_otherToken_rejected() {
    OraclePrice p = OraclePrice.of(BigDecimal.ONE, BigDecimal.ZERO);
    assertThatThrownBy(() -> HELIUM.creditsFor(TokenAmount.parse("1", new Token("IOT", 6)), p))
        .isInstanceOfSatisfying(
            BurnMintException.class,
            e -> assertThat(e.reason()).isEqualTo(BurnMintException.Reason.WRONG_TOKEN));
  }

  private static OraclePrice price(long cents, long confCents) {
    return OraclePrice.of(BigDecimal.valueOf(cents, 4), BigDecimal.valueOf(confCents, 4));
  }

  @Property
  void roundTrips_neverCreateValue(
      @ForAll @LongRange(min = 0, max = 1_000_000_000_000L) long baseUnits,
      @ForAll @LongRange(min = 0, max = 10_000_000_000L) long credits,
      @ForAll @LongRange(min = 1, max = 5_000_000) long priceTenThousandths,
      @ForAll @LongRange(min = 0, max = 100_000) long confTenThousandths,
      @ForAll @IntRange(min = 0, max = 18) int decimals)
      throws Exception {
    Token token = new Token("T", decimals);
    OraclePrice oracle = price(priceTenThousandths + 2 * confTenThousandths, confTenThousandths);
    CreditConverter c = CreditConverter.of(token, CreditPrice.of(new BigDecimal("0.00001")), Haircut.HELIUM);
    BigDecimal used = c.usedPrice(oracle);

    TokenAmount paid = TokenAmount.ofBaseUnits(baseUnits, token);
    Credits bought = c.creditsFor(paid, oracle);
    // value of credits <= value of tokens burned, exactly: n * 0.00001 <= units / 10^d * used
    BigDecimal creditValue = new BigDecimal(bought.count()).multiply(new BigDecimal("0.00001"));
    BigDecimal tokenValue = new BigDecimal(paid.baseUnits()).movePointLeft(decimals).multiply(used);
    assertThat(creditValue).isLessThanOrEqualTo(tokenValue);
    assertThat(c.tokensFor(bought, oracle)).isLessThanOrEqualTo(paid);

    Credits wanted = new Credits(BigInteger.valueOf(credits));
    TokenAmount cost = c.tokensFor(wanted, oracle);
    assertThat(c.creditsFor(cost, oracle)).isGreaterThanOrEqualTo(wanted);
    if (!cost.isZero()) {
      // the cost is the least that pays: one base unit less buys fewer credits
      assertThat(c.creditsFor(cost.minus(TokenAmount.ofBaseUnits(1, token)), oracle))
          .isLessThan(wanted);
    }
  }
}
