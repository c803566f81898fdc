package io.depin.proofs.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import io.depin.core.DecodingException;
import io.depin.core.json.CanonicalJson;
import io.depin.core.rules.RuleBook;
import io.depin.proofs.coverage.CoverageRules;
import io.depin.proofs.coverage.Witness;
import io.depin.proofs.coverage.WitnessKind;
import java.time.Instant;

/**
 * Fuzzes {@link WitnessKind#decode}: a witness body either decodes to a witness whose encoding
 * decodes to an equal witness, or throws {@link DecodingException}.
 */
class WitnessFuzzTest {
  private static final WitnessKind KIND =
      new WitnessKind(RuleBook.startingAt(Instant.EPOCH, CoverageRules.heliumIot()));

  @FuzzTest
  void decode_anyBytes_roundTripsOrThrowsDecodingException(byte[] input) {
    Witness witness;
    try {
      JsonNode body = CanonicalJson.parse(input);
      witness = KIND.decode(body);
    } catch (DecodingException expected) {
      return;
    }
    Witness again = KIND.decode(CanonicalJson.parse(CanonicalJson.canonicalize(KIND.encode(witness))));
    if (!again.equals(witness)) {
      throw new AssertionError("the witness did not round-trip: " + witness);
    }
  }
}
