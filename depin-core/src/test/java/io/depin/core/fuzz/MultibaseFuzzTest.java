package io.depin.core.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.depin.core.DecodingException;
import io.depin.core.bytes.Multibase;

/** Fuzzes {@link Multibase#decode(CharSequence)}: it round-trips or throws {@link DecodingException}. */
class MultibaseFuzzTest {
  @FuzzTest
  void decode_anyText_roundTripsOrThrowsDecodingException(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    byte[] decoded;
    try {
      decoded = Multibase.decode(text);
    } catch (DecodingException expected) {
      return;
    }
    String again = Multibase.encode(Multibase.encodingOf(text), decoded);
    if (!again.equals(text)) {
      throw new AssertionError("multibase did not round-trip: " + text + " -> " + again);
    }
  }
}
