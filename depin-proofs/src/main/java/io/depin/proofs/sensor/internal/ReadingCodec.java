package io.depin.proofs.sensor.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.depin.core.DecodingException;
import io.depin.core.DecodingException.Reason;
import io.depin.core.bytes.Hash32;
import io.depin.core.json.JsonFields;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Strict JSON members shared by the sensor kinds: names, decimals, hashes. */
public final class ReadingCodec {
  /** A sensor id, type or unit: 1 to 64 printable ASCII characters, no spaces or quotes. */
  public static final Pattern NAME = Pattern.compile("[A-Za-z0-9%._:/+-]{1,64}");

  /** A plain decimal: optional minus, no leading zeros, at most 18 fraction digits. */
  private static final Pattern DECIMAL = Pattern.compile("-?(0|[1-9][0-9]{0,29})(\\.[0-9]{1,18})?");

  private ReadingCodec() {}

  /**
   * Reads a name member.
   *
   * @param node the object
   * @param member the member
   * @return the name
   * @throws DecodingException if it is not a string matching {@link #NAME}
   */
  public static String name(JsonNode node, String member) {
    String text = JsonFields.text(node, member);
    if (text.length() > 64 || !NAME.matcher(text).matches()) {
      throw new DecodingException(Reason.INVALID_CHARACTER,
          "'" + member + "' is 1 to 64 characters of A-Z a-z 0-9 % . _ : / + -");
    }
    return text;
  }

  /**
   * Checks a name for a record constructor.
   *
   * @param value the name
   * @param what what it names
   * @return the name
   * @throws IllegalArgumentException if it does not match {@link #NAME}
   */
  public static String requireName(String value, String what) {
    if (value.length() > 64 || !NAME.matcher(value).matches()) {
      throw new IllegalArgumentException(
          what + " is 1 to 64 characters of A-Z a-z 0-9 % . _ : / + -: '" + value + "'");
    }
    return value;
  }

  /**
   * Reads a decimal written as a JSON string, keeping its scale.
   *
   * @param node the object
   * @param member the member
   * @return the value
   * @throws DecodingException if it is not a plain decimal string
   */
  public static BigDecimal decimal(JsonNode node, String member) {
    String text = JsonFields.text(node, member);
    if (text.length() > 50 || !DECIMAL.matcher(text).matches() || text.equals("-0")
        || (text.startsWith("-0.") && text.chars().skip(3).allMatch(c -> c == '0'))) {
      throw new DecodingException(Reason.INVALID_VALUE,
          "'" + member + "' must be a plain decimal string such as \"21.5\"");
    }
    return new BigDecimal(text);
  }

  /**
   * Checks a value for a record constructor: the wire form must be able to carry it.
   *
   * @param value the value
   * @param what what it is
   * @return the value
   * @throws IllegalArgumentException if its plain form does not match the wire form
   */
  public static BigDecimal requireDecimal(BigDecimal value, String what) {
    String text = value.toPlainString();
    if (text.length() > 50 || !DECIMAL.matcher(text).matches()) {
      throw new IllegalArgumentException(
          what + " must have at most 30 integer and 18 fraction digits: " + text);
    }
    return value;
  }

  /**
   * Reads a 32-byte hash as {@code 0x} and 64 hex digits.
   *
   * @param node the object
   * @param member the member
   * @return the hash
   * @throws DecodingException if it is not a 32-byte hex string
   */
  public static Hash32 hash(JsonNode node, String member) {
    byte[] bytes = JsonFields.hex(node, member, Hash32.LENGTH).toByteArray();
    if (bytes.length != Hash32.LENGTH) {
      throw new DecodingException(Reason.WRONG_LENGTH, "'" + member + "' must be 32 bytes");
    }
    return Hash32.of(bytes);
  }

  /** {@return a new empty object node} */
  public static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }
}
