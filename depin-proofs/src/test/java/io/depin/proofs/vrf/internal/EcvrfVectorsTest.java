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
import io.depin.proofs.vrf.VrfSuite;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.math.ec.ECPoint;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * RFC 9381 Appendix B.1-B.4 (Examples 10-21) and the derived negative cases for all four suites,
 * from {@code vectors/ecvrf/rfc9381_ecvrf_vectors.json} (source in its README): {@code pk}, {@code
 * H}, {@code k} (through {@code U = k B} and {@code V = k H}), {@code U} and {@code V} (through the
 * verifier's {@code s B - c Y} and {@code s H - c Gamma}), {@code pi} and {@code beta}.
 */
class EcvrfVectorsTest {
  private static final Map<String, VrfSuite> SUITES =
      Map.of(
          "ECVRF-EDWARDS25519-SHA512-TAI", VrfSuite.EDWARDS25519_SHA512_TAI,
          "ECVRF-EDWARDS25519-SHA512-ELL2", VrfSuite.EDWARDS25519_SHA512_ELL2,
          "ECVRF-P256-SHA256-TAI", VrfSuite.P256_SHA256_TAI,
          "ECVRF-P256-SHA256-SSWU", VrfSuite.P256_SHA256_SSWU);
  private static final X9ECParameters P256 = CustomNamedCurves.getByName("secp256r1");
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
      assertThat(suite.rfcName()).isEqualTo(entry.getKey());
      for (JsonNode v : suiteNode.get("vectors")) {
        count++;
        String id = entry.getKey() + " example " + v.get("example").asText();
        byte[] pk = hex(v, "pk");
        byte[] alpha = hex(v, "alpha");
        VrfSecretKey key = VrfSecretKey.fromRaw(suite, hex(v, "sk"));
        check(failures, id + " pk", key.publicKey().toRaw(), pk);
        byte[] pi = hex(v, "pi");
        if (suite.keyType() == KeyType.ED25519) {
          checkEdwards(failures, id, (Ed25519Ecvrf) engine(suite), v, pk, alpha, pi);
        } else {
          checkP256(failures, id, (P256Ecvrf) engine(suite), v, pk, alpha, pi);
        }
        check(failures, id + " pi", key.prove(alpha).toByteArray(), pi);
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
    assertThat(count).isEqualTo(12);
    assertThat(failures).isEmpty();
  }

  private static EcvrfEngine engine(VrfSuite suite) {
    return switch (suite) {
      case EDWARDS25519_SHA512_TAI -> Ed25519Ecvrf.TAI;
      case EDWARDS25519_SHA512_ELL2 -> Ed25519Ecvrf.ELL2;
      case P256_SHA256_TAI -> P256Ecvrf.TAI;
      case P256_SHA256_SSWU -> P256Ecvrf.SSWU;
    };
  }

  private static void checkEdwards(
      List<String> failures, String id, Ed25519Ecvrf engine, JsonNode v, byte[] pk, byte[] alpha,
      byte[] pi) {
    EdwardsPoint h = engine.encodeToCurve(pk, alpha);
    check(failures, id + " H", h.encode(), hex(v, "H"));
    byte[] k = hex(v, "k");
    check(failures, id + " k B", EdwardsPoint.BASE.multiply(k).encode(), hex(v, "U"));
    check(failures, id + " k H", h.multiply(k).encode(), hex(v, "V"));
    EdwardsPoint y = Objects.requireNonNull(EdwardsPoint.decode(pk));
    EdwardsPoint gamma = Objects.requireNonNull(EdwardsPoint.decode(Arrays.copyOf(pi, 32)));
    BigInteger c = littleEndian(Arrays.copyOfRange(pi, 32, 48));
    BigInteger s = littleEndian(Arrays.copyOfRange(pi, 48, 80));
    check(
        failures,
        id + " U",
        EdwardsPoint.doubleMultiplyVar(s, EdwardsPoint.BASE, c, y.negate()).encode(),
        hex(v, "U"));
    check(
        failures,
        id + " V",
        EdwardsPoint.doubleMultiplyVar(s, h, c, gamma.negate()).encode(),
        hex(v, "V"));
  }

  private static void checkP256(
      List<String> failures, String id, P256Ecvrf engine, JsonNode v, byte[] pk, byte[] alpha,
      byte[] pi) {
    ECPoint h = engine.encodeToCurve(pk, alpha);
    check(failures, id + " H", h.getEncoded(true), hex(v, "H"));
    BigInteger k = new BigInteger(1, hex(v, "k"));
    check(failures, id + " k B", P256.getG().multiply(k).getEncoded(true), hex(v, "U"));
    check(failures, id + " k H", h.multiply(k).getEncoded(true), hex(v, "V"));
    ECPoint y = P256.getCurve().decodePoint(pk);
    ECPoint gamma = P256.getCurve().decodePoint(Arrays.copyOf(pi, 33));
    BigInteger c = new BigInteger(1, Arrays.copyOfRange(pi, 33, 49));
    BigInteger s = new BigInteger(1, Arrays.copyOfRange(pi, 49, 81));
    check(
        failures,
        id + " U",
        P256.getG().multiply(s).subtract(y.multiply(c)).getEncoded(true),
        hex(v, "U"));
    check(
        failures,
        id + " V",
        h.multiply(s).subtract(gamma.multiply(c)).getEncoded(true),
        hex(v, "V"));
  }

  private static BigInteger littleEndian(byte[] le) {
    byte[] be = new byte[le.length];
    for (int i = 0; i < le.length; i++) {
      be[i] = le[le.length - 1 - i];
    }
    return new BigInteger(1, be);
  }

  @Test
  void verify_derivedNegativeCases_rejectsEach() {
    List<String> failures = new ArrayList<>();
    int count = 0;
    for (JsonNode c : root.get("derived_negative_cases").get("cases")) {
      VrfSuite suite = Objects.requireNonNull(SUITES.get(c.get("suite").asText()));
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
    assertThat(count).isEqualTo(22);
    assertThat(failures).isEmpty();
  }

  private static void check(List<String> failures, String id, byte[] actual, byte[] expected) {
    if (!Arrays.equals(actual, expected)) {
      failures.add(id + ": got " + Hex.encode(actual) + ", want " + Hex.encode(expected));
    }
  }
}
