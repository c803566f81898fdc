package io.depin.core.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.depin.core.DecodingException;
import io.depin.core.message.SignedMessage;
import java.util.Arrays;

/**
 * Fuzzes {@link SignedMessage#fromJson(byte[])}: it returns a message whose JSON form parses back
 * to an equal message, or throws {@link DecodingException}.
 */
class SignedMessageFuzzTest {
  @FuzzTest
  void fromJson_anyBytes_roundTripsOrThrowsDecodingException(byte[] input) {
    SignedMessage message;
    try {
      message = SignedMessage.fromJson(input);
    } catch (DecodingException expected) {
      return;
    }
    byte[] json = message.toJsonBytes();
    if (!SignedMessage.fromJson(json).equals(message) || !Arrays.equals(message.toJsonBytes(), json)) {
      throw new AssertionError("signed message did not round-trip");
    }
  }
}
