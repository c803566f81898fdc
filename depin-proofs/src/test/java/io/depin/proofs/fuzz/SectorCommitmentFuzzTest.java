package io.depin.proofs.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import io.depin.core.DecodingException;
import io.depin.core.json.CanonicalJson;
import io.depin.core.rules.RuleBook;
import io.depin.proofs.storage.SectorCommitment;
import io.depin.proofs.storage.SectorCommitmentKind;
import io.depin.proofs.storage.StorageRules;
import java.time.Instant;

/**
 * Fuzzes {@link SectorCommitmentKind#decode}: a payload parsed from the input either decodes to a
 * commitment that round-trips through its JSON form, or is rejected with {@link DecodingException}.
 */
class SectorCommitmentFuzzTest {
  private static final SectorCommitmentKind KIND = new SectorCommitmentKind(
      RuleBook.startingAt(Instant.parse("2026-01-01T00:00:00Z"), StorageRules.defaults()));

  @FuzzTest
  void decode_anyJson_roundTripsOrThrowsDecodingException(byte[] input) {
    SectorCommitment commitment;
    try {
      commitment = KIND.decode(CanonicalJson.parse(input));
    } catch (DecodingException expected) {
      return;
    }
    JsonNode encoded = KIND.encode(commitment);
    SectorCommitment again = KIND.decode(encoded);
    if (!again.equals(commitment) || !KIND.encode(again).equals(encoded)) {
      throw new AssertionError("the commitment did not round-trip: " + commitment);
    }
  }
}
