package io.depin.proofs.bandwidth.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.depin.core.DecodingException;
import io.depin.core.DecodingException.Reason;
import io.depin.core.bytes.Hash32;
import io.depin.core.json.JsonFields;
import io.depin.devices.DeviceId;
import io.depin.proofs.bandwidth.TransferReceipt;
import java.util.Set;

/**
 * The JSON form of a {@link TransferReceipt}:
 * {@code {"bytes":…,"provider":"0x…","sequence":…,"session":"0x…"}}.
 */
public final class ReceiptJson {
  private static final Set<String> MEMBERS = Set.of("bytes", "provider", "sequence", "session");

  private ReceiptJson() {}

  /**
   * Decodes a receipt strictly.
   *
   * @param node the JSON
   * @return the receipt
   * @throws DecodingException if a member is missing, extra, of the wrong type or out of range
   */
  public static TransferReceipt decode(JsonNode node) {
    JsonFields.requireMembers(node, MEMBERS, "receipt");
    Hash32 session = hash(node, "session");
    DeviceId provider = new DeviceId(hash(node, "provider"));
    return new TransferReceipt(
        session,
        provider,
        JsonFields.safeInteger(node, "bytes"),
        JsonFields.safeInteger(node, "sequence"));
  }

  /**
   * Encodes a receipt.
   *
   * @param receipt the receipt
   * @return its JSON form
   */
  public static ObjectNode encode(TransferReceipt receipt) {
    return JsonNodeFactory.instance
        .objectNode()
        .put("bytes", receipt.bytes())
        .put("provider", receipt.provider().toString())
        .put("sequence", receipt.sequence())
        .put("session", receipt.session().toPrefixedHex());
  }

  /**
   * Reads a member holding {@code 0x} and 64 hex digits.
   *
   * @param node the object
   * @param member the member
   * @return the hash
   * @throws DecodingException if it is not exactly 32 bytes of prefixed hex
   */
  public static Hash32 hash(JsonNode node, String member) {
    byte[] bytes = JsonFields.hex(node, member, Hash32.LENGTH).toByteArray();
    if (bytes.length != Hash32.LENGTH) {
      throw new DecodingException(
          Reason.WRONG_LENGTH, "'" + member + "' must be 32 bytes, not " + bytes.length);
    }
    return Hash32.of(bytes);
  }
}
