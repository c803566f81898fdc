package io.depin.proofs.vrf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.depin.core.DecodingException;
import io.depin.core.bytes.Hex;
import io.depin.core.crypto.PublicKey;
import io.depin.proofs.vrf.Ecvrf;
import io.depin.proofs.vrf.VrfException;
import io.depin.proofs.vrf.VrfProof;
import io.depin.proofs.vrf.VrfSecretKey;
import io.depin.proofs.vrf.VrfSuite;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * RFC 9381 Appendix B.1 and B.3 (Examples 10-12 and 16-18) and the derived negative cases for
 * ECVRF-P256-SHA256-TAI and ECVRF-EDWARDS25519-SHA512-TAI, from {@code vectors/ecvrf/rfc9381_ecvrf_vectors.json} (source in
 * its README).
 */
class EcvrfVectorsTest {
  private static final Map<String, VrfSuite> SUITES =
      Map.of(
          "ECVRF-EDWARDS25519-SHA512-TAI", VrfSuite.EDWARDS25519_SHA512_TAI,
          "ECVRF-P256-SHA256-TAI", VrfSuite.P256_SHA256_TAI);
  private static JsonNode root;

  @BeforeAll
  static void load() throws IOException {
    String path = "/vectors/ecvrf/rfc9381_ecvrf_vectors.json";
    try (InputStream in =
        Objects.requireNonNull(EcvrfVectorsTest.class.getResourceAsStream(path), path)) {
      root = new ObjectMapper().readTree(in);
    }
  }

  private static byte[] hex(JsonNode node, String field) {
    return Hex.decode(node.get(field).asText());
  }

  @Test
  void proveAndVerify_rfcVectors_matchIntermediatesAndOutputs() {
    List<String> failures = new ArrayList<>();
    int count = 0;
    for (Map.Entry<String, VrfSuite> entry : SUITES.entrySet()) {
      JsonNode suiteNode = root.get("suites").get(entry.getKey());
      VrfSuite suite = entry.getValue();
      assertThat(Integer.parseInt(suiteNode.get("suite_string").asText(), 16))
          .isEqualTo(suite.suiteString());
      for (JsonNode v : suiteNode.get("vectors")) {
        count++;
        String id = entry.getKey() + " example " + v.get("example").asText();
        byte[] pk = hex(v, "pk");
        byte[] alpha = hex(v, "alpha");
        VrfSecretKey key = VrfSecretKey.fromRaw(suite, hex(v, "sk"));
        check(failures, id + " pk", key.publicKey().toRaw(), pk);
        if (suite == VrfSuite.EDWARDS25519_SHA512_TAI) {
          check(failures, id + " H", Ed25519Ecvrf.encodeToCurve(pk, alpha).encode(), hex(v, "H"));
        }
        check(failures, id + " pi", key.prove(alpha).toByteArray(), hex(v, "pi"));
        try {
          VrfProof expected = VrfProof.fromBytes(suite, hex(v, "pi"));
          byte[] beta = hex(v, "beta");
          check(failures, id + " proofToHash", Ecvrf.proofToHash(expected).toByteArray(), beta);
          PublicKey publicKey = PublicKey.fromRaw(suite.keyType(), pk);
          check(failures, id + " verify", Ecvrf.verify(publicKey, expected, alpha).toByteArray(), beta);
        } catch (VrfException e) {
          failures.add(id + " rejected: " + e.code() + " " + e.getMessage());
        }
      }
    }
    assertThat(count).isEqualTo(6);
    assertThat(failures).isEmpty();
  }

  @Test
  void verify_derivedNegativeCases_rejectsEach() {
    List<String> failures = new ArrayList<>();
    int count = 0;
    for (JsonNode c : root.get("derived_negative_cases").get("cases")) {
      VrfSuite suite = SUITES.get(c.get("suite").asText());
      if (suite == null) {
        continue;
      }
      count++;
      String id = c.get("suite").asText() + " " + c.get("desc").asText();
      if (!c.get("result").asText().equals("invalid")) {
        failures.add(id + ": unexpected result field");
      }
      try {
        VrfProof proof = VrfProof.fromBytes(suite, hex(c, "pi"));
        PublicKey key = PublicKey.fromRaw(suite.keyType(), hex(c, "pk"));
        Ecvrf.verify(key, proof, hex(c, "alpha"));
        failures.add(id + ": accepted");
      } catch (VrfException | DecodingException expected) {
        // rejected, as it must be
      }
    }
    assertThat(count).isEqualTo(11);
    assertThat(failures).isEmpty();
  }

  private static void check(List<String> failures, String id, byte[] actual, byte[] expected) {
    if (!Arrays.equals(actual, expected)) {
      failures.add(id + ": got " + Hex.encode(actual) + ", want " + Hex.encode(expected));
    }
  }
}
