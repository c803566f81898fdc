package io.depin.devices.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.depin.core.DecodingException;
import io.depin.devices.did.DidKey;

/** Fuzzes {@link DidKey#parse(CharSequence)}: it round-trips or throws {@link DecodingException}. */
class DidKeyFuzzTest {
  @FuzzTest
  void parse_anyText_roundTripsOrThrowsDecodingException(FuzzedDataProvider data) {
    String text = (data.consumeBoolean() ? DidKey.PREFIX + "z" : "") + data.consumeRemainingAsString();
    DidKey did;
    try {
      did = DidKey.parse(text);
    } catch (DecodingException expected) {
      return;
    }
    String again = DidKey.of(did.resolve()).toString();
    if (!again.equals(text)) {
      throw new AssertionError("did:key did not round-trip: " + text + " -> " + again);
    }
  }
}
