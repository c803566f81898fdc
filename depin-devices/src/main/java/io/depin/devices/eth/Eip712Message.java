package io.depin.devices.eth;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.depin.core.DecodingException;
import io.depin.core.DecodingException.Reason;
import io.depin.core.bytes.Hash32;
import io.depin.core.crypto.KeyType;
import io.depin.core.crypto.SigningKey;
import io.depin.core.eth.EthAddress;
import io.depin.core.eth.EthSignature;
import io.depin.devices.eth.internal.TypedDataHasher;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An EIP-712 typed-data message, read from the JSON document that {@code eth_signTypedData_v4}
 * takes: {@code {"types": ..., "primaryType": ..., "domain": ..., "message": ...}}.
 *
 * <p>{@link #digest()} is the EIP-712 signing hash {@code keccak256(0x19 0x01 || domainSeparator ||
 * hashStruct(message))}, computed with web3j's encoder. {@link #parse(String)} checks the size first
 * and then the shape strictly:
 *
 * <ul>
 *   <li>at most {@link #MAX_JSON_CHARS} characters, checked before parsing; no duplicate keys;
 *   <li>exactly the four top-level members above; {@code primaryType} names a declared type other
 *       than {@code EIP712Domain};
 *   <li>the domain has {@code name}, {@code version}, {@code chainId} (an integer from 0 to
 *       2<sup>63</sup>-1, or its decimal string), {@code verifyingContract} and optionally {@code
 *       salt}, and {@code types.EIP712Domain} declares exactly those fields, in that order, with
 *       the EIP-712 types {@code string}, {@code string}, {@code uint256}, {@code address}, {@code
 *       bytes32};
 *   <li>if the primary type declares a {@code nonce} field of an unsigned integer type, its value
 *       (a JSON integer or a decimal string) fits in 0 to 2<sup>63</sup>-1;
 *   <li>web3j can encode every value with its declared type.
 * </ul>
 *
 * {@snippet :
 * Eip712Message message = Eip712Message.parse(typedDataJson);
 * EthSignature signature = message.sign(deviceKey);           // a secp256k1 key
 * VerifiedEip712Message ok = verifier.verify(message, signature, deviceAddress);
 * }
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Eip712Message {
  /** The largest document {@link #parse(String)} reads, in characters (64 KiB). */
  public static final int MAX_JSON_CHARS = 64 * 1024;

  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS);
  private static final Set<String> TOP_LEVEL = Set.of("types", "primaryType", "domain", "message");
  private static final List<String> DOMAIN_FIELDS =
      List.of("name", "version", "chainId", "verifyingContract", "salt");
  private static final List<String> DOMAIN_TYPES =
      List.of("string", "string", "uint256", "address", "bytes32");

  private final String json;
  private final String primaryType;
  private final Eip712Domain domain;
  private final @Nullable Long nonce;
  private final TypedDataHasher hashes;

  private Eip712Message(
      String json, String primaryType, Eip712Domain domain, @Nullable Long nonce, TypedDataHasher hashes) {
    this.json = json;
    this.primaryType = primaryType;
    this.domain = domain;
    this.nonce = nonce;
    this.hashes = hashes;
  }

  /**
   * Parses and hashes a typed-data document.
   *
   * @param json the document
   * @return the message
   * @throws DecodingException with {@link Reason#TOO_LONG} for a document over {@link
   *     #MAX_JSON_CHARS}, {@link Reason#EMPTY} for an empty one, {@link Reason#MALFORMED} for
   *     invalid JSON or a shape the rules above do not allow, {@link Reason#INVALID_VALUE} for a
   *     chain id or nonce out of range or a bad address or salt
   */
  public static Eip712Message parse(String json) {
    Objects.requireNonNull(json, "json");
    if (json.length() > MAX_JSON_CHARS) {
      throw new DecodingException(
          Reason.TOO_LONG,
          "a typed-data document has at most " + MAX_JSON_CHARS + " characters, not " + json.length());
    }
    if (json.isBlank()) {
      throw new DecodingException(Reason.EMPTY, "the typed-data document is empty");
    }
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JacksonException e) {
      throw new DecodingException(Reason.MALFORMED, "the typed-data document is not valid JSON", e);
    }
    ObjectNode doc = object(root, "the typed-data document");
    for (Iterator<String> it = doc.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!TOP_LEVEL.contains(name)) {
        throw malformed("unknown top-level member \"" + name + "\"");
      }
    }
    ObjectNode types = object(doc.get("types"), "types");
    JsonNode primaryNode = doc.get("primaryType");
    if (primaryNode == null || !primaryNode.isTextual()) {
      throw malformed("primaryType is not a string");
    }
    String primaryType = primaryNode.textValue();
    if (primaryType.equals("EIP712Domain") || !types.has(primaryType)) {
      throw malformed("primaryType names no declared message type");
    }
    ObjectNode domainNode = object(doc.get("domain"), "domain");
    ObjectNode message = object(doc.get("message"), "message");
    Eip712Domain domain = readDomain(types, domainNode);
    Long nonce = readNonce(types.get(primaryType), message);
    String canonical;
    try {
      canonical = MAPPER.writeValueAsString(doc);
    } catch (JacksonException e) {
      throw new DecodingException(Reason.MALFORMED, "the typed-data document cannot be written", e);
    }
    return new Eip712Message(canonical, primaryType, domain, nonce, TypedDataHasher.hash(canonical));
  }

  /** {@return the domain the message is signed for} */
  public Eip712Domain domain() {
    return domain;
  }

  /** {@return the name of the message's primary type} */
  public String primaryType() {
    return primaryType;
  }

  /** {@return the message's {@code nonce} field, if its primary type declares one} */
  public OptionalLong nonce() {
    return nonce == null ? OptionalLong.empty() : OptionalLong.of(nonce);
  }

  /** {@return the domain separator, {@code hashStruct(domain)}} */
  public Hash32 domainSeparator() {
    return hashes.domainSeparator();
  }

  /** {@return {@code hashStruct(message)}} */
  public Hash32 hashStruct() {
    return hashes.messageHash();
  }

  /** {@return the EIP-712 digest that is signed: {@code keccak256(0x19 0x01 || domainSeparator || hashStruct(message))}} */
  public Hash32 digest() {
    return hashes.digest();
  }

  /**
   * Signs the message's digest (deterministically, with low {@code s}).
   *
   * @param key a secp256k1 key
   * @return the 65-byte signature
   * @throws IllegalArgumentException if the key is not secp256k1
   */
  public EthSignature sign(SigningKey key) {
    if (key.keyType() != KeyType.SECP256K1) {
      throw new IllegalArgumentException("EIP-712 messages are signed with secp256k1 keys, not " + key.keyType());
    }
    return EthSignature.sign(key, digest());
  }

  /** {@return the document as compact JSON, with the members as parsed} */
  public String toJson() {
    return json;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Eip712Message other && json.equals(other.json);
  }

  @Override
  public int hashCode() {
    return json.hashCode();
  }

  /** {@return the primary type, the domain and the digest} */
  @Override
  public String toString() {
    return "Eip712Message[" + primaryType + ", " + domain + ", digest=" + digest() + "]";
  }

  private static Eip712Domain readDomain(ObjectNode types, ObjectNode domain) {
    JsonNode declared = types.get("EIP712Domain");
    if (declared == null || !declared.isArray()) {
      throw malformed("types.EIP712Domain is not declared");
    }
    List<String> expectedFields = new ArrayList<>();
    for (String field : DOMAIN_FIELDS) {
      if (domain.has(field)) {
        expectedFields.add(field);
      }
    }
    if (domain.size() != expectedFields.size()) {
      throw malformed("the domain has a member other than name, version, chainId, verifyingContract, salt");
    }
    if (declared.size() != expectedFields.size()) {
      throw malformed("types.EIP712Domain does not declare exactly the domain's members");
    }
    for (int i = 0; i < declared.size(); i++) {
      JsonNode entry = declared.get(i);
      String field = expectedFields.get(i);
      String type = DOMAIN_TYPES.get(DOMAIN_FIELDS.indexOf(field));
      if (!entry.isObject()
          || entry.size() != 2
          || !field.equals(entry.path("name").textValue())
          || !type.equals(entry.path("type").textValue())) {
        throw malformed("types.EIP712Domain entry " + i + " is not {\"name\":\"" + field + "\",\"type\":\"" + type + "\"}");
      }
    }
    for (String required : List.of("name", "version", "chainId", "verifyingContract")) {
      if (!domain.has(required)) {
        throw malformed("the domain has no " + required);
      }
    }
    String name = text(domain.get("name"), "domain.name");
    String version = text(domain.get("version"), "domain.version");
    long chainId = unsignedLong(domain.get("chainId"), "domain.chainId");
    domain.put("chainId", chainId);
    EthAddress contract = EthAddress.parse(text(domain.get("verifyingContract"), "domain.verifyingContract"));
    Hash32 salt = domain.has("salt") ? Hash32.fromHex(text(domain.get("salt"), "domain.salt")) : null;
    return new Eip712Domain(name, version, chainId, contract, salt);
  }

  private static @Nullable Long readNonce(JsonNode declared, ObjectNode message) {
    if (!declared.isArray()) {
      throw malformed("the primary type's declaration is not an array");
    }
    for (JsonNode entry : declared) {
      if ("nonce".equals(entry.path("name").textValue())) {
        String type = entry.path("type").textValue();
        if (type == null || !type.startsWith("uint") || type.contains("[")) {
          throw malformed("the nonce field is not declared as an unsigned integer");
        }
        long nonce = unsignedLong(message.get("nonce"), "message.nonce");
        message.put("nonce", nonce);
        return nonce;
      }
    }
    return null;
  }

  private static long unsignedLong(@Nullable JsonNode node, String what) {
    if (node != null && node.isIntegralNumber()) {
      if (node.canConvertToLong() && node.longValue() >= 0) {
        return node.longValue();
      }
    } else if (node != null && node.isTextual()) {
      String s = node.textValue();
      if (!s.isEmpty() && s.length() <= 19 && s.chars().allMatch(c -> c >= '0' && c <= '9')) {
        try {
          return Long.parseLong(s);
        } catch (NumberFormatException e) {
          throw new DecodingException(Reason.INVALID_VALUE, what + " is larger than 2^63-1", e);
        }
      }
    } else {
      throw malformed(what + " is not an integer or a decimal string");
    }
    throw new DecodingException(Reason.INVALID_VALUE, what + " is not in 0 to 2^63-1");
  }

  private static String text(@Nullable JsonNode node, String what) {
    if (node == null || !node.isTextual()) {
      throw malformed(what + " is not a string");
    }
    return node.textValue();
  }

  private static ObjectNode object(@Nullable JsonNode node, String what) {
    if (node instanceof ObjectNode o) {
      return o;
    }
    throw malformed(what + " is not a JSON object");
  }

  private static DecodingException malformed(String message) {
    return new DecodingException(Reason.MALFORMED, message);
  }
}
