package io.depin.proofs.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import io.depin.core.DecodingException;
import io.depin.core.bytes.Bytes;
import io.depin.core.json.CanonicalJson;
import io.depin.core.rules.RuleBook;
import io.depin.proofs.coverage.Beacon;
import io.depin.proofs.coverage.BeaconKind;
import io.depin.proofs.coverage.CoverageRules;
import io.depin.proofs.coverage.InMemoryEntropyLog;
import java.time.Instant;

/**
 * Fuzzes {@link BeaconKind#decode}: a beacon body either decodes to a beacon whose encoding
 * decodes to an equal beacon, or throws {@link DecodingException}.
 */
class BeaconFuzzTest {
  private static final BeaconKind KIND = new BeaconKind(
      RuleBook.startingAt(Instant.EPOCH, CoverageRules.heliumIot()), new InMemoryEntropyLog());

  @FuzzTest
  void decode_anyBytes_roundTripsOrThrowsDecodingException(byte[] input) {
    Beacon beacon;
    try {
      JsonNode body = CanonicalJson.parse(input);
      beacon = KIND.decode(body);
    } catch (DecodingException expected) {
      return;
    }
    Beacon again = KIND.decode(CanonicalJson.parse(CanonicalJson.canonicalize(KIND.encode(beacon))));
    if (!again.equals(beacon) || !Bytes.of(CanonicalJson.canonicalize(KIND.encode(again)))
        .equals(Bytes.of(CanonicalJson.canonicalize(KIND.encode(beacon))))) {
      throw new AssertionError("the beacon did not round-trip: " + beacon);
    }
  }
}
