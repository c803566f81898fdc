package io.depin.core.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.depin.core.DecodingException;
import io.depin.core.bytes.Base58Check;

/** Fuzzes {@link Base58Check#decode(CharSequence)}: it round-trips or throws {@link DecodingException}. */
class Base58CheckFuzzTest {
  @FuzzTest
  void decode_anyText_roundTripsOrThrowsDecodingException(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    byte[] decoded;
    try {
      decoded = Base58Check.decode(text);
    } catch (DecodingException expected) {
      return;
    }
    String again = Base58Check.encode(decoded);
    if (!again.equals(text)) {
      throw new AssertionError("Base58Check did not round-trip: " + text + " -> " + again);
    }
  }
}
