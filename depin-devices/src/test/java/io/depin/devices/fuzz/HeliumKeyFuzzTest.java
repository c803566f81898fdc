package io.depin.devices.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.depin.core.DecodingException;
import io.depin.core.bytes.Base58Check;
import io.depin.devices.did.HeliumKey;

/** Fuzzes {@link HeliumKey#parse(CharSequence)}: it round-trips or throws {@link DecodingException}. */
class HeliumKeyFuzzTest {
  @FuzzTest
  void parse_anyText_roundTripsOrThrowsDecodingException(FuzzedDataProvider data) {
    // Half the inputs are valid Base58Check, so the fuzzer reaches the tag and key checks.
    String text = data.consumeBoolean()
        ? Base58Check.encode(data.consumeRemainingAsBytes())
        : data.consumeRemainingAsString();
    HeliumKey key;
    try {
      key = HeliumKey.parse(text);
    } catch (DecodingException expected) {
      return;
    }
    String again = HeliumKey.of(key.resolve(), key.network()).toString();
    if (!again.equals(text)) {
      throw new AssertionError("Helium key did not round-trip: " + text + " -> " + again);
    }
  }
}
