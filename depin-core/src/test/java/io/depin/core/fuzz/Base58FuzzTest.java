package io.depin.core.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.depin.core.DecodingException;
import io.depin.core.bytes.Base58;

/** Fuzzes {@link Base58#decode(CharSequence)}: it returns canonical bytes or throws {@link DecodingException}. */
class Base58FuzzTest {
  @FuzzTest
  void decode_anyText_roundTripsOrThrowsDecodingException(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    byte[] decoded;
    try {
      decoded = Base58.decode(text);
    } catch (DecodingException expected) {
      return;
    }
    String again = Base58.encode(decoded);
    if (!again.equals(text)) {
      throw new AssertionError("Base58 did not round-trip: " + text + " -> " + again);
    }
  }
}
