package io.depin.core.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TokenTest {
  @Test
  void new_validSymbolAndDecimals_keepsThem() {
    Token t = new Token("USDC.e", 6);
    assertThat(t.symbol()).isEqualTo("USDC.e");
    assertThat(t.decimals()).isEqualTo(6);
    assertThat(new Token("X", 0)).isEqualTo(new Token("X", 0));
    assertThat(new Token("X", Token.MAX_DECIMALS).decimals()).isEqualTo(36);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " HNT", "HNT ", "-HNT", "H\u00c9T", "ABCDEFGHIJKLMNOPQ", "A B"})
  void new_badSymbol_throwsIllegalArgument(String symbol) {
    assertThatThrownBy(() -> new Token(symbol, 8)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 37, Integer.MAX_VALUE, Integer.MIN_VALUE})
  void new_decimalsOutOfRange_throwsIllegalArgument(int decimals) {
    assertThatThrownBy(() -> new Token("HNT", decimals)).isInstanceOf(IllegalArgumentException.class);
  }
}
