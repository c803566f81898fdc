package io.depin.devices.did;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.depin.core.DecodingException;
import io.depin.core.DecodingException.Reason;
import io.depin.core.bytes.Base58;
import io.depin.core.bytes.Hex;
import io.depin.core.crypto.KeyType;
import io.depin.core.crypto.PublicKey;
import io.depin.core.crypto.SigningKey;
import java.io.IOException;
import java.io.InputStream;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class DidKeyTest {
  @Test
  void parse_specVectors_resolveToTheSpecKeys() throws IOException {
    JsonNode root;
    try (InputStream in = getClass().getResourceAsStream("/vectors/did-key/did_key_vectors.json")) {
      root = new ObjectMapper().readTree(in);
    }
    List<String> failures = new ArrayList<>();
    for (JsonNode v : root.get("vectors")) {
      KeyType type = KeyType.valueOf(v.get("keyType").asText());
      PublicKey expected = PublicKey.fromRaw(type, Hex.decode(v.get("publicKeyHex").asText()));
      String did = v.get("did").asText();
      if (!DidKey.parse(did).resolve().equals(expected) || !DidKey.of(expected).toString().equals(did)) {
        failures.add(v.get("id").asText());
      }
    }
    assertThat(root.get("vectors")).hasSize(3);
    assertThat(failures).isEmpty();
  }

  @Property(tries = 60)
  void of_anyKey_roundTripsThroughParse(@ForAll KeyType type, @ForAll long seed) throws NoSuchAlgorithmException {
    PublicKey key = SigningKey.generate(type, seeded(seed)).publicKey();
    DidKey did = DidKey.of(key);
    assertThat(did.toString()).startsWith(switch (type) {
      case ED25519 -> "did:key:z6Mk";
      case SECP256K1 -> "did:key:zQ3s";
      case P256 -> "did:key:zDn";
    });
    assertThat(DidKey.parse(did.toString())).isEqualTo(did);
    assertThat(DidKey.parse(did.toString()).resolve()).isEqualTo(key);
  }

  @Test
  void parse_otherMethod_throwsUnsupportedFormat() {
    assertReason("did:web:z6MkiTBz1ymuepAQ4HEHYSF1H8quG5GLVVQR3djdX3mDooWp", Reason.UNSUPPORTED_FORMAT);
  }

  @Test
  void parse_otherMultibase_throwsUnsupportedFormat() {
    assertReason("did:key:fed013b6a27bcceb6a42d62a3a8d02a6f0d73653215771de243a63ac048a18b59da29", Reason.UNSUPPORTED_FORMAT);
  }

  @Test
  void parse_unknownCodec_throwsUnsupportedFormat() {
    byte[] body = new byte[34];
    body[0] = (byte) 0xec;
    body[1] = 0x01;
    assertReason("did:key:z" + Base58.encode(body), Reason.UNSUPPORTED_FORMAT);
  }

  @Test
  void parse_shortKey_throwsWrongLength() {
    byte[] body = new byte[33];
    body[0] = (byte) 0xed;
    body[1] = 0x01;
    assertReason("did:key:z" + Base58.encode(body), Reason.WRONG_LENGTH);
  }

  @Test
  void parse_pointNotOnCurve_throwsDecodingException() {
    byte[] body = new byte[35];
    body[0] = (byte) 0x80;
    body[1] = 0x24;
    body[2] = 0x05;
    assertThatThrownBy(() -> DidKey.parse("did:key:z" + Base58.encode(body)))
        .isInstanceOf(DecodingException.class);
  }

  @Test
  void parse_tooLong_throwsTooLong() {
    assertReason("did:key:z" + "1".repeat(200), Reason.TOO_LONG);
  }

  @Test
  void parse_invalidCharacter_throwsInvalidCharacter() {
    assertReason("did:key:z6MkiTBz1ymuepAQ4HEHYSF1H8quG5GLVVQR3djdX3mDooW0", Reason.INVALID_CHARACTER);
  }

  static SecureRandom seeded(long seed) throws NoSuchAlgorithmException {
    SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
    random.setSeed(seed);
    return random;
  }

  private static void assertReason(String text, Reason reason) {
    assertThatThrownBy(() -> DidKey.parse(text))
        .isInstanceOfSatisfying(DecodingException.class, e -> assertThat(e.reason()).isEqualTo(reason));
  }

  @Test
  void equals_sameText_equal() {
    String text = "did:key:z6MkiTBz1ymuepAQ4HEHYSF1H8quG5GLVVQR3djdX3mDooWp";
    assertThat(DidKey.parse(text)).isEqualTo(DidKey.parse(text)).hasSameHashCodeAs(DidKey.parse(text));
    assertThat(Arrays.asList(DidKey.parse(text).toString())).containsExactly(text);
  }
}
