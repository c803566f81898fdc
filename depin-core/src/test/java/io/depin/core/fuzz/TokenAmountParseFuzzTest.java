package io.depin.core.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.depin.core.DecodingException;
import io.depin.core.token.Token;
import io.depin.core.token.TokenAmount;
import java.math.BigDecimal;

/**
 * Fuzzes {@link TokenAmount#parse}: it returns the exact value of the text (checked against {@link
 * BigDecimal}), whose decimal string parses back to it, or throws {@link DecodingException}.
 */
class TokenAmountParseFuzzTest {
  @FuzzTest
  void parse_anyText_isExactOrThrowsDecodingException(FuzzedDataProvider data) {
    Token token = new Token("T", data.consumeInt(0, Token.MAX_DECIMALS));
    String text = data.consumeRemainingAsString();
    TokenAmount amount;
    try {
      amount = TokenAmount.parse(text, token);
    } catch (DecodingException expected) {
      return;
    }
    if (new BigDecimal(text).movePointRight(token.decimals()).toBigIntegerExact().compareTo(amount.baseUnits()) != 0
        || !TokenAmount.parse(amount.toDecimalString(), token).equals(amount)) {
      throw new AssertionError("parse is not exact for " + text);
    }
  }
}
