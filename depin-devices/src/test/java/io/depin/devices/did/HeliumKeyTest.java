package io.depin.devices.did;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.depin.core.DecodingException;
import io.depin.core.DecodingException.Reason;
import io.depin.core.bytes.Base58Check;
import io.depin.core.bytes.Hex;
import io.depin.core.crypto.CryptoException;
import io.depin.core.crypto.EcdsaPolicy;
import io.depin.core.crypto.KeyType;
import io.depin.core.crypto.PublicKey;
import io.depin.core.crypto.Signature;
import io.depin.core.crypto.SigningKey;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class HeliumKeyTest {
  private static JsonNode vectors() throws IOException {
    try (InputStream in = HeliumKeyTest.class.getResourceAsStream("/vectors/helium/helium_key_vectors.json")) {
      return new ObjectMapper().readTree(in);
    }
  }

  @Test
  void parse_heliumCryptoVectors_resolveAndRoundTrip() throws IOException {
    List<String> failures = new ArrayList<>();
    JsonNode valid = vectors().get("valid");
    for (JsonNode v : valid) {
      String id = v.get("id").asText();
      try {
        HeliumKey key = HeliumKey.parse(v.get("b58").asText());
        PublicKey pk = key.resolve();
        boolean ok = pk.keyType() == KeyType.valueOf(v.get("keyType").asText())
            && key.network() == HeliumNetwork.valueOf(v.get("network").asText())
            && HeliumKey.of(pk, key.network()).toString().equals(v.get("b58").asText());
        if (v.has("publicKeyHex")) {
          ok &= pk.equals(PublicKey.fromRaw(KeyType.ED25519, Hex.decode(v.get("publicKeyHex").asText())));
        }
        byte[] message = v.path("message").asText().getBytes(StandardCharsets.US_ASCII);
        if (v.has("signatureHex")) {
          pk.verify(message, Signature.of(KeyType.ED25519, Hex.decode(v.get("signatureHex").asText())));
        }
        if (v.has("signatureDerHex")) {
          pk.verify(
              message,
              Signature.fromDer(KeyType.P256, Hex.decode(v.get("signatureDerHex").asText())),
              EcdsaPolicy.ACCEPT_HIGH_S);
        }
        if (!ok) {
          failures.add(id);
        }
      } catch (CryptoException | DecodingException e) {
        failures.add(id + ": " + e.getMessage());
      }
    }
    assertThat(valid).hasSize(7);
    assertThat(failures).isEmpty();
  }

  @Test
  void parse_secp256k1HeliumKey_throwsUnsupportedFormat() throws IOException {
    for (JsonNode v : vectors().get("unsupported")) {
      assertReason(v.get("b58").asText(), Reason.valueOf(v.get("reason").asText()));
    }
  }

  @Test
  void parse_xNotOnCurve_throwsInvalidValue() throws IOException {
    JsonNode v = vectors().get("nonCompactX");
    assertReason(Base58Check.encode(0, Hex.decode(v.get("tagAndXHex").asText())), Reason.INVALID_VALUE);
  }

  @Test
  void parse_unknownNetwork_throwsUnsupportedFormat() {
    byte[] payload = new byte[33];
    payload[0] = 0x21;
    assertReason(Base58Check.encode(0, payload), Reason.UNSUPPORTED_FORMAT);
  }

  @Test
  void parse_wrongVersion_throwsUnsupportedFormat() {
    byte[] payload = new byte[33];
    payload[0] = 0x01;
    assertReason(Base58Check.encode(5, payload), Reason.UNSUPPORTED_FORMAT);
  }

  @Test
  void parse_shortKey_throwsWrongLength() {
    byte[] payload = new byte[32];
    payload[0] = 0x01;
    assertReason(Base58Check.encode(0, payload), Reason.WRONG_LENGTH);
  }

  @Test
  void parse_badChecksum_throwsBadChecksum() {
    assertReason("14MRZY2jc2ABDq1faCCMmXrkm2PXY9UBRTP1j9PWnFTKnCb7Hym", Reason.BAD_CHECKSUM);
  }

  @Property(tries = 60)
  void of_supportedKey_roundTripsOnBothNetworks(
      @ForAll boolean ed25519, @ForAll HeliumNetwork network, @ForAll long seed) throws NoSuchAlgorithmException {
    PublicKey key = SigningKey.generate(ed25519 ? KeyType.ED25519 : KeyType.P256, DidKeyTest.seeded(seed)).publicKey();
    if (!HeliumKey.isSupported(key)) {
      assertThatThrownBy(() -> HeliumKey.of(key, network)).isInstanceOf(IllegalArgumentException.class);
      return;
    }
    HeliumKey helium = HeliumKey.of(key, network);
    HeliumKey parsed = HeliumKey.parse(helium.toString());
    assertThat(parsed).isEqualTo(helium);
    assertThat(parsed.resolve()).isEqualTo(key);
    assertThat(parsed.network()).isEqualTo(network);
  }

  @Test
  void of_secp256k1_throwsIllegalArgument() {
    PublicKey key = SigningKey.generate(KeyType.SECP256K1, new java.security.SecureRandom()).publicKey();
    assertThat(HeliumKey.isSupported(key)).isFalse();
    assertThatThrownBy(() -> HeliumKey.of(key, HeliumNetwork.MAINNET)).isInstanceOf(IllegalArgumentException.class);
  }

  private static void assertReason(String text, Reason reason) {
    assertThatThrownBy(() -> HeliumKey.parse(text))
        .isInstanceOfSatisfying(DecodingException.class, e -> assertThat(e.reason()).isEqualTo(reason));
  }
}
