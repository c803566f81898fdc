package io.depin.testkit.proofs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.depin.core.json.CanonicalJson;
import java.util.function.Consumer;

/** Edits a proof's wire form as JSON, as an attacker on the network could. */
final class Tamper {
  private Tamper() {}

  /** The top-level envelope; {@code payload} is the signed header, {@code body} the kind's. */
  static byte[] envelope(byte[] wire, Consumer<ObjectNode> edit) {
    JsonNode root = CanonicalJson.parse(wire);
    edit.accept((ObjectNode) root);
    return CanonicalJson.canonicalize(root);
  }

  static byte[] header(byte[] wire, Consumer<ObjectNode> edit) {
    return envelope(wire, root -> edit.accept((ObjectNode) root.get("payload")));
  }

  /** Flips the lowest bit of the hex digit at {@code index} (after the {@code 0x}) of a string. */
  static String flipHexDigit(String hex, int index) {
    int at = 2 + Math.floorMod(index, hex.length() - 2);
    int digit = Character.digit(hex.charAt(at), 16) ^ 1;
    return hex.substring(0, at) + Character.forDigit(digit, 16) + hex.substring(at + 1);
  }
}
