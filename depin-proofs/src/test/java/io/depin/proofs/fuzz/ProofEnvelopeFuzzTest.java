package io.depin.proofs.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.depin.core.DecodingException;
import io.depin.proofs.ProofEnvelope;
import java.util.Arrays;

/**
 * Fuzzes {@link ProofEnvelope#decode(byte[])}: it returns an envelope whose canonical form decodes
 * to an equal envelope and is stable, or throws {@link DecodingException}.
 */
class ProofEnvelopeFuzzTest {
  @FuzzTest
  void decode_anyBytes_roundTripsOrThrowsDecodingException(byte[] input) {
    ProofEnvelope envelope;
    try {
      envelope = ProofEnvelope.decode(input);
    } catch (DecodingException expected) {
      return;
    }
    byte[] canonical = envelope.encode();
    ProofEnvelope again = ProofEnvelope.decode(canonical);
    if (!again.equals(envelope) || !Arrays.equals(again.encode(), canonical)) {
      throw new AssertionError("the envelope did not round-trip: " + envelope);
    }
  }
}
