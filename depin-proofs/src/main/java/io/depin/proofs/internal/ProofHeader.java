package io.depin.proofs.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.depin.core.DecodingException;
import io.depin.core.DecodingException.Reason;
import io.depin.core.json.JsonFields;
import io.depin.devices.DeviceId;
import io.depin.proofs.ReplayToken;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * The signed payload of a proof envelope: device, replay token, timestamp and the kind's body.
 *
 * <pre>{@code
 * {"body":{...},"device":"0x…64 hex","sequence":42,"timestamp":1767225600000}
 * {"body":{...},"device":"0x…64 hex","nonce":"0x…","timestamp":1767225600000}
 * }</pre>
 *
 * <p>The timestamp is in milliseconds since the epoch.
 *
 * @param device the device that made the proof
 * @param token the sequence number or nonce
 * @param timestamp when the proof was made, in whole milliseconds
 * @param body the kind's payload
 */
public record ProofHeader(DeviceId device, ReplayToken token, Instant timestamp, JsonNode body) {
  private static final Set<String> WITH_SEQUENCE = Set.of("body", "device", "sequence", "timestamp");
  private static final Set<String> WITH_NONCE = Set.of("body", "device", "nonce", "timestamp");

  /** Checks that no component is null. */
  public ProofHeader {
    Objects.requireNonNull(device, "device");
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(timestamp, "timestamp");
    Objects.requireNonNull(body, "body");
  }

  /**
   * Reads the header strictly.
   *
   * @param node the signed payload
   * @return the header
   * @throws DecodingException if a member is missing, extra or invalid
   */
  public static ProofHeader read(JsonNode node) {
    boolean sequenced = node.has("sequence");
    JsonFields.requireMembers(node, sequenced ? WITH_SEQUENCE : WITH_NONCE, "proof");
    DeviceId device = DeviceId.parse(JsonFields.text(node, "device"));
    ReplayToken token;
    try {
      token =
          sequenced
              ? ReplayToken.sequence(JsonFields.safeInteger(node, "sequence"))
              : ReplayToken.nonce(JsonFields.hex(node, "nonce", ReplayToken.MAX_NONCE_BYTES));
    } catch (IllegalArgumentException e) {
      if (e instanceof DecodingException d) {
        throw d;
      }
      throw new DecodingException(
          Reason.INVALID_VALUE, Objects.requireNonNullElse(e.getMessage(), e.toString()), e);
    }
    Instant timestamp = Instant.ofEpochMilli(JsonFields.safeInteger(node, "timestamp"));
    return new ProofHeader(device, token, timestamp, node.get("body"));
  }

  /** {@return the header as the JSON object that is signed} */
  public ObjectNode write() {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.set("body", body);
    node.put("device", device.toString());
    switch (token) {
      case ReplayToken.Sequence s -> node.put("sequence", s.value());
      case ReplayToken.Nonce n -> node.put("nonce", n.value().toPrefixedHex());
    }
    node.put("timestamp", timestamp.toEpochMilli());
    return node;
  }
}
