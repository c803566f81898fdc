package io.depin.proofs.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import io.depin.core.DecodingException;
import io.depin.core.json.CanonicalJson;
import io.depin.core.rules.RuleBook;
import io.depin.proofs.ProofKind;
import io.depin.proofs.location.LocationClaim;
import io.depin.proofs.location.LocationClaimKind;
import io.depin.proofs.location.LocationRules;
import java.time.Instant;
import java.util.Arrays;

/**
 * Fuzzes {@link LocationClaimKind#decode}: a payload parsed from any bytes either decodes to a value whose
 * encoding decodes to an equal value with the same canonical bytes, or throws {@link
 * DecodingException}.
 */
class LocationClaimFuzzTest {
  private static final ProofKind<LocationClaim> KIND =
      new LocationClaimKind(RuleBook.startingAt(Instant.EPOCH, LocationRules.indoorHotspotExample()));

  @FuzzTest
  void decode_anyJson_roundTripsOrThrowsDecodingException(byte[] input) {
    LocationClaim value;
    try {
      JsonNode node = CanonicalJson.parse(input);
      value = KIND.decode(node);
    } catch (DecodingException expected) {
      return;
    }
    byte[] canonical = CanonicalJson.canonicalize(KIND.encode(value));
    LocationClaim again = KIND.decode(CanonicalJson.parse(canonical));
    if (!again.equals(value)
        || !Arrays.equals(CanonicalJson.canonicalize(KIND.encode(again)), canonical)) {
      throw new AssertionError("did not round-trip: " + value);
    }
  }
}
