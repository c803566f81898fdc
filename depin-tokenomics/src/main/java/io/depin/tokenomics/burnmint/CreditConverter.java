package io.depin.tokenomics.burnmint;

import io.depin.core.token.Token;
import io.depin.core.token.TokenAmount;
import io.depin.tokenomics.burnmint.BurnMintException.Reason;
import io.depin.tokenomics.burnmint.internal.Rational;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Converts between burned tokens and credits at a fixed credit price and an oracle token price
 * with a haircut, exactly.
 *
 * <p>With {@code P = price - k * confidence} (fiat per whole token, {@link Haircut}), {@code C} the
 * credit price and {@code d} the token's decimals:
 *
 * <ul>
 *   <li>{@link #creditsFor}: {@code credits = floor(baseUnits * P / (10^d * C))} - rounded
 *       {@link RoundingMode#FLOOR}, so a buyer never gets more credits than the tokens paid for;
 *   <li>{@link #tokensFor} (the inverse): {@code baseUnits = ceil(credits * C * 10^d / P)} -
 *       rounded {@link RoundingMode#CEILING}, so the burn always covers the credits. (Helium's
 *       program floors this division, which can undercharge by one base unit; we do not.)
 * </ul>
 *
 * Hence {@code creditsFor(tokensFor(n)) >= n} and {@code tokensFor(creditsFor(t)) <= t}: no round
 * trip creates value. An oracle price whose confidence is negative, whose haircut price is not
 * positive, or whose price or confidence has more than {@link #MAX_DIGITS} digits before or after
 * the point, is rejected with a {@link BurnMintException}.
 *
 * {@snippet :
 * Token hnt = new Token("HNT", 8);
 * CreditConverter dc = CreditConverter.of(hnt, CreditPrice.HELIUM_DATA_CREDIT, Haircut.HELIUM);
 * OraclePrice ema = OraclePrice.of(new BigDecimal("4.20"), new BigDecimal("0.05")); // used: 4.10
 * Credits bought = dc.creditsFor(TokenAmount.parse("1", hnt), ema);  // 410 000 DC
 * TokenAmount cost = dc.tokensFor(Credits.of(100_000), ema);         // 0.24390244 HNT
 * }
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class CreditConverter {
  /**
   * The most digits an oracle price or confidence may have before, and after, the decimal point
   * (trailing zeros aside); an oracle reading is network input, and a decimal like {@code
   * 1e-1000000000} would otherwise cost 10^1000000000 to turn into a fraction.
   */
  public static final int MAX_DIGITS = 40;

  private final Token token;
  private final CreditPrice creditPrice;
  private final Haircut haircut;

  private CreditConverter(Token token, CreditPrice creditPrice, Haircut haircut) {
    this.token = token;
    this.creditPrice = creditPrice;
    this.haircut = haircut;
  }

  /**
   * Returns a converter.
   *
   * @param token the token burned
   * @param creditPrice the fixed fiat price of a credit
   * @param haircut how much of the oracle's confidence is taken off its price
   * @return the converter
   */
  public static CreditConverter of(Token token, CreditPrice creditPrice, Haircut haircut) {
    return new CreditConverter(
        Objects.requireNonNull(token, "token"),
        Objects.requireNonNull(creditPrice, "creditPrice"),
        Objects.requireNonNull(haircut, "haircut"));
  }

  /** {@return the token burned} */
  public Token token() {
    return token;
  }

  /**
   * Returns the price used for an oracle reading: {@code price - k * confidence}.
   *
   * @param oracle the oracle reading
   * @return the price used, positive
   * @throws BurnMintException with {@code price_out_of_range}, {@code negative_confidence} or
   *     {@code price_not_positive}
   */
  public BigDecimal usedPrice(OraclePrice oracle) throws BurnMintException {
    Objects.requireNonNull(oracle, "oracle");
    checkRange(oracle.price(), "price");
    checkRange(oracle.confidence(), "confidence");
    if (oracle.confidence().signum() < 0) {
      throw new BurnMintException(
          Reason.NEGATIVE_CONFIDENCE, "the confidence is " + oracle.confidence());
    }
    BigDecimal used = haircut.apply(oracle);
    if (used.signum() <= 0) {
      throw new BurnMintException(
          Reason.PRICE_NOT_POSITIVE,
          "price " + oracle.price() + " minus " + haircut.k() + " x confidence "
              + oracle.confidence() + " is " + used);
    }
    return used;
  }

  /**
   * Returns the credits bought by burning {@code burned}, rounded down.
   *
   * @param burned the amount burned, 0 or more, of this converter's token
   * @param oracle the oracle reading
   * @return the credits
   * @throws BurnMintException with {@code price_out_of_range}, {@code negative_confidence}, {@code
   *     price_not_positive} or {@code wrong_token}
   * @throws IllegalArgumentException if {@code burned} is negative
   */
  public Credits creditsFor(TokenAmount burned, OraclePrice oracle) throws BurnMintException {
    checkToken(burned);
    if (burned.isNegative()) {
      throw new IllegalArgumentException("a burn is 0 or more, not " + burned);
    }
    Rational p = Rational.of(usedPrice(oracle));
    Rational c = Rational.of(creditPrice.fiatPerCredit());
    BigInteger numerator = burned.baseUnits().multiply(p.numerator()).multiply(c.denominator());
    BigInteger denominator =
        BigInteger.TEN.pow(token.decimals()).multiply(p.denominator()).multiply(c.numerator());
    return new Credits(Rational.divide(numerator, denominator, RoundingMode.FLOOR));
  }

  /**
   * Returns the tokens to burn for {@code credits}, rounded up: the inverse conversion.
   *
   * @param credits the credits wanted
   * @param oracle the oracle reading
   * @return the amount to burn
   * @throws BurnMintException with {@code price_out_of_range}, {@code negative_confidence} or
   *     {@code price_not_positive}
   */
  public TokenAmount tokensFor(Credits credits, OraclePrice oracle) throws BurnMintException {
    Objects.requireNonNull(credits, "credits");
    Rational p = Rational.of(usedPrice(oracle));
    Rational c = Rational.of(creditPrice.fiatPerCredit());
    BigInteger numerator =
        credits.count()
            .multiply(c.numerator())
            .multiply(p.denominator())
            .multiply(BigInteger.TEN.pow(token.decimals()));
    BigInteger denominator = c.denominator().multiply(p.numerator());
    return TokenAmount.ofBaseUnits(
        Rational.divide(numerator, denominator, RoundingMode.CEILING), token);
  }

  private static void checkRange(BigDecimal value, String what) throws BurnMintException {
    if (value.signum() == 0) {
      return;
    }
    BigDecimal v = value.stripTrailingZeros();
    if (v.scale() > MAX_DIGITS || v.precision() - v.scale() > MAX_DIGITS) {
      throw new BurnMintException(
          Reason.PRICE_OUT_OF_RANGE,
          "the oracle " + what + " has more than " + MAX_DIGITS
              + " digits before or after the point");
    }
  }

  private void checkToken(TokenAmount amount) throws BurnMintException {
    Objects.requireNonNull(amount, "amount");
    if (!amount.token().equals(token)) {
      throw new BurnMintException(
          Reason.WRONG_TOKEN, "this converter burns " + token.symbol() + ", not " + amount);
    }
  }

  @Override
  public String toString() {
    return "CreditConverter[" + token.symbol() + ", " + creditPrice.fiatPerCredit()
        + " per credit, haircut " + haircut.k() + "]";
  }
}
