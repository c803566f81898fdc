package io.depin.proofs.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.depin.core.DecodingException;
import io.depin.core.json.CanonicalJson;
import io.depin.core.rules.RuleBook;
import io.depin.proofs.uptime.Heartbeat;
import io.depin.proofs.uptime.HeartbeatKind;
import io.depin.proofs.uptime.UptimeRules;
import java.time.Instant;
import java.util.Arrays;

/**
 * Fuzzes {@link HeartbeatKind#decode}: a payload either decodes to a value whose encoding decodes
 * to an equal value with the same canonical bytes, or is rejected with {@link DecodingException}.
 */
class HeartbeatProofFuzzTest {
  private static final HeartbeatKind KIND =
      new HeartbeatKind(RuleBook.startingAt(Instant.EPOCH, UptimeRules.HELIUM_MOBILE));

  @FuzzTest
  void decode_anyJson_roundTripsOrThrowsDecodingException(byte[] input) {
    Heartbeat decoded;
    try {
      decoded = KIND.decode(CanonicalJson.parse(input));
    } catch (DecodingException expected) {
      return;
    }
    byte[] canonical = encode(decoded);
    Heartbeat again = KIND.decode(CanonicalJson.parse(canonical));
    if (!again.equals(decoded) || !Arrays.equals(encode(again), canonical)) {
      throw new AssertionError("the payload did not round-trip: " + decoded);
    }
  }

  private static byte[] encode(Heartbeat payload) {
    return CanonicalJson.canonicalize(KIND.encode(payload));
  }
}
