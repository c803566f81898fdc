package io.depin.proofs.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import io.depin.core.DecodingException;
import io.depin.core.crypto.KeyType;
import io.depin.core.crypto.SigningKey;
import io.depin.core.json.CanonicalJson;
import io.depin.core.rules.RuleBook;
import io.depin.core.time.EpochClock;
import io.depin.proofs.storage.StorageProof;
import io.depin.proofs.storage.StorageProofKind;
import io.depin.proofs.storage.StorageRules;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Fuzzes {@link StorageProofKind#decode}: a payload parsed from the input either decodes to a
 * proof that encodes to the same JSON and decodes to an equal proof, or is rejected with {@link
 * DecodingException}.
 */
class StorageProofFuzzTest {
  private static final Instant GENESIS = Instant.parse("2026-01-01T00:00:00Z");
  private static final StorageProofKind KIND = new StorageProofKind(
      RuleBook.startingAt(GENESIS, StorageRules.defaults()),
      (device, sector) -> Optional.empty(),
      SigningKey.fromRaw(KeyType.ED25519, new byte[32]).publicKey(),
      EpochClock.of(Clock.fixed(GENESIS, ZoneOffset.UTC), GENESIS, Duration.ofHours(1)));

  @FuzzTest
  void decode_anyJson_roundTripsOrThrowsDecodingException(byte[] input) {
    StorageProof proof;
    try {
      proof = KIND.decode(CanonicalJson.parse(input));
    } catch (DecodingException expected) {
      return;
    }
    JsonNode encoded = KIND.encode(proof);
    StorageProof again = KIND.decode(encoded);
    if (!again.equals(proof) || !KIND.encode(again).equals(encoded)) {
      throw new AssertionError("the storage proof did not round-trip: " + proof);
    }
  }
}
