package io.depin.proofs.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.depin.core.DecodingException;
import io.depin.core.json.CanonicalJson;
import io.depin.core.rules.RuleBook;
import io.depin.proofs.compute.ComputeKind;
import io.depin.proofs.compute.ComputeResult;
import io.depin.proofs.compute.ComputeRules;
import java.time.Instant;
import java.util.Arrays;

/**
 * Fuzzes {@link ComputeKind#decode}: a payload either decodes to a value whose encoding decodes
 * to an equal value with the same canonical bytes, or is rejected with {@link DecodingException}.
 */
class ComputeProofFuzzTest {
  private static final ComputeKind KIND =
      new ComputeKind(RuleBook.startingAt(Instant.EPOCH, ComputeRules.MAJORITY));

  @FuzzTest
  void decode_anyJson_roundTripsOrThrowsDecodingException(byte[] input) {
    ComputeResult decoded;
    try {
      decoded = KIND.decode(CanonicalJson.parse(input));
    } catch (DecodingException expected) {
      return;
    }
    byte[] canonical = encode(decoded);
    ComputeResult again = KIND.decode(CanonicalJson.parse(canonical));
    if (!again.equals(decoded) || !Arrays.equals(encode(again), canonical)) {
      throw new AssertionError("the payload did not round-trip: " + decoded);
    }
  }

  private static byte[] encode(ComputeResult payload) {
    return CanonicalJson.canonicalize(KIND.encode(payload));
  }
}
