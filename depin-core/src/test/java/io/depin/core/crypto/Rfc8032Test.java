package io.depin.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.depin.core.bytes.Bytes;
import io.depin.core.bytes.Hex;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * RFC 8032 §7.1 (Ed25519), §7.2 (Ed25519ctx) and §7.3 (Ed25519ph) vectors (see
 * vectors/rfc8032/README.md): the seed gives the public key, signing gives the exact signature,
 * and it verifies under its own variant and under no other.
 */
class Rfc8032Test {
  private static final JsonNode VECTORS = Vectors.load("rfc8032/rfc8032_ed25519_vectors.json");

  @Test
  void signAndVerify_section71PureVectors_matchExactly() {
    assertThat(VECTORS.get("ed25519")).hasSize(5);
    assertThat(run("ed25519", v -> Ed25519Variant.pure())).isEmpty();
  }

  @Test
  void signAndVerify_section72CtxVectors_matchExactly() {
    assertThat(VECTORS.get("ed25519ctx")).hasSize(4);
    assertThat(run("ed25519ctx", v -> Ed25519Variant.ctx(context(v)))).isEmpty();
  }

  @Test
  void signAndVerify_section73PhVectors_matchExactly() {
    assertThat(VECTORS.get("ed25519ph")).hasSize(1);
    assertThat(run("ed25519ph", v -> Ed25519Variant.ph(context(v)))).isEmpty();
  }

  @Test
  void sign_pureVariant_equalsPlainSign() {
    for (JsonNode v : VECTORS.get("ed25519")) {
      SigningKey key = SigningKey.fromRaw(KeyType.ED25519, Hex.decode(v.get("secretKey").asText()));
      byte[] message = Hex.decode(v.get("message").asText());
      assertThat(key.sign(message, Ed25519Variant.pure())).isEqualTo(key.sign(message));
    }
  }

  private static Bytes context(JsonNode v) {
    JsonNode c = v.get("context");
    return c == null ? Bytes.empty() : Bytes.fromHex(c.asText());
  }

  /** Returns "name: what failed" for each vector that does not match. */
  private static List<String> run(String section, Function<JsonNode, Ed25519Variant> variantOf) {
    List<String> failures = new ArrayList<>();
    for (JsonNode v : VECTORS.get(section)) {
      String name = section + " " + v.get("name").asText();
      Ed25519Variant variant = variantOf.apply(v);
      SigningKey key = SigningKey.fromRaw(KeyType.ED25519, Hex.decode(v.get("secretKey").asText()));
      byte[] message = Hex.decode(v.get("message").asText());
      byte[] expected = Hex.decode(v.get("signature").asText());
      if (!Hex.encode(key.publicKey().toRaw()).equals(v.get("publicKey").asText())) {
        failures.add(name + ": public key");
      }
      if (!Arrays.equals(key.sign(message, variant).toByteArray(), expected)) {
        failures.add(name + ": signature");
      }
      PublicKey pub = PublicKey.fromRaw(KeyType.ED25519, Hex.decode(v.get("publicKey").asText()));
      Signature sig = Signature.of(KeyType.ED25519, expected);
      try {
        pub.verify(message, sig, variant);
      } catch (CryptoException e) {
        failures.add(name + ": rejected " + e.code());
      }
      for (Ed25519Variant other : otherVariants(variant)) {
        try {
          pub.verify(message, sig, other);
          failures.add(name + ": also verifies under " + other);
        } catch (CryptoException e) {
          if (e.code() != CryptoException.Code.INVALID_SIGNATURE) {
            failures.add(name + ": under " + other + " rejected with " + e.code());
          }
        }
      }
    }
    return failures;
  }

  private static List<Ed25519Variant> otherVariants(Ed25519Variant variant) {
    Bytes c = variant.context();
    List<Ed25519Variant> all = new ArrayList<>();
    all.add(Ed25519Variant.pure());
    all.add(Ed25519Variant.ph());
    all.add(Ed25519Variant.ctx(Bytes.of((byte) 0)));
    if (!c.isEmpty()) {
      all.add(Ed25519Variant.ctx(c));
      all.add(Ed25519Variant.ph(c));
      all.add(Ed25519Variant.ctx(c.concat(Bytes.of((byte) 0))));
    }
    all.remove(variant);
    return all;
  }
}
