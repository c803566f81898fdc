package io.depin.devices.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.depin.core.DecodingException;
import io.depin.devices.eth.Eip712Message;

/**
 * Fuzzes {@link Eip712Message#parse(String)}: it returns a message whose JSON parses again to an
 * equal message with the same digest, or throws {@link DecodingException}.
 */
class Eip712MessageFuzzTest {
  @FuzzTest
  void parse_anyText_roundTripsOrThrowsDecodingException(FuzzedDataProvider data) {
    String json = data.consumeRemainingAsString();
    Eip712Message message;
    try {
      message = Eip712Message.parse(json);
    } catch (DecodingException expected) {
      return;
    }
    Eip712Message again = Eip712Message.parse(message.toJson());
    if (!again.equals(message) || !again.digest().equals(message.digest())) {
      throw new AssertionError("typed data did not round-trip: " + json);
    }
  }
}
