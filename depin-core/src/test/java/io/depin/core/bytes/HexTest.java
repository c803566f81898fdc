package io.depin.core.bytes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.depin.core.DecodingException;
import io.depin.core.DecodingException.Reason;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HexTest {
  @Test
  void decode_mixedCaseWithPrefix_decodes() {
    assertThat(Hex.decode("0xdeadBEEF")).containsExactly(0xde, 0xad, 0xbe, 0xef);
    assertThat(Hex.decode("0XdeadBEEF")).containsExactly(0xde, 0xad, 0xbe, 0xef);
    assertThat(Hex.decode("")).isEmpty();
    assertThat(Hex.decode("0x")).isEmpty();
  }

  @Test
  void decode_oddLength_throwsWrongLength() {
    assertThatThrownBy(() -> Hex.decode("0xabc"))
        .isInstanceOfSatisfying(
            DecodingException.class, e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_LENGTH));
  }

  @ParameterizedTest
  @ValueSource(strings = {"zz", " 0a", "0a ", "+1", "-1", "0x0x", "٣٣", "0g", "x0"})
  void decode_nonHexCharacter_throwsInvalidCharacter(String input) {
    assertThatThrownBy(() -> Hex.decode(input))
        .isInstanceOfSatisfying(
            DecodingException.class,
            e -> assertThat(e.reason()).isIn(Reason.INVALID_CHARACTER, Reason.WRONG_LENGTH));
    assertThat(Hex.isValid(input)).isFalse();
  }

  @Test
  void decode_overLimit_throwsTooLongBeforeParsing() {
    assertThatThrownBy(() -> Hex.decode("zz".repeat(10), 8))
        .isInstanceOfSatisfying(
            DecodingException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LONG));
  }

  @Property
  void encodeThenDecode_roundTrips(@ForAll byte[] bytes) {
    String hex = Hex.encode(bytes);
    assertThat(hex).matches("[0-9a-f]*").hasSize(bytes.length * 2);
    assertThat(Hex.decode(hex)).isEqualTo(bytes);
    assertThat(Hex.isValid(hex)).isTrue();
  }

  @Property
  void decode_anyString_returnsOrThrowsDecodingException(@ForAll String text) {
    try {
      byte[] out = Hex.decode(text);
      assertThat(Hex.isValid(text)).isTrue();
      assertThat(Hex.encode(out)).isEqualToIgnoringCase(text.replaceFirst("^0[xX]", ""));
    } catch (DecodingException e) {
      assertThat(Hex.isValid(text)).isFalse();
    }
  }
}
