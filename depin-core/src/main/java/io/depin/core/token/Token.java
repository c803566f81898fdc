package io.depin.core.token;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A fungible token: its ticker symbol and the number of decimal places between a base unit and one
 * whole token (18 for most ERC-20 tokens, 6 for USDC, 8 for HNT, 0 for an indivisible point).
 *
 * {@snippet :
 * Token hnt = new Token("HNT", 8);
 * TokenAmount fee = TokenAmount.parse("0.35", hnt);   // 35_000_000 base units
 * }
 *
 * @param symbol 1 to 16 characters: an ASCII letter or digit, then letters, digits, {@code .},
 *     {@code _} or {@code -}
 * @param decimals the number of fraction digits, 0 to {@link #MAX_DECIMALS}
 * @since 0.1.0
 */
public record Token(String symbol, int decimals) {
  /** The largest number of decimals a token may have. */
  public static final int MAX_DECIMALS = 36;

  private static final Pattern SYMBOL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,15}");

  /**
   * Validates the symbol and decimals.
   *
   * @throws IllegalArgumentException if the symbol or decimals are out of range
   */
  public Token {
    Objects.requireNonNull(symbol, "symbol");
    if (!SYMBOL.matcher(symbol).matches()) {
      throw new IllegalArgumentException(
          "a token symbol is 1 to 16 ASCII letters, digits, '.', '_' or '-', starting with a letter"
              + " or digit; got \"" + symbol + "\"");
    }
    if (decimals < 0 || decimals > MAX_DECIMALS) {
      throw new IllegalArgumentException(
          "token decimals must be 0.." + MAX_DECIMALS + ", not " + decimals);
    }
  }
}
