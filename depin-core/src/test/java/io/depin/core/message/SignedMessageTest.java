package io.depin.core.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.depin.core.DecodingException;
import io.depin.core.DecodingException.Reason;
import io.depin.core.bytes.Bytes;
import io.depin.core.crypto.CryptoException;
import io.depin.core.crypto.CryptoException.Code;
import io.depin.core.crypto.KeyType;
import io.depin.core.crypto.PublicKey;
import io.depin.core.crypto.SigningKey;
import io.depin.core.json.CanonicalJson;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SignedMessageTest {
  private static final MessageType UPTIME = MessageType.of("io.example.uptime-report/v1");
  private static final MessageType COVERAGE = MessageType.of("io.example.coverage-claim/v1");
  private static final String REPORT = "{\"device\":\"d-17\", \"uptimeSeconds\": 3600, \"epoch\": 12}";

  private static SigningKey key(KeyType type, long seed) {
    SecureRandom random;
    try {
      random = SecureRandom.getInstance("SHA1PRNG");
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
    random.setSeed(seed);
    return SigningKey.generate(type, random);
  }

  @ParameterizedTest
  @EnumSource(KeyType.class)
  void verify_signedForThatType_returnsPayload(KeyType keyType) throws CryptoException {
    SigningKey key = key(keyType, 1);
    SignedMessage signed = SignedMessage.sign(UPTIME, CanonicalJson.parse(REPORT, 4096, 8), key);

    VerifiedMessage verified = SignedMessage.fromJson(signed.toJson()).verify(UPTIME, key.publicKey());

    assertThat(verified.signer()).isEqualTo(key.publicKey());
    assertThat(verified.payload().get("uptimeSeconds").asLong()).isEqualTo(3600);
    assertThat(verified.canonicalPayload().toByteArray())
        .asString(StandardCharsets.UTF_8)
        .isEqualTo("{\"device\":\"d-17\",\"epoch\":12,\"uptimeSeconds\":3600}");
  }

  @Test
  void verify_otherExpectedType_throwsWrongMessageType() throws CryptoException {
    SignedMessage signed = SignedMessage.sign(UPTIME, CanonicalJson.parse(REPORT, 4096, 8), key(KeyType.ED25519, 2));
    assertThatThrownBy(() -> signed.verify(COVERAGE))
        .isInstanceOfSatisfying(CryptoException.class, e -> assertThat(e.code()).isEqualTo(Code.WRONG_MESSAGE_TYPE));
  }

  @ParameterizedTest
  @EnumSource(KeyType.class)
  void verify_typeRelabelledInJson_throwsInvalidSignature(KeyType keyType) throws CryptoException {
    SignedMessage signed = SignedMessage.sign(UPTIME, CanonicalJson.parse(REPORT, 4096, 8), key(keyType, 3));
    String relabelled = signed.toJson().replace(UPTIME.value(), COVERAGE.value());

    SignedMessage forged = SignedMessage.fromJson(relabelled);

    assertThat(forged.type()).isEqualTo(COVERAGE);
    assertThatThrownBy(() -> forged.verify(COVERAGE))
        .isInstanceOfSatisfying(CryptoException.class, e -> assertThat(e.code()).isEqualTo(Code.INVALID_SIGNATURE));
  }

  @ParameterizedTest
  @EnumSource(KeyType.class)
  void verify_signatureOverBarePayload_throwsInvalidSignature(KeyType keyType) throws CryptoException {
    SigningKey key = key(keyType, 4);
    byte[] canonical = CanonicalJson.canonicalize(REPORT);
    SignedMessage honest = SignedMessage.sign(UPTIME, CanonicalJson.parse(REPORT, 4096, 8), key);
    String withBareSignature =
        honest.toJson().replace(honest.signature().toBytes().toPrefixedHex(), key.sign(canonical).toBytes().toPrefixedHex());

    assertThatThrownBy(() -> SignedMessage.fromJson(withBareSignature).verify(UPTIME))
        .isInstanceOfSatisfying(CryptoException.class, e -> assertThat(e.code()).isEqualTo(Code.INVALID_SIGNATURE));
  }

  @Test
  void verify_payloadTampered_throwsInvalidSignature() throws CryptoException {
    SignedMessage signed = SignedMessage.sign(UPTIME, CanonicalJson.parse(REPORT, 4096, 8), key(KeyType.SECP256K1, 5));
    String tampered = signed.toJson().replace("3600", "36000");
    assertThatThrownBy(() -> SignedMessage.fromJson(tampered).verify(UPTIME))
        .isInstanceOfSatisfying(CryptoException.class, e -> assertThat(e.code()).isEqualTo(Code.INVALID_SIGNATURE));
  }

  @Test
  void verify_signerSwapped_throws() throws CryptoException {
    SigningKey device = key(KeyType.ED25519, 6);
    SigningKey attacker = key(KeyType.ED25519, 7);
    SignedMessage signed = SignedMessage.sign(UPTIME, CanonicalJson.parse(REPORT, 4096, 8), device);
    String swapped =
        signed.toJson().replace(Bytes.of(device.publicKey().toRaw()).toHex(), Bytes.of(attacker.publicKey().toRaw()).toHex());

    assertThatThrownBy(() -> SignedMessage.fromJson(swapped).verify(UPTIME))
        .isInstanceOfSatisfying(CryptoException.class, e -> assertThat(e.code()).isEqualTo(Code.INVALID_SIGNATURE));
    assertThatThrownBy(() -> signed.verify(UPTIME, attacker.publicKey()))
        .isInstanceOfSatisfying(CryptoException.class, e -> assertThat(e.code()).isEqualTo(Code.UNEXPECTED_SIGNER));
  }

  @Test
  void toJson_isCanonicalAndRoundTrips() throws CryptoException {
    SignedMessage signed = SignedMessage.sign(UPTIME, CanonicalJson.parse(REPORT, 4096, 8), key(KeyType.P256, 8));
    byte[] json = signed.toJsonBytes();
    assertThat(CanonicalJson.canonicalize(json)).isEqualTo(json);
    assertThat(SignedMessage.fromJson(json)).isEqualTo(signed);
    assertThat(signed.toString()).doesNotContain("3600");
  }

  @Test
  void fromJson_malformed_throwsTypedDecodingException() throws CryptoException {
    String good = SignedMessage.sign(UPTIME, CanonicalJson.parse(REPORT, 4096, 8), key(KeyType.ED25519, 9)).toJson();
    assertReason(good.replace("\"type\"", "\"kind\""), Reason.MALFORMED);
    assertReason(good.replace("}", ",\"extra\":1}"), Reason.MALFORMED);
    assertReason(good.replace("\"ed25519\"", "\"rsa\""), Reason.UNSUPPORTED_FORMAT);
    assertReason(good.replaceFirst("\"signature\":\"0x..", "\"signature\":\"0xzz"), Reason.INVALID_CHARACTER);
    assertReason(good.replace("io.example.uptime-report/v1", "Bad Type"), Reason.INVALID_VALUE);
    assertReason("[]", Reason.MALFORMED);
    assertReason("{\"payload\":" + "[".repeat(100) + "]".repeat(100) + "}", Reason.TOO_LONG);
    assertThatThrownBy(() -> SignedMessage.fromJson(new byte[SignedMessage.DEFAULT_MAX_JSON_BYTES + 1]))
        .isInstanceOfSatisfying(DecodingException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LONG));
  }

  private static void assertReason(String json, Reason reason) {
    assertThatThrownBy(() -> SignedMessage.fromJson(json))
        .isInstanceOfSatisfying(DecodingException.class, e -> assertThat(e.reason()).isEqualTo(reason));
  }

  @Property(tries = 50)
  void signThenVerify_anyPayload_roundTrips(
      @ForAll KeyType keyType, @ForAll @AlphaChars @StringLength(max = 40) String name, @ForAll long value)
      throws CryptoException {
    var payload = CanonicalJson.parse("{\"k" + name + "\":" + value + ",\"n\":[1,2,3]}", 4096, 8);
    SigningKey key = key(keyType, value);
    SignedMessage signed = SignedMessage.sign(UPTIME, payload, key);
    assertThat(SignedMessage.fromJson(signed.toJson()).verify(UPTIME).payload()).isEqualTo(payload);
  }

  @ParameterizedTest
  @EnumSource(KeyType.class)
  void fromJsonWithExpectedSigner_sameKey_equalsPlainParseAndReusesTheKey(KeyType keyType)
      throws CryptoException {
    SigningKey key = key(keyType, 21);
    byte[] wire = SignedMessage.sign(UPTIME, CanonicalJson.parse(REPORT, 4096, 8), key).toJsonBytes();
    PublicKey expected = PublicKey.fromRaw(keyType, key.publicKey().toRaw());

    SignedMessage hinted = SignedMessage.fromJson(wire, expected);

    assertThat(hinted).isEqualTo(SignedMessage.fromJson(wire));
    assertThat(hinted.signer()).isSameAs(expected);
    assertThat(hinted.verify(UPTIME, key.publicKey()).signer()).isEqualTo(key.publicKey());
  }

  @Property(tries = 30)
  void fromJsonWithExpectedSigner_anyHint_equalsPlainParse(
      @ForAll KeyType signerType, @ForAll KeyType hintType, @ForAll boolean sameKey,
      @ForAll long seed) throws CryptoException {
    SigningKey key = key(signerType, seed);
    PublicKey hint = sameKey ? key.publicKey() : key(hintType, seed + 1).publicKey();
    byte[] wire = SignedMessage.sign(UPTIME, CanonicalJson.parse(REPORT, 4096, 8), key).toJsonBytes();

    SignedMessage hinted = SignedMessage.fromJson(wire, hint);

    assertThat(hinted).isEqualTo(SignedMessage.fromJson(wire));
    assertThat(hinted.toJsonBytes()).isEqualTo(wire);
    assertThat(hinted.verify(UPTIME).signer()).isEqualTo(key.publicKey());
  }

  @Test
  void fromJsonWithExpectedSigner_otherKey_decodesTheEmbeddedKey() throws CryptoException {
    SigningKey key = key(KeyType.ED25519, 22);
    PublicKey other = key(KeyType.ED25519, 23).publicKey();
    byte[] wire = SignedMessage.sign(UPTIME, CanonicalJson.parse(REPORT, 4096, 8), key).toJsonBytes();

    SignedMessage hinted = SignedMessage.fromJson(wire, other);

    assertThat(hinted.signer()).isEqualTo(key.publicKey()).isNotEqualTo(other);
    assertThatThrownBy(() -> hinted.verify(UPTIME, other))
        .isInstanceOfSatisfying(CryptoException.class,
            e -> assertThat(e.code()).isEqualTo(Code.UNEXPECTED_SIGNER));
  }

  @Test
  void fromJsonWithExpectedSigner_invalidEmbeddedKey_throwsLikePlainParse() throws CryptoException {
    SigningKey key = key(KeyType.ED25519, 24);
    ObjectNode root = (ObjectNode) CanonicalJson.parse(
        SignedMessage.sign(UPTIME, CanonicalJson.parse(REPORT, 4096, 8), key).toJsonBytes());
    // The identity point: a valid encoding of a point of small order, which keys must not be.
    ((ObjectNode) root.get("signer")).put("publicKey", "0x01" + "00".repeat(31));
    byte[] wire = CanonicalJson.canonicalize(root);

    DecodingException plain = catchThrowableOfType(
        DecodingException.class, () -> SignedMessage.fromJson(wire));
    DecodingException hinted = catchThrowableOfType(
        DecodingException.class, () -> SignedMessage.fromJson(wire, key.publicKey()));

    assertThat(plain).isNotNull();
    assertThat(hinted).isNotNull();
    assertThat(hinted.reason()).isEqualTo(plain.reason());
    assertThat(hinted).hasMessage(plain.getMessage());
  }

  @Test
  void sign_payloadTooDeepForTheJsonForm_throwsTooLong() throws CryptoException {
    // 64 nested arrays canonicalize, but inside the JSON form's root object they are 65 deep.
    com.fasterxml.jackson.databind.JsonNode deep = CanonicalJson.parse("[".repeat(64) + "]".repeat(64), 4096, 64);
    SigningKey key = key(KeyType.ED25519, 7);

    assertThatThrownBy(() -> SignedMessage.sign(UPTIME, deep, key))
        .isInstanceOfSatisfying(
            DecodingException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LONG));

    com.fasterxml.jackson.databind.JsonNode deepest =
        CanonicalJson.parse("[".repeat(63) + "]".repeat(63), 4096, 64);
    SignedMessage ok = SignedMessage.sign(UPTIME, deepest, key);
    assertThat(SignedMessage.fromJson(ok.toJson())).isEqualTo(ok);
  }

  @Test
  void fromJson_payloadWhoseCanonicalFormExceedsTheLimit_throwsTooLong() throws CryptoException {
    // "1e20" canonicalizes to 21 digits: a JSON form under the size limit whose canonical payload is
    // over it could be parsed but neither re-serialized nor read back from a VerifiedMessage.
    int count = 200_000;
    String payload = "[" + "1e20,".repeat(count - 1) + "1e20]";
    SignedMessage small = SignedMessage.sign(UPTIME, CanonicalJson.parse("[1]", 64, 2), key(KeyType.ED25519, 8));
    String wire = small.toJson().replace("\"payload\":[1]", "\"payload\":" + payload);
    assertThat(wire.length()).isLessThan(SignedMessage.DEFAULT_MAX_JSON_BYTES);

    assertThatThrownBy(() -> SignedMessage.fromJson(wire))
        .isInstanceOfSatisfying(
            DecodingException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LONG));
  }

  @Test
  void messageType_invalidTag_throws() {
    for (String bad : new String[] {"", "Upper", " lead", "a b", "é", "x".repeat(129), "/lead"}) {
      assertThatThrownBy(() -> MessageType.of(bad)).isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(MessageType.of("a").value()).isEqualTo("a");
  }
}
