package io.depin.core.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.depin.core.DecodingException;
import io.depin.core.bytes.Hex;
import java.util.Locale;

/**
 * Fuzzes {@link Hex#decode(CharSequence)}: it returns bytes that encode back to the input (up to
 * case and the {@code 0x} prefix), or throws {@link DecodingException}; {@link Hex#isValid} agrees.
 */
class HexFuzzTest {
  @FuzzTest
  void decode_anyText_roundTripsOrThrowsDecodingException(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    byte[] decoded;
    try {
      decoded = Hex.decode(text);
    } catch (DecodingException expected) {
      if (Hex.isValid(text)) {
        throw new AssertionError("isValid accepts what decode rejects: " + text);
      }
      return;
    }
    String digits = text.startsWith("0x") || text.startsWith("0X") ? text.substring(2) : text;
    if (!Hex.isValid(text) || !Hex.encode(decoded).equals(digits.toLowerCase(Locale.ROOT))) {
      throw new AssertionError("hex did not round-trip: " + text);
    }
  }
}
