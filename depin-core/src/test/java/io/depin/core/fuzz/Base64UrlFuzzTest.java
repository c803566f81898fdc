package io.depin.core.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.depin.core.DecodingException;
import io.depin.core.bytes.Base64Url;

/** Fuzzes {@link Base64Url#decode(CharSequence)}: it round-trips or throws {@link DecodingException}. */
class Base64UrlFuzzTest {
  @FuzzTest
  void decode_anyText_roundTripsOrThrowsDecodingException(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    byte[] decoded;
    try {
      decoded = Base64Url.decode(text);
    } catch (DecodingException expected) {
      return;
    }
    String again = Base64Url.encode(decoded);
    if (!again.equals(text)) {
      throw new AssertionError("base64url did not round-trip: " + text + " -> " + again);
    }
  }
}
