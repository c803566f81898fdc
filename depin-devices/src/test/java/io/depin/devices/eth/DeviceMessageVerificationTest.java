package io.depin.devices.eth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.depin.core.DecodingException;
import io.depin.core.bytes.Hex;
import io.depin.core.crypto.KeyType;
import io.depin.core.crypto.SigningKey;
import io.depin.core.eth.EthAddress;
import io.depin.core.eth.EthSignature;
import io.depin.devices.eth.DeviceMessageException.Code;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class DeviceMessageVerificationTest {
  private static final SigningKey DEVICE =
      SigningKey.fromRaw(KeyType.SECP256K1, Hex.decode("0x0123456789012345678901234567890123456789012345678901234567890123"));
  private static final EthAddress ADDRESS = EthAddress.fromPublicKey(DEVICE.publicKey());

  static String reading(long nonce) {
    return """
        {"types":{"EIP712Domain":[{"name":"name","type":"string"},{"name":"version","type":"string"},
        {"name":"chainId","type":"uint256"},{"name":"verifyingContract","type":"address"}],
        "Reading":[{"name":"device","type":"address"},{"name":"value","type":"uint256"},{"name":"nonce","type":"uint64"}]},
        "primaryType":"Reading",
        "domain":{"name":"DePIN","version":"1","chainId":8453,"verifyingContract":"0x1111111111111111111111111111111111111111"},
        "message":{"device":"%s","value":42,"nonce":%d}}""".formatted(ADDRESS.toLowerHex(), nonce);
  }

  @Test
  void verify_reusedNonce_throwsNonceReplayed() throws Exception {
    Eip712Message message = Eip712Message.parse(reading(7));
    Eip712Verifier verifier = Eip712Verifier.withNonces(message.domain(), new InMemoryNonceTracker(16));
    EthSignature signature = message.sign(DEVICE);
    assertThat(verifier.verify(message, signature, ADDRESS).signer()).isEqualTo(ADDRESS);
    assertThatThrownBy(() -> verifier.verify(message, signature, ADDRESS))
        .isInstanceOfSatisfying(DeviceMessageException.class, e -> assertThat(e.code()).isEqualTo(Code.NONCE_REPLAYED));
  }

  @Test
  void verify_nonceBelowWindow_throwsNonceOutOfWindow() throws Exception {
    Eip712Message later = Eip712Message.parse(reading(100));
    Eip712Message old = Eip712Message.parse(reading(10));
    Eip712Verifier verifier = Eip712Verifier.withNonces(later.domain(), new InMemoryNonceTracker(16));
    verifier.verify(later, later.sign(DEVICE), ADDRESS);
    assertThatThrownBy(() -> verifier.verify(old, old.sign(DEVICE), ADDRESS))
        .isInstanceOfSatisfying(DeviceMessageException.class, e -> assertThat(e.code()).isEqualTo(Code.NONCE_OUT_OF_WINDOW));
  }

  @Test
  void verify_noNonceField_throwsNonceMissing() throws Exception {
    Eip712Message mail = Eip712VectorsTest.mailMessage();
    Eip712Verifier verifier = Eip712Verifier.withNonces(mail.domain(), new InMemoryNonceTracker(16));
    SigningKey cow = SigningKey.fromRaw(KeyType.SECP256K1, Hex.decode(Eip712VectorsTest.mail().get("privateKey").asText()));
    assertThatThrownBy(() -> verifier.verify(mail, mail.sign(cow), EthAddress.fromPublicKey(cow.publicKey())))
        .isInstanceOfSatisfying(DeviceMessageException.class, e -> assertThat(e.code()).isEqualTo(Code.NONCE_MISSING));
  }

  @Test
  void consume_outOfOrderWithinWindow_acceptsEachOnce() throws DeviceMessageException {
    InMemoryNonceTracker nonces = new InMemoryNonceTracker(8);
    nonces.consume(ADDRESS, 5);
    nonces.consume(ADDRESS, 3);
    nonces.consume(ADDRESS, 9);
    nonces.consume(ADDRESS, 4);
    assertThatThrownBy(() -> nonces.consume(ADDRESS, 3)).isInstanceOf(DeviceMessageException.class);
    assertThatThrownBy(() -> nonces.consume(ADDRESS, 5)).isInstanceOf(DeviceMessageException.class);
    assertThatThrownBy(() -> nonces.consume(ADDRESS, 1))
        .isInstanceOfSatisfying(DeviceMessageException.class, e -> assertThat(e.code()).isEqualTo(Code.NONCE_OUT_OF_WINDOW));
  }

  @Test
  void verify_personalMessageVectors_acceptExpectedSignerRejectOthers() throws IOException {
    JsonNode root = Eip712VectorsTest.resource("/vectors/ethereum/eth_eip191_address_vectors.json");
    List<String> failures = new ArrayList<>();
    for (JsonNode v : root.get("eip191_sign_vectors")) {
      byte[] message = Hex.decode(v.get("message_hex").asText());
      EthSignature signature = EthSignature.fromHex(v.get("signature").asText());
      EthAddress expected = EthAddress.parse(v.get("address").asText().toLowerCase(java.util.Locale.ROOT));
      SigningKey key = SigningKey.fromRaw(KeyType.SECP256K1, Hex.decode(v.get("privateKey").asText()));
      try {
        DevicePersonalMessage.verify(message, signature, expected);
        if (!DevicePersonalMessage.sign(key, message).equals(signature)) {
          failures.add(v.get("name").asText() + ": signature differs");
        }
        DevicePersonalMessage.verify(message, signature, EthAddress.of(new byte[20]));
        failures.add(v.get("name").asText() + ": accepted for another address");
      } catch (DeviceMessageException e) {
        if (e.code() != Code.UNEXPECTED_SIGNER) {
          failures.add(v.get("name").asText() + ": " + e.code());
        }
      }
    }
    assertThat(failures).isEmpty();
  }

  /** Flips one bit of one signed field: the message, the domain or the signature. */
  @Property(tries = 200)
  void verify_anySingleBitFlip_isRejected(
      @ForAll @IntRange(min = 0, max = 6) int field, @ForAll @IntRange(min = 0, max = 519) int bit) throws Exception {
    Eip712Message original = Eip712Message.parse(reading(1));
    EthSignature signature = original.sign(DEVICE);
    Eip712Verifier verifier = Eip712Verifier.ignoringNonces(original.domain());
    ObjectNode doc = (ObjectNode) Eip712VectorsTest.JSON.readTree(original.toJson());
    ObjectNode domain = (ObjectNode) doc.get("domain");
    ObjectNode message = (ObjectNode) doc.get("message");
    byte[] sig = signature.toByteArray();
    switch (field) {
      case 0 -> message.put("device", flipHex(message.get("device").asText(), bit % 160));
      case 1 -> message.put("value", 42L ^ (1L << (bit % 62)));
      case 2 -> message.put("nonce", 1L ^ (1L << (bit % 62)));
      case 3 -> domain.put("chainId", 8453L ^ (1L << (bit % 62)));
      case 4 -> domain.put("verifyingContract", flipHex(domain.get("verifyingContract").asText(), bit % 160));
      case 5 -> domain.put("name", flipAscii(domain.get("name").asText(), bit % 35));
      default -> sig[bit / 8] ^= (byte) (1 << (bit % 8));
    }
    try {
      Eip712Message tampered = Eip712Message.parse(doc.toString());
      verifier.verify(tampered, EthSignature.of(sig), ADDRESS);
      throw new AssertionError("a flipped bit in field " + field + " was accepted");
    } catch (DeviceMessageException | DecodingException expected) {
      // rejected, as it must be
    }
  }

  private static String flipHex(String hex, int bit) {
    byte[] b = Hex.decode(hex);
    b[bit / 8] ^= (byte) (1 << (bit % 8));
    return "0x" + Hex.encode(b);
  }

  private static String flipAscii(String s, int bit) {
    char[] c = s.toCharArray();
    c[(bit / 7) % c.length] ^= (char) (1 << (bit % 7));
    return new String(c);
  }
}
