package io.depin.proofs.coverage.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.depin.core.DecodingException;
import io.depin.core.DecodingException.Reason;
import io.depin.core.bytes.Bytes;
import io.depin.core.bytes.Hash32;
import io.depin.core.json.JsonFields;
import io.depin.proofs.vrf.VrfSuite;
import java.time.Instant;

/** Readers and names shared by the coverage kinds' wire forms. */
public final class CoverageJson {
  private CoverageJson() {}

  /**
   * Reads 32 bytes of prefixed hex.
   *
   * @param node the object
   * @param member the member
   * @return the hash
   * @throws DecodingException if the member is not 32 bytes of prefixed hex
   */
  public static Hash32 hash32(JsonNode node, String member) {
    Bytes bytes = JsonFields.hex(node, member, Hash32.LENGTH);
    if (bytes.length() != Hash32.LENGTH) {
      throw new DecodingException(
          Reason.WRONG_LENGTH, "'" + member + "' must be " + Hash32.LENGTH + " bytes");
    }
    return Hash32.of(bytes);
  }

  /**
   * Reads a timestamp in whole milliseconds since the epoch.
   *
   * @param node the object
   * @param member the member
   * @return the instant
   * @throws DecodingException if the member is not a safe non-negative integer
   */
  public static Instant millis(JsonNode node, String member) {
    return Instant.ofEpochMilli(JsonFields.safeInteger(node, member));
  }

  /**
   * Reads a VRF suite by its RFC 9381 name.
   *
   * @param node the object
   * @param member the member
   * @return the suite
   * @throws DecodingException if the name is not one of a supported suite
   */
  public static VrfSuite suite(JsonNode node, String member) {
    String name = JsonFields.text(node, member);
    for (VrfSuite suite : VrfSuite.values()) {
      if (suite.rfcName().equals(name)) {
        return suite;
      }
    }
    throw new DecodingException(Reason.UNSUPPORTED_FORMAT, "unknown VRF suite '" + name + "'");
  }
}
