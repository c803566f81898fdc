package io.depin.core.message;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.depin.core.DecodingException;
import io.depin.core.DecodingException.Reason;
import io.depin.core.bytes.Bytes;
import io.depin.core.crypto.CryptoException;
import io.depin.core.crypto.CryptoException.Code;
import io.depin.core.crypto.PublicKey;
import io.depin.core.crypto.Signature;
import io.depin.core.crypto.Signer;
import io.depin.core.json.CanonicalJson;
import io.depin.core.json.JsonFields;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A JSON payload signed for one stated purpose: type tag + canonical payload + signer + signature.
 *
 * <p>The signature covers the domain-separated bytes below, never the bare payload, so a signature
 * made for one {@link MessageType} (or by one key) never verifies for another:
 *
 * <pre>
 *   "depin.signed-message.v1" 0x00
 *   u8  length of type   || type (ASCII)
 *   u8  key type (1 = Ed25519, 2 = secp256k1, 3 = P-256)
 *   u8  length of signer || signer's raw public key (Ed25519: 32 bytes; ECDSA: SEC1 compressed)
 *   u32 length of payload (big-endian) || payload as RFC 8785 canonical JSON (UTF-8)
 * </pre>
 *
 * <p>The JSON form ({@link #toJson()}) is itself canonical:
 *
 * <pre>{@code
 * {"payload":{...},"signature":"0x…","signer":{"keyType":"ed25519","publicKey":"0x…"},
 *  "type":"io.example.uptime-report/v1"}
 * }</pre>
 *
 * {@snippet :
 * MessageType uptime = MessageType.of("io.example.uptime-report/v1");
 * SignedMessage signed = SignedMessage.sign(uptime, CanonicalJson.parse(reportJson), deviceKey);
 * String wire = signed.toJson();
 *
 * // on the receiving side: the type is required, the signature checked, the payload returned
 * VerifiedMessage verified = SignedMessage.fromJson(wire).verify(uptime);
 * }
 *
 * <p>Immutable and thread-safe. Verification uses each key type's default policy ({@link
 * PublicKey#verify(byte[], Signature)}): strict RFC 8032 Ed25519, low-S secp256k1.
 *
 * @since 0.1.0
 */
public final class SignedMessage {
  /** The largest JSON form {@link #fromJson(byte[])} accepts by default. */
  public static final int DEFAULT_MAX_JSON_BYTES = CanonicalJson.DEFAULT_MAX_BYTES + 4096;

  /**
   * The largest canonical payload, in bytes, that {@link #sign} and {@link #fromJson(byte[])}
   * accept, so that every message has a JSON form and a {@link VerifiedMessage#payload()}.
   */
  public static final int MAX_PAYLOAD_BYTES = CanonicalJson.DEFAULT_MAX_BYTES;

  /**
   * The deepest nesting of arrays and objects in a payload: one less than {@link
   * CanonicalJson#DEFAULT_MAX_DEPTH}, because the JSON form wraps the payload in an object.
   */
  public static final int MAX_PAYLOAD_DEPTH = CanonicalJson.DEFAULT_MAX_DEPTH - 1;

  private static final byte[] DOMAIN = "depin.signed-message.v1\0".getBytes(StandardCharsets.US_ASCII);
  private static final Set<String> MEMBERS = Set.of("payload", "signature", "signer", "type");

  private final MessageType type;
  private final Bytes canonicalPayload;
  private final PublicKey signer;
  private final Signature signature;

  private SignedMessage(
      MessageType type, Bytes canonicalPayload, PublicKey signer, Signature signature) {
    this.type = type;
    this.canonicalPayload = canonicalPayload;
    this.signer = signer;
    this.signature = signature;
  }

  /**
   * Signs {@code payload} for {@code type}.
   *
   * @param type the purpose of the message
   * @param payload the JSON payload; it is canonicalized (RFC 8785) before signing
   * @param signer the key that signs, in memory or in hardware
   * @return the signed message
   * @throws CryptoException if the signer fails to sign
   * @throws DecodingException if the payload cannot be canonicalized (a non-finite number, a
   *     string with a lone surrogate), or with {@link Reason#TOO_LONG} if it nests deeper than
   *     {@link #MAX_PAYLOAD_DEPTH} or its canonical form exceeds {@link #MAX_PAYLOAD_BYTES}
   */
  public static SignedMessage sign(MessageType type, JsonNode payload, Signer signer)
      throws CryptoException {
    Objects.requireNonNull(type, "type");
    byte[] canonicalBytes = CanonicalJson.canonicalize(payload);
    requirePayloadSize(canonicalBytes);
    // Checks the depth the JSON form needs; the limits are those fromJson applies.
    CanonicalJson.parse(canonicalBytes, MAX_PAYLOAD_BYTES, MAX_PAYLOAD_DEPTH);
    Bytes canonical = Bytes.of(canonicalBytes);
    PublicKey key = signer.publicKey();
    Signature signature = signer.sign(signingInput(type, key, canonical));
    if (signature.keyType() != key.keyType()) {
      throw new CryptoException(
          Code.KEY_TYPE_MISMATCH, "the signer returned a " + signature.keyType() + " signature");
    }
    return new SignedMessage(type, canonical, key, signature);
  }

  /**
   * Returns the exact bytes a signer signs for a message of {@code type} by {@code signer} with
   * {@code canonicalPayload}; see the class documentation for the layout. Useful for signing on a
   * device that cannot run this SDK.
   *
   * @param type the purpose of the message
   * @param signer the public key of the signer
   * @param canonicalPayload the payload's RFC 8785 canonical bytes
   * @return the bytes to sign
   */
  public static byte[] signingInput(MessageType type, PublicKey signer, Bytes canonicalPayload) {
    byte[] tag = type.value().getBytes(StandardCharsets.US_ASCII);
    byte[] key = signer.toRaw();
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 + tag.length + canonicalPayload.length());
    out.writeBytes(DOMAIN);
    out.write(tag.length);
    out.writeBytes(tag);
    out.write(signer.keyType().code());
    out.write(key.length);
    out.writeBytes(key);
    int n = canonicalPayload.length();
    out.write(n >>> 24);
    out.write(n >>> 16);
    out.write(n >>> 8);
    out.write(n);
    out.writeBytes(canonicalPayload.toByteArray());
    return out.toByteArray();
  }

  /**
   * Checks the signature and that the message was made for {@code expectedType}, and returns its
   * content. The signer is whoever holds the embedded key: check {@link VerifiedMessage#signer()}
   * against the keys you trust, or use {@link #verify(MessageType, PublicKey)}.
   *
   * @param expectedType the only type the caller accepts
   * @return the verified content
   * @throws CryptoException with {@link Code#WRONG_MESSAGE_TYPE} if the type differs, or the code
   *     of the failed signature check
   */
  public VerifiedMessage verify(MessageType expectedType) throws CryptoException {
    if (!type.equals(expectedType)) {
      throw new CryptoException(
          Code.WRONG_MESSAGE_TYPE,
          "the message is of type '" + type + "', not '" + expectedType + "'");
    }
    signer.verify(signingInput(type, signer, canonicalPayload), signature);
    return new VerifiedMessage(type, signer, canonicalPayload);
  }

  /**
   * Like {@link #verify(MessageType)}, and also requires the message to be signed by {@code
   * expectedSigner}.
   *
   * @param expectedType the only type the caller accepts
   * @param expectedSigner the only key the caller accepts
   * @return the verified content
   * @throws CryptoException with {@link Code#UNEXPECTED_SIGNER} if another key signed, {@link
   *     Code#WRONG_MESSAGE_TYPE} if the type differs, or the code of the failed signature check
   */
  public VerifiedMessage verify(MessageType expectedType, PublicKey expectedSigner)
      throws CryptoException {
    if (!signer.equals(expectedSigner)) {
      throw new CryptoException(
          Code.UNEXPECTED_SIGNER, "the message is signed by " + signer + ", not " + expectedSigner);
    }
    return verify(expectedType);
  }

  /** {@return the type the message claims; not verified until {@link #verify}} */
  public MessageType type() {
    return type;
  }

  /** {@return the key the message claims as signer; not verified until {@link #verify}} */
  public PublicKey signer() {
    return signer;
  }

  /** {@return the signature} */
  public Signature signature() {
    return signature;
  }

  /** {@return the payload's canonical bytes; not verified until {@link #verify}} */
  public Bytes canonicalPayload() {
    return canonicalPayload;
  }

  /** {@return the JSON form, itself RFC 8785 canonical} */
  public String toJson() {
    return new String(toJsonBytes(), StandardCharsets.UTF_8);
  }

  /** {@return the JSON form as UTF-8 bytes, itself RFC 8785 canonical} */
  public byte[] toJsonBytes() {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    ObjectNode root = nodes.objectNode();
    root.put("type", type.value());
    JsonFields.putKey(root, "signer", signer);
    root.set("payload", CanonicalJson.parse(canonicalPayload.toByteArray()));
    root.put("signature", signature.toBytes().toPrefixedHex());
    return CanonicalJson.canonicalize(root);
  }

  /**
   * Parses the JSON form, up to {@link #DEFAULT_MAX_JSON_BYTES}. Parsing checks structure only:
   * call {@link #verify} before trusting anything in it.
   *
   * @param json the JSON form, UTF-8
   * @return the message
   * @throws DecodingException if the input is too large (or its canonical payload exceeds {@link
   *     #MAX_PAYLOAD_BYTES}), not strict JSON, lacks a member or has an extra one, or holds an
   *     invalid type, key or signature encoding
   */
  public static SignedMessage fromJson(byte[] json) {
    return fromJson(json, null);
  }

  /**
   * Parses the JSON form like {@link #fromJson(byte[])}, but when the embedded signer has exactly
   * {@code expectedSigner}'s type and raw encoding, takes {@code expectedSigner} as the signer
   * instead of decoding and validating the key again (for Ed25519 that validation costs about as
   * much as verifying the signature). The result and the exceptions equal those of {@link
   * #fromJson(byte[])}; nothing is verified.
   *
   * {@snippet :
   * SignedMessage message = SignedMessage.fromJson(wire, registeredKey);
   * message.verify(type, registeredKey);
   * }
   *
   * @param json the JSON form, UTF-8
   * @param expectedSigner the key the caller expects to have signed, already decoded, or {@code
   *     null}
   * @return the message
   * @throws DecodingException as {@link #fromJson(byte[])}
   * @since 0.1.0
   */
  public static SignedMessage fromJson(byte[] json, @Nullable PublicKey expectedSigner) {
    JsonNode root = CanonicalJson.parse(json, DEFAULT_MAX_JSON_BYTES, CanonicalJson.DEFAULT_MAX_DEPTH);
    JsonFields.requireMembers(root, MEMBERS, "message");
    MessageType type;
    try {
      type = MessageType.of(JsonFields.text(root, "type"));
    } catch (IllegalArgumentException e) {
      throw new DecodingException(
          Reason.INVALID_VALUE, Objects.requireNonNullElse(e.getMessage(), e.toString()), e);
    }
    PublicKey signer = JsonFields.key(root, "signer", expectedSigner);
    Signature signature = JsonFields.signature(root, "signature", signer.keyType());
    byte[] payload = CanonicalJson.canonicalize(root.get("payload"));
    // Canonical numbers can be longer than the text they came from ("1e20" has 21 digits).
    requirePayloadSize(payload);
    return new SignedMessage(type, Bytes.of(payload), signer, signature);
  }

  private static void requirePayloadSize(byte[] canonicalPayload) {
    if (canonicalPayload.length > MAX_PAYLOAD_BYTES) {
      throw new DecodingException(
          Reason.TOO_LONG,
          "the canonical payload has " + canonicalPayload.length + " bytes; the limit is "
              + MAX_PAYLOAD_BYTES);
    }
  }

  /**
   * Parses the JSON form; see {@link #fromJson(byte[])}.
   *
   * @param json the JSON form
   * @return the message
   * @throws DecodingException if the input is not a valid JSON form
   */
  public static SignedMessage fromJson(String json) {
    if (json.length() > DEFAULT_MAX_JSON_BYTES) {
      throw new DecodingException(
          Reason.TOO_LONG, "a signed message is at most " + DEFAULT_MAX_JSON_BYTES + " bytes");
    }
    return fromJson(json.getBytes(StandardCharsets.UTF_8));
  }

  /** Two messages are equal when type, payload, signer and signature are all equal. */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof SignedMessage other
        && type.equals(other.type)
        && canonicalPayload.equals(other.canonicalPayload)
        && signer.equals(other.signer)
        && signature.equals(other.signature);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, canonicalPayload, signer, signature);
  }

  @Override
  public String toString() {
    return "SignedMessage[type=" + type + ", signer=" + signer + "]";
  }
}
