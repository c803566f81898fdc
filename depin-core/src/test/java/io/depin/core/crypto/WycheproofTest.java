package io.depin.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.depin.core.DecodingException;
import io.depin.core.bytes.Hex;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs every test of six Wycheproof files (C2SP/wycheproof, Apache-2.0; see
 * vectors/wycheproof/README.md) through the public decode and verify API. A test passes when a
 * "valid" signature verifies and an "invalid" one is rejected by decoding ({@link
 * DecodingException}) or verification ({@link CryptoException}). The files contain no
 * "acceptable" results; the loop asserts that too, so a future file with one is noticed and
 * decided explicitly.
 */
class WycheproofTest {
  private enum SigFormat {
    RAW,
    DER
  }

  @Test
  void verify_ed25519File_matchesEveryExpectedResult() {
    assertThat(run("ed25519_test.json", KeyType.ED25519, SigFormat.RAW, EcdsaPolicy.STRICT_LOW_S))
        .isEmpty();
  }

  @Test
  void verify_secp256k1DerFileAcceptingHighS_matchesEveryExpectedResult() {
    assertThat(run("ecdsa_secp256k1_sha256_test.json", KeyType.SECP256K1, SigFormat.DER, EcdsaPolicy.ACCEPT_HIGH_S))
        .isEmpty();
  }

  @Test
  void verify_secp256k1P1363FileAcceptingHighS_matchesEveryExpectedResult() {
    assertThat(run("ecdsa_secp256k1_sha256_p1363_test.json", KeyType.SECP256K1, SigFormat.RAW, EcdsaPolicy.ACCEPT_HIGH_S))
        .isEmpty();
  }

  @Test
  void verify_secp256k1BitcoinFileStrictLowS_matchesEveryExpectedResult() {
    assertThat(run("ecdsa_secp256k1_sha256_bitcoin_test.json", KeyType.SECP256K1, SigFormat.DER, EcdsaPolicy.STRICT_LOW_S))
        .isEmpty();
  }

  @Test
  void verify_secp256k1BitcoinFileWithDefaultPolicy_matchesEveryExpectedResult() {
    assertThat(run("ecdsa_secp256k1_sha256_bitcoin_test.json", KeyType.SECP256K1, SigFormat.DER, null))
        .isEmpty();
  }

  @Test
  void verify_p256DerFile_matchesEveryExpectedResult() {
    assertThat(run("ecdsa_secp256r1_sha256_test.json", KeyType.P256, SigFormat.DER, null)).isEmpty();
  }

  @Test
  void verify_p256P1363File_matchesEveryExpectedResult() {
    assertThat(run("ecdsa_secp256r1_sha256_p1363_test.json", KeyType.P256, SigFormat.RAW, null))
        .isEmpty();
  }

  /** Returns "tcId: reason" for every test whose outcome differs from the file's. */
  private static List<String> run(String file, KeyType type, SigFormat format, EcdsaPolicy policy) {
    JsonNode root = Vectors.load("wycheproof/" + file);
    List<String> failures = new ArrayList<>();
    int count = 0;
    for (JsonNode group : root.get("testGroups")) {
      PublicKey key;
      try {
        key = decodeGroupKey(type, group);
      } catch (DecodingException e) {
        failures.add("group key rejected: " + e.getMessage());
        continue;
      }
      for (JsonNode test : group.get("tests")) {
        count++;
        int tcId = test.get("tcId").asInt();
        String expected = test.get("result").asText();
        if (!expected.equals("valid") && !expected.equals("invalid")) {
          failures.add(tcId + ": unexpected result '" + expected + "'");
          continue;
        }
        byte[] msg = Hex.decode(test.get("msg").asText());
        byte[] sigBytes = Hex.decode(test.get("sig").asText());
        String outcome;
        try {
          Signature sig =
              format == SigFormat.DER ? Signature.fromDer(type, sigBytes) : Signature.of(type, sigBytes);
          if (policy == null) {
            key.verify(msg, sig);
          } else {
            key.verify(msg, sig, policy);
          }
          outcome = "valid";
        } catch (DecodingException | CryptoException e) {
          outcome = "invalid";
        }
        if (!outcome.equals(expected)) {
          failures.add(tcId + ": expected " + expected + " (" + test.get("comment").asText() + ")");
        }
      }
    }
    assertThat(count).isEqualTo(root.get("numberOfTests").asInt());
    return failures;
  }

  private static PublicKey decodeGroupKey(KeyType type, JsonNode group) {
    JsonNode pk = group.get("publicKey");
    byte[] raw = Hex.decode(type == KeyType.ED25519 ? pk.get("pk").asText() : pk.get("uncompressed").asText());
    PublicKey key = PublicKey.fromRaw(type, raw);
    PublicKey fromDer = PublicKey.fromSpkiDer(Hex.decode(group.get("publicKeyDer").asText()));
    PublicKey fromPem = PublicKey.fromSpkiPem(group.get("publicKeyPem").asText());
    assertThat(fromDer).isEqualTo(key);
    assertThat(fromPem).isEqualTo(key);
    return key;
  }
}
