package io.depin.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.depin.core.bytes.Hex;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * RFC 8032 §7.1 pure Ed25519 vectors (see vectors/rfc8032/README.md): the seed gives the public
 * key, signing gives the exact signature, and it verifies. Ed25519ctx and Ed25519ph are not
 * supported, so their vectors are not used.
 */
class Rfc8032Test {
  @Test
  void signAndVerify_rfc8032Vectors_matchExactly() throws CryptoException {
    JsonNode vectors = Vectors.load("rfc8032/rfc8032_ed25519_vectors.json").get("ed25519");
    List<String> failures = new ArrayList<>();
    for (JsonNode v : vectors) {
      String name = v.get("name").asText();
      SigningKey key = SigningKey.fromRaw(KeyType.ED25519, Hex.decode(v.get("secretKey").asText()));
      byte[] message = Hex.decode(v.get("message").asText());
      byte[] expected = Hex.decode(v.get("signature").asText());
      if (!Hex.encode(key.publicKey().toRaw()).equals(v.get("publicKey").asText())) {
        failures.add(name + ": public key");
      }
      Signature sig = key.sign(message);
      if (!Arrays.equals(sig.toByteArray(), expected)) {
        failures.add(name + ": signature");
      }
      PublicKey pub = PublicKey.fromRaw(KeyType.ED25519, Hex.decode(v.get("publicKey").asText()));
      pub.verify(message, Signature.of(KeyType.ED25519, expected));
    }
    assertThat(vectors.size()).isEqualTo(5);
    assertThat(failures).isEmpty();
  }
}
