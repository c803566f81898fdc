package io.depin.core.bytes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.depin.core.DecodingException;
import io.depin.core.DecodingException.Reason;
import io.depin.core.bytes.Multibase.Encoding;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MultibaseTest {
  // Source: the multiformats/multibase spec test vectors (test1.csv, "yes mani !"), recomputed
  // independently in Python.
  private static final byte[] YES_MANI = "yes mani !".getBytes(StandardCharsets.US_ASCII);

  @Test
  void encode_yesMani_matchesMultibaseVectors() {
    assertThat(Multibase.encode(Encoding.BASE58BTC, YES_MANI)).isEqualTo("z7paNL19xttacUY");
    assertThat(Multibase.encode(Encoding.BASE16, YES_MANI)).isEqualTo("f796573206d616e692021");
    assertThat(Multibase.encode(Encoding.BASE64URL, YES_MANI)).isEqualTo("ueWVzIG1hbmkgIQ");
  }

  @ParameterizedTest
  @ValueSource(strings = {"z7paNL19xttacUY", "f796573206d616e692021", "ueWVzIG1hbmkgIQ"})
  void decode_supportedPrefix_returnsBytes(String text) {
    assertThat(Multibase.decode(text)).isEqualTo(YES_MANI);
  }

  @ParameterizedTest
  @ValueSource(strings = {"F796573206D616E692021", "mEeWVzIG1hbmkgIQ", "beLQGIZLTEBWWC3TJEAQQ", "Z7paNL19xttacUY", " z7pa"})
  void decode_otherPrefix_throwsUnsupportedFormat(String text) {
    assertThatThrownBy(() -> Multibase.decode(text))
        .isInstanceOfSatisfying(
            DecodingException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_FORMAT));
  }

  @Test
  void decode_empty_throwsEmpty() {
    assertThatThrownBy(() -> Multibase.decode(""))
        .isInstanceOfSatisfying(
            DecodingException.class, e -> assertThat(e.reason()).isEqualTo(Reason.EMPTY));
  }

  @ParameterizedTest
  @ValueSource(strings = {"f796573206D616E692021", "f0x79", "z0OIl", "uZm+v"})
  void decode_badBody_throwsInvalidCharacter(String text) {
    assertThatThrownBy(() -> Multibase.decode(text))
        .isInstanceOfSatisfying(
            DecodingException.class, e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_CHARACTER));
  }

  @Test
  void decode_requiredEncodingDiffers_throwsUnsupportedFormat() {
    assertThat(Multibase.decode("z7paNL19xttacUY", Encoding.BASE58BTC)).isEqualTo(YES_MANI);
    assertThatThrownBy(() -> Multibase.decode("f796573206d616e692021", Encoding.BASE58BTC))
        .isInstanceOfSatisfying(
            DecodingException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_FORMAT));
  }

  @Test
  void decode_overLimit_throwsTooLongBeforeLookingAtPrefix() {
    assertThatThrownBy(() -> Multibase.decode("?".repeat(Multibase.DEFAULT_MAX_CHARS + 1)))
        .isInstanceOfSatisfying(
            DecodingException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LONG));
    assertThatThrownBy(() -> Multibase.decode("z111", 3))
        .isInstanceOfSatisfying(
            DecodingException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LONG));
  }

  @Property
  void encodeThenDecode_roundTripsInEveryEncoding(@ForAll byte[] bytes, @ForAll Encoding encoding) {
    String text = Multibase.encode(encoding, bytes);
    assertThat(Multibase.encodingOf(text)).isEqualTo(encoding);
    assertThat(Multibase.decode(text, Integer.MAX_VALUE)).isEqualTo(bytes);
  }

  @Property
  void decode_anyString_returnsOrThrowsDecodingException(@ForAll String text) {
    try {
      byte[] out = Multibase.decode(text);
      assertThat(Multibase.encode(Multibase.encodingOf(text), out)).isEqualTo(text);
    } catch (DecodingException e) {
      assertThat(e.reason()).isNotNull();
    }
  }
}
