package io.depin.proofs.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import io.depin.core.DecodingException;
import io.depin.core.json.CanonicalJson;
import io.depin.core.rules.RuleBook;
import io.depin.proofs.ProofKind;
import io.depin.proofs.sensor.SensorReading;
import io.depin.proofs.sensor.SensorReadingKind;
import io.depin.proofs.sensor.SensorRules;
import java.time.Instant;
import java.util.Arrays;

/**
 * Fuzzes {@link SensorReadingKind#decode}: a payload parsed from any bytes either decodes to a value whose
 * encoding decodes to an equal value with the same canonical bytes, or throws {@link
 * DecodingException}.
 */
class SensorReadingFuzzTest {
  private static final ProofKind<SensorReading> KIND =
      new SensorReadingKind(RuleBook.startingAt(Instant.EPOCH, SensorRules.examples()));

  @FuzzTest
  void decode_anyJson_roundTripsOrThrowsDecodingException(byte[] input) {
    SensorReading value;
    try {
      JsonNode node = CanonicalJson.parse(input);
      value = KIND.decode(node);
    } catch (DecodingException expected) {
      return;
    }
    byte[] canonical = CanonicalJson.canonicalize(KIND.encode(value));
    SensorReading again = KIND.decode(CanonicalJson.parse(canonical));
    if (!again.equals(value)
        || !Arrays.equals(CanonicalJson.canonicalize(KIND.encode(again)), canonical)) {
      throw new AssertionError("did not round-trip: " + value);
    }
  }
}
