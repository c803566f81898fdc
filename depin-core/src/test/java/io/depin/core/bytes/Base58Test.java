package io.depin.core.bytes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.depin.core.DecodingException;
import io.depin.core.DecodingException.Reason;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Base58Test {
  @Test
  void encodeAndDecode_bitcoinCoreAndDraftVectors_match() throws IOException {
    List<String> failures = new ArrayList<>();
    int count = 0;
    try (InputStream in =
            Objects.requireNonNull(
                getClass().getResourceAsStream("/vectors/base58/base58_encode_decode.csv"));
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split(",", -1);
        byte[] raw = Hex.decode(cols[0]);
        count++;
        if (!Base58.encode(raw).equals(cols[1]) || !Arrays.equals(Base58.decode(cols[1]), raw)) {
          failures.add(cols[1]);
        }
      }
    }
    assertThat(count).isEqualTo(17);
    assertThat(failures).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "O", "I", "l", " 2g", "2g ", "2g\n", "+", "é", "2g=", "\u0661"})
  void decode_characterOutsideAlphabet_throwsInvalidCharacter(String input) {
    assertThatThrownBy(() -> Base58.decode(input))
        .isInstanceOfSatisfying(
            DecodingException.class, e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_CHARACTER));
    assertThat(Base58.isValid(input)).isFalse();
  }

  @Test
  void decode_overDefaultLimit_throwsTooLongBeforeParsing() {
    String tooLong = "0".repeat(Base58.DEFAULT_MAX_CHARS + 1);
    assertThatThrownBy(() -> Base58.decode(tooLong))
        .isInstanceOfSatisfying(
            DecodingException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LONG));
    assertThat(Base58.isValid(tooLong)).isFalse();
  }

  @Test
  void decode_overGivenLimit_throwsTooLong() {
    assertThatThrownBy(() -> Base58.decode("2g2g2", 4))
        .isInstanceOfSatisfying(
            DecodingException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LONG));
    assertThat(Base58.decode("2g2g", 4)).isEqualTo(Base58.decode("2g2g"));
  }

  @Test
  void decode_onlyOnes_returnsThatManyZeroBytes() {
    assertThat(Base58.decode("111")).containsExactly(0, 0, 0);
    assertThat(Base58.encode(new byte[3])).isEqualTo("111");
  }

  @Property
  void encodeThenDecode_roundTrips(@ForAll byte[] bytes) {
    String text = Base58.encode(bytes);
    assertThat(Base58.decode(text, Integer.MAX_VALUE)).isEqualTo(bytes);
    assertThat(Base58.encode(Bytes.of(bytes))).isEqualTo(text);
  }

  @Property
  void encode_leadingZeroBytes_becomeLeadingOnes(@ForAll byte[] bytes) {
    int zeros = 0;
    while (zeros < bytes.length && bytes[zeros] == 0) {
      zeros++;
    }
    String text = Base58.encode(bytes);
    int ones = 0;
    while (ones < text.length() && text.charAt(ones) == '1') {
      ones++;
    }
    assertThat(ones).isEqualTo(zeros);
  }

  @Property
  void decode_anyString_returnsCanonicalOrThrowsDecodingException(@ForAll String text) {
    try {
      byte[] out = Base58.decode(text);
      assertThat(Base58.isValid(text)).isTrue();
      assertThat(Base58.encode(out)).isEqualTo(text);
    } catch (DecodingException e) {
      assertThat(Base58.isValid(text)).isFalse();
    }
  }
}
