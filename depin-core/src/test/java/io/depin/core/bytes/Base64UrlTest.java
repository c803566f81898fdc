package io.depin.core.bytes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.depin.core.DecodingException;
import io.depin.core.DecodingException.Reason;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class Base64UrlTest {
  // RFC 4648 section 10 test vectors, with the padding removed (base64url uses the same output for
  // ASCII letters as base64).
  private static final String[][] RFC4648_SECTION_10 = {
    {"", ""}, {"f", "Zg"}, {"fo", "Zm8"}, {"foo", "Zm9v"},
    {"foob", "Zm9vYg"}, {"fooba", "Zm9vYmE"}, {"foobar", "Zm9vYmFy"},
  };

  @Test
  void encodeAndDecode_rfc4648Vectors_match() {
    List<String> failures = new ArrayList<>();
    for (String[] v : RFC4648_SECTION_10) {
      byte[] raw = v[0].getBytes(StandardCharsets.US_ASCII);
      if (!Base64Url.encode(raw).equals(v[1]) || !Arrays.equals(Base64Url.decode(v[1]), raw)) {
        failures.add(v[0]);
      }
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void encode_bytesUsingTheUrlSafeCharacters_usesDashAndUnderscore() {
    byte[] raw = {(byte) 0xfb, (byte) 0xff, (byte) 0xbf};
    assertThat(Base64Url.encode(raw)).isEqualTo("-_-_");
    assertThat(Base64Url.decode("-_-_")).isEqualTo(raw);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Zg==", "Zm8=", "Zm9v===="})
  void decode_padded_throwsNonCanonical(String input) {
    assertThatThrownBy(() -> Base64Url.decode(input))
        .isInstanceOfSatisfying(
            DecodingException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NON_CANONICAL));
  }

  @ParameterizedTest
  @CsvSource({"Zh", "Zm9", "Zm9vYh", "Zm9vYmF"})
  void decode_nonZeroTrailingBits_throwsNonCanonical(String input) {
    assertThatThrownBy(() -> Base64Url.decode(input))
        .isInstanceOfSatisfying(
            DecodingException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NON_CANONICAL));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Zm+v", "Zm/v", "Zm9v\n", " Zm9", "Zm.v", "Zm9é"})
  void decode_characterOutsideAlphabet_throwsInvalidCharacter(String input) {
    assertThatThrownBy(() -> Base64Url.decode(input))
        .isInstanceOfSatisfying(
            DecodingException.class, e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_CHARACTER));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Z", "Zm9vY"})
  void decode_lengthOneModuloFour_throwsWrongLength(String input) {
    assertThatThrownBy(() -> Base64Url.decode(input))
        .isInstanceOfSatisfying(
            DecodingException.class, e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_LENGTH));
  }

  @Test
  void decode_overLimit_throwsTooLong() {
    assertThatThrownBy(() -> Base64Url.decode("!!!!!", 4))
        .isInstanceOfSatisfying(
            DecodingException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LONG));
  }

  @Property
  void encode_anyBytes_agreesWithJdkUnpaddedEncoder(@ForAll byte[] bytes) {
    String text = Base64Url.encode(bytes);
    assertThat(text).isEqualTo(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    assertThat(Base64Url.decode(text)).isEqualTo(bytes);
    assertThat(Base64Url.encode(Bytes.of(bytes))).isEqualTo(text);
  }

  @Property
  void decode_anyString_returnsCanonicalOrThrowsDecodingException(@ForAll String text) {
    try {
      byte[] out = Base64Url.decode(text);
      assertThat(Base64Url.encode(out)).isEqualTo(text);
    } catch (DecodingException e) {
      assertThat(e.reason())
          .isIn(Reason.NON_CANONICAL, Reason.INVALID_CHARACTER, Reason.WRONG_LENGTH);
    }
  }
}
