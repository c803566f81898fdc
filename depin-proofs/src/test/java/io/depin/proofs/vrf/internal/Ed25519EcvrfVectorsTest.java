package io.depin.proofs.vrf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.depin.core.DecodingException;
import io.depin.core.bytes.Hex;
import io.depin.core.crypto.KeyType;
import io.depin.core.crypto.PublicKey;
import io.depin.proofs.vrf.Ecvrf;
import io.depin.proofs.vrf.VrfException;
import io.depin.proofs.vrf.VrfProof;
import io.depin.proofs.vrf.VrfSecretKey;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * RFC 9381 Appendix B.3 (Examples 16-18) and the derived negative cases for
 * ECVRF-EDWARDS25519-SHA512-TAI, from {@code vectors/ecvrf/rfc9381_ecvrf_vectors.json} (source in
 * its README).
 */
class Ed25519EcvrfVectorsTest {
  private static final String SUITE = "ECVRF-EDWARDS25519-SHA512-TAI";
  private static JsonNode root;

  @BeforeAll
  static void load() throws IOException {
    String path = "/vectors/ecvrf/rfc9381_ecvrf_vectors.json";
    try (InputStream in =
        Objects.requireNonNull(Ed25519EcvrfVectorsTest.class.getResourceAsStream(path), path)) {
      root = new ObjectMapper().readTree(in);
    }
  }

  private static byte[] hex(JsonNode node, String field) {
    return Hex.decode(node.get(field).asText());
  }

  @Test
  void proveAndVerify_rfcVectors_matchIntermediatesAndOutputs() {
    List<String> failures = new ArrayList<>();
    JsonNode vectors = root.get("suites").get(SUITE).get("vectors");
    assertThat(root.get("suites").get(SUITE).get("suite_string").asText()).isEqualTo("03");
    for (JsonNode v : vectors) {
      String id = "example " + v.get("example").asText();
      byte[] sk = hex(v, "sk");
      byte[] pk = hex(v, "pk");
      byte[] alpha = hex(v, "alpha");
      check(failures, id + " pk", Ed25519Ecvrf.publicKey(sk), pk);
      check(failures, id + " H", Ed25519Ecvrf.encodeToCurve(pk, alpha).encode(), hex(v, "H"));
      VrfProof proof = VrfSecretKey.fromRaw(sk).prove(alpha);
      check(failures, id + " pi", proof.toByteArray(), hex(v, "pi"));
      try {
        VrfProof expected = VrfProof.fromBytes(hex(v, "pi"));
        check(failures, id + " proofToHash", Ecvrf.proofToHash(expected).toByteArray(), hex(v, "beta"));
        PublicKey key = PublicKey.fromRaw(KeyType.ED25519, pk);
        check(failures, id + " verify", Ecvrf.verify(key, expected, alpha).toByteArray(), hex(v, "beta"));
      } catch (VrfException e) {
        failures.add(id + " rejected: " + e.code() + " " + e.getMessage());
      }
    }
    assertThat(vectors).hasSize(3);
    assertThat(failures).isEmpty();
  }

  @Test
  void verify_derivedNegativeCases_rejectsEach() {
    List<String> failures = new ArrayList<>();
    int count = 0;
    for (JsonNode c : root.get("derived_negative_cases").get("cases")) {
      if (!c.get("suite").asText().equals(SUITE)) {
        continue;
      }
      count++;
      String id = c.get("desc").asText();
      if (!c.get("result").asText().equals("invalid")) {
        failures.add(id + ": unexpected result field");
      }
      try {
        VrfProof proof = VrfProof.fromBytes(hex(c, "pi"));
        PublicKey key = PublicKey.fromRaw(KeyType.ED25519, hex(c, "pk"));
        Ecvrf.verify(key, proof, hex(c, "alpha"));
        failures.add(id + ": accepted");
      } catch (VrfException | DecodingException expected) {
        // rejected, as it must be
      }
    }
    assertThat(count).isEqualTo(6);
    assertThat(failures).isEmpty();
  }

  private static void check(List<String> failures, String id, byte[] actual, byte[] expected) {
    if (!Arrays.equals(actual, expected)) {
      failures.add(id + ": got " + Hex.encode(actual) + ", want " + Hex.encode(expected));
    }
  }
}
