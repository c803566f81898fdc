package io.depin.proofs.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.depin.core.DecodingException;
import io.depin.core.json.CanonicalJson;
import io.depin.core.rules.RuleBook;
import io.depin.proofs.bandwidth.BandwidthKind;
import io.depin.proofs.bandwidth.BandwidthProof;
import io.depin.proofs.bandwidth.BandwidthRules;
import java.time.Instant;
import java.util.Arrays;

/**
 * Fuzzes {@link BandwidthKind#decode}: a payload either decodes to a value whose encoding decodes
 * to an equal value with the same canonical bytes, or is rejected with {@link DecodingException}.
 */
class BandwidthProofFuzzTest {
  private static final BandwidthKind KIND =
      new BandwidthKind(RuleBook.startingAt(Instant.EPOCH, new BandwidthRules(1)));

  @FuzzTest
  void decode_anyJson_roundTripsOrThrowsDecodingException(byte[] input) {
    BandwidthProof decoded;
    try {
      decoded = KIND.decode(CanonicalJson.parse(input));
    } catch (DecodingException expected) {
      return;
    }
    byte[] canonical = encode(decoded);
    BandwidthProof again = KIND.decode(CanonicalJson.parse(canonical));
    if (!again.equals(decoded) || !Arrays.equals(encode(again), canonical)) {
      throw new AssertionError("the payload did not round-trip: " + decoded);
    }
  }

  private static byte[] encode(BandwidthProof payload) {
    return CanonicalJson.canonicalize(KIND.encode(payload));
  }
}
