package io.depin.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.depin.core.DecodingException;
import io.depin.core.DecodingException.Reason;
import io.depin.core.bytes.Bytes;
import io.depin.core.bytes.Hex;
import io.depin.core.crypto.KeyType;
import io.depin.core.crypto.PublicKey;
import io.depin.core.crypto.Signature;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Strict readers and writers for the members of JSON wire forms: an exact member set, strings,
 * safe integers, {@code 0x}-prefixed hex, key objects and signatures. Every reader rejects a
 * missing, extra or ill-typed member with a {@link DecodingException}, so a wire format built on
 * these methods has one strict behaviour.
 *
 * {@snippet :
 * JsonNode root = CanonicalJson.parse(json);
 * JsonFields.requireMembers(root, Set.of("device", "signature"), "report");
 * PublicKey device = JsonFields.key(root, "device");        // {"keyType":"p256","publicKey":"0x…"}
 * Signature sig = JsonFields.signature(root, "signature", device.keyType());
 * }
 *
 * <p>Key types are written in lowercase ({@code ed25519}, {@code secp256k1}, {@code p256}).
 *
 * @since 0.1.0
 */
public final class JsonFields {
  private static final Set<String> KEY_MEMBERS = Set.of("keyType", "publicKey");
  private static final long MAX_SAFE_INTEGER = (1L << 53) - 1;

  private JsonFields() {}

  /**
   * Requires {@code node} to be an object with exactly the members {@code expected}.
   *
   * @param node the node
   * @param expected the member names
   * @param what what the object is, for the message
   * @throws DecodingException if a member is missing or unknown, or the node is not an object
   */
  public static void requireMembers(JsonNode node, Set<String> expected, String what) {
    if (!node.isObject()) {
      throw new DecodingException(Reason.MALFORMED, "the " + what + " must be a JSON object");
    }
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!expected.contains(name)) {
        throw new DecodingException(Reason.MALFORMED, "unknown member '" + name + "' in the " + what);
      }
    }
    for (String name : expected) {
      if (!node.has(name)) {
        throw new DecodingException(Reason.MALFORMED, "the " + what + " has no '" + name + "'");
      }
    }
  }

  /**
   * Reads a string member.
   *
   * @param node the object
   * @param member the member name
   * @return the string
   * @throws DecodingException if the member is absent or not a string
   */
  public static String text(JsonNode node, String member) {
    JsonNode value = node.get(member);
    if (value == null || !value.isTextual()) {
      throw new DecodingException(Reason.MALFORMED, "'" + member + "' must be a string");
    }
    return value.textValue();
  }

  /**
   * Reads a non-negative integer member no larger than 2^53 - 1.
   *
   * @param node the object
   * @param member the member name
   * @return the integer
   * @throws DecodingException if the member is absent, not a number, or not such an integer
   */
  public static long safeInteger(JsonNode node, String member) {
    JsonNode value = node.get(member);
    if (value == null || !value.isNumber()) {
      throw new DecodingException(Reason.MALFORMED, "'" + member + "' must be a number");
    }
    double d = value.doubleValue();
    if (!(d >= 0 && d <= MAX_SAFE_INTEGER) || d != Math.rint(d)) {
      throw new DecodingException(
          Reason.INVALID_VALUE, "'" + member + "' must be an integer in [0, 2^53 - 1]");
    }
    return (long) d;
  }

  /**
   * Reads {@code 0x}-prefixed hex of at most {@code maxBytes} bytes.
   *
   * @param node the object
   * @param member the member name
   * @param maxBytes the largest decoded length accepted
   * @return the bytes
   * @throws DecodingException if the member is absent, too long or not prefixed hex
   */
  public static Bytes hex(JsonNode node, String member, int maxBytes) {
    String text = text(node, member);
    if (!text.startsWith("0x")) {
      throw new DecodingException(Reason.MALFORMED, "'" + member + "' must start with 0x");
    }
    return Bytes.of(Hex.decode(text, 2 + 2 * maxBytes));
  }

  /**
   * Reads a key object {@code {"keyType":…,"publicKey":"0x…"}}.
   *
   * @param node the object holding the key
   * @param member the member name
   * @return the key
   * @throws DecodingException if the key object or key is invalid
   */
  public static PublicKey key(JsonNode node, String member) {
    return key(node, member, null);
  }

  /**
   * Reads a key object like {@link #key(JsonNode, String)}, but returns {@code known} instead of
   * decoding the key again when the object holds exactly {@code known}'s type and raw encoding.
   * Decoding validates the point, which for Ed25519 costs about as much as verifying a signature;
   * a caller that already holds the key it expects (a registry's key for the claimed device) skips
   * that work. The result equals {@code key(node, member)}, and so do the exceptions.
   *
   * @param node the object holding the key
   * @param member the member name
   * @param known a key already decoded and validated, or {@code null}
   * @return the key
   * @throws DecodingException if the key object or key is invalid
   * @since 0.1.0
   */
  public static PublicKey key(JsonNode node, String member, @Nullable PublicKey known) {
    JsonNode keyNode = node.get(member);
    if (keyNode == null) {
      throw new DecodingException(Reason.MALFORMED, "'" + member + "' is missing");
    }
    requireMembers(keyNode, KEY_MEMBERS, member + " key");
    KeyType keyType = keyTypeNamed(text(keyNode, "keyType"));
    byte[] raw = hex(keyNode, "publicKey", 65).toByteArray();
    if (known != null && known.keyType() == keyType && Arrays.equals(known.toRaw(), raw)) {
      return known;
    }
    return PublicKey.fromRaw(keyType, raw);
  }

  /**
   * Writes a key object {@code {"keyType":…,"publicKey":"0x…"}}.
   *
   * @param parent the object to write into
   * @param member the member name
   * @param key the key
   */
  public static void putKey(ObjectNode parent, String member, PublicKey key) {
    ObjectNode keyNode = parent.putObject(member);
    keyNode.put("keyType", keyTypeName(key.keyType()));
    keyNode.put("publicKey", "0x" + Hex.encode(key.toRaw()));
  }

  /**
   * Reads a signature of {@code keyType} as {@code 0x} and 128 hex digits.
   *
   * @param node the object
   * @param member the member name
   * @param keyType the type of the key that made it
   * @return the signature
   * @throws DecodingException if the member is absent or not 64 bytes of prefixed hex
   */
  public static Signature signature(JsonNode node, String member, KeyType keyType) {
    return Signature.of(keyType, hex(node, member, Signature.LENGTH).toByteArray());
  }

  /**
   * Returns the wire name of a key type.
   *
   * @param keyType the key type
   * @return {@code ed25519}, {@code secp256k1} or {@code p256}
   */
  public static String keyTypeName(KeyType keyType) {
    return keyType.name().toLowerCase(Locale.ROOT);
  }

  /**
   * Returns the key type with a wire name.
   *
   * @param name {@code ed25519}, {@code secp256k1} or {@code p256}
   * @return the key type
   * @throws DecodingException with {@link Reason#UNSUPPORTED_FORMAT} for any other name
   */
  public static KeyType keyTypeNamed(String name) {
    for (KeyType keyType : KeyType.values()) {
      if (keyTypeName(keyType).equals(name)) {
        return keyType;
      }
    }
    throw new DecodingException(Reason.UNSUPPORTED_FORMAT, "unknown key type '" + name + "'");
  }
}
