package io.depin.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.depin.core.DecodingException;
import io.depin.core.DecodingException.Reason;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The JSON Canonicalization Scheme (JCS, RFC 8785): one exact byte sequence for a JSON value, so a
 * signature over JSON does not depend on how it was formatted.
 *
 * <p>The output is UTF-8 without whitespace; object members are sorted by the UTF-16 code units of
 * their names (RFC 8785 §3.2.3); strings are escaped as §3.2.2.2 says (only {@code "}, {@code \},
 * and control characters, with {@code \b \t \n \f \r} short forms and lowercase <code>&#92;u00xx</code>
 * otherwise); numbers are IEEE-754 doubles written as ECMAScript's {@code Number.prototype.toString}
 * writes them (§3.2.2.3): {@code 1e+21}, {@code 1e-7}, {@code 0.000001}, {@code -0} as {@code 0}.
 *
 * <p>Parsing untrusted text ({@link #canonicalize(byte[])}, {@link #parse(byte[])}) is strict, as
 * the I-JSON profile (RFC 7493) that RFC 8785 builds on requires, and every rejection is a {@link
 * DecodingException}:
 *
 * <ul>
 *   <li>input over the size limit ({@link #DEFAULT_MAX_BYTES}) or nested deeper than the depth
 *       limit ({@link #DEFAULT_MAX_DEPTH}): {@link Reason#TOO_LONG}, the size checked before
 *       parsing;
 *   <li>invalid UTF-8, or a string holding a lone surrogate (raw or as a {@code \}{@code u} escape):
 *       {@link Reason#INVALID_CHARACTER};
 *   <li>a duplicate member name in an object, or anything that is not one JSON text (comments,
 *       trailing commas, {@code NaN}, single quotes, trailing data): {@link Reason#MALFORMED};
 *   <li>a number outside the double range, such as {@code 1e400}: {@link Reason#INVALID_VALUE}.
 * </ul>
 *
 * <p>In JSON text, numbers that a double cannot hold exactly (such as {@code 9007199254740993})
 * are not errors: RFC 8785 defines them to mean the nearest double. In a Java tree or object
 * ({@link #canonicalize(JsonNode)}, {@link #canonicalizeValue(Object)}) an integer or decimal that
 * a double cannot hold is refused instead, so that no signature covers a silently rounded amount.
 * Send large integers, such as amounts in base units, as strings.
 *
 * {@snippet :
 * byte[] canonical = CanonicalJson.canonicalize("{\"b\": 2.50, \"a\": [1E21, \"A\"]}");
 * // {"a":[1e+21,"A"],"b":2.5}
 * }
 *
 * <p>All methods are thread-safe.
 *
 * @since 0.1.0
 */
public final class CanonicalJson {
  /** The default size limit: 1 MiB of UTF-8 for byte input, 1 Mi characters for string input. */
  public static final int DEFAULT_MAX_BYTES = 1024 * 1024;

  /** The default limit on how deeply arrays and objects may nest; the outermost one is depth 1. */
  public static final int DEFAULT_MAX_DEPTH = 64;

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** The parser factory for the default depth, built once; thread-safe once built. */
  private static final JsonFactory DEFAULT_FACTORY = factory(DEFAULT_MAX_DEPTH);

  /** 2^53: every integer up to this magnitude is an exact double. */
  private static final long MAX_EXACT_INTEGER = 1L << 53;

  private CanonicalJson() {}

  /**
   * Canonicalizes a UTF-8 JSON text within the default limits.
   *
   * @param json untrusted UTF-8 JSON
   * @return the canonical UTF-8 bytes
   * @throws DecodingException if the input is too large, too deep, or not strict I-JSON
   */
  public static byte[] canonicalize(byte[] json) {
    return canonicalize(json, DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH);
  }

  /**
   * Canonicalizes a UTF-8 JSON text within the given limits.
   *
   * @param json untrusted UTF-8 JSON
   * @param maxBytes the largest input accepted, in bytes, checked before parsing
   * @param maxDepth the deepest nesting of arrays and objects accepted
   * @return the canonical UTF-8 bytes
   * @throws DecodingException if the input is too large, too deep, or not strict I-JSON
   */
  public static byte[] canonicalize(byte[] json, int maxBytes, int maxDepth) {
    return write(parse(json, maxBytes, maxDepth), maxDepth);
  }

  /**
   * Canonicalizes a JSON text given as a string within the default limits (the size limit counts
   * UTF-16 characters).
   *
   * @param json untrusted JSON
   * @return the canonical UTF-8 bytes
   * @throws DecodingException if the input is too large, too deep, or not strict I-JSON
   */
  public static byte[] canonicalize(String json) {
    return write(parse(json, DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH), DEFAULT_MAX_DEPTH);
  }

  /**
   * Canonicalizes a Jackson tree, nested at most {@link #DEFAULT_MAX_DEPTH} deep. Double and float
   * nodes are written as their double value. An integer or decimal node ({@code long}, {@code
   * BigInteger}, {@code BigDecimal}) must denote exactly the value its canonical double form
   * denotes ({@code 4.50} and {@code 10^21} do; {@code 9007199254740993} does not): a signature must
   * never cover a rounded amount, so send such values as strings.
   *
   * @param tree the value to canonicalize
   * @return the canonical UTF-8 bytes
   * @throws DecodingException if the tree is too deep, holds a non-finite number, an integer or
   *     decimal that a double cannot hold exactly ({@link Reason#INVALID_VALUE}), or a string with
   *     a lone surrogate
   * @throws IllegalArgumentException if the tree holds a node that is not JSON (binary, POJO or
   *     missing)
   */
  public static byte[] canonicalize(JsonNode tree) {
    return write(tree, DEFAULT_MAX_DEPTH);
  }

  /**
   * Converts a Java object to a tree with a default Jackson {@link ObjectMapper}, then
   * canonicalizes it as {@link #canonicalize(JsonNode)} does. Use it for records, maps and lists of
   * JSON-like values; encode {@code byte[]} fields as text first.
   *
   * @param value the object to convert
   * @return the canonical UTF-8 bytes
   * @throws DecodingException as {@link #canonicalize(JsonNode)}
   * @throws IllegalArgumentException if Jackson cannot convert the object to a JSON tree
   */
  public static byte[] canonicalizeValue(Object value) {
    JsonNode tree = MAPPER.valueToTree(value);
    return canonicalize(tree);
  }

  /**
   * Parses untrusted UTF-8 JSON strictly, within the default limits, into a tree whose numbers are
   * all doubles ({@link JsonNode#isDouble()}), the value RFC 8785 canonicalizes; {@code -0} becomes
   * {@code 0}, as in the canonical form.
   *
   * @param json untrusted UTF-8 JSON
   * @return the parsed tree
   * @throws DecodingException if the input is too large, too deep, or not strict I-JSON
   */
  public static JsonNode parse(byte[] json) {
    return parse(json, DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH);
  }

  /**
   * Parses untrusted UTF-8 JSON strictly within the given limits; see {@link #parse(byte[])}.
   *
   * @param json untrusted UTF-8 JSON
   * @param maxBytes the largest input accepted, in bytes, checked before parsing
   * @param maxDepth the deepest nesting of arrays and objects accepted
   * @return the parsed tree
   * @throws DecodingException if the input is too large, too deep, or not strict I-JSON
   */
  public static JsonNode parse(byte[] json, int maxBytes, int maxDepth) {
    if (json.length > maxBytes) {
      throw new DecodingException(
          Reason.TOO_LONG, "JSON input has " + json.length + " bytes; the limit is " + maxBytes);
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(json))
              .toString();
    } catch (CharacterCodingException e) {
      throw new DecodingException(Reason.INVALID_CHARACTER, "JSON input is not valid UTF-8", e);
    }
    return parseText(text, maxDepth);
  }

  /**
   * Parses untrusted JSON given as a string, strictly, within the given limits; see {@link
   * #parse(byte[])}.
   *
   * @param json untrusted JSON
   * @param maxChars the largest input accepted, in UTF-16 characters, checked before parsing
   * @param maxDepth the deepest nesting of arrays and objects accepted
   * @return the parsed tree
   * @throws DecodingException if the input is too large, too deep, or not strict I-JSON
   */
  public static JsonNode parse(String json, int maxChars, int maxDepth) {
    if (json.length() > maxChars) {
      throw new DecodingException(
          Reason.TOO_LONG, "JSON input has " + json.length() + " characters; the limit is " + maxChars);
    }
    return parseText(json, maxDepth);
  }

  private static JsonFactory factory(int maxDepth) {
    return JsonFactory.builder()
        .streamReadConstraints(
            StreamReadConstraints.builder()
                .maxNestingDepth(maxDepth)
                .maxStringLength(Integer.MAX_VALUE)
                .maxNameLength(Integer.MAX_VALUE)
                .build())
        // No shared symbol table: nothing carries over from one untrusted input to the next.
        .disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)
        .build();
  }

  private static JsonNode parseText(String text, int maxDepth) {
    JsonFactory factory = maxDepth == DEFAULT_MAX_DEPTH ? DEFAULT_FACTORY : factory(maxDepth);
    try (JsonParser parser = factory.createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new DecodingException(Reason.EMPTY, "JSON input holds no value");
      }
      JsonNode root = readValue(parser, first);
      if (parser.nextToken() != null) {
        throw new DecodingException(Reason.MALFORMED, "JSON input has data after its value");
      }
      return root;
    } catch (StreamConstraintsException e) {
      throw new DecodingException(Reason.TOO_LONG, "JSON input exceeds a limit: " + e.getOriginalMessage(), e);
    } catch (JsonProcessingException e) {
      // Jackson itself rejects some lone surrogates (a broken escape pair in a member name).
      String detail = String.valueOf(e.getOriginalMessage());
      Reason reason = detail.contains("surrogate") ? Reason.INVALID_CHARACTER : Reason.MALFORMED;
      throw new DecodingException(reason, "JSON input is malformed: " + detail, e);
    } catch (IOException e) {
      throw new DecodingException(Reason.MALFORMED, "JSON input could not be read", e);
    }
  }

  private static JsonNode readValue(JsonParser parser, JsonToken token) throws IOException {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    return switch (token) {
      case START_OBJECT -> {
        ObjectNode object = nodes.objectNode();
        JsonToken t;
        while ((t = parser.nextToken()) == JsonToken.FIELD_NAME) {
          String name = checkedString(parser.currentName());
          JsonNode member = readValue(parser, parser.nextToken());
          if (object.replace(name, member) != null) {
            throw new DecodingException(Reason.MALFORMED, "JSON object has a duplicate member name");
          }
        }
        expect(t, JsonToken.END_OBJECT);
        yield object;
      }
      case START_ARRAY -> {
        ArrayNode array = nodes.arrayNode();
        JsonToken t;
        while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
          if (t == null) {
            throw new DecodingException(Reason.MALFORMED, "JSON input ends inside an array");
          }
          array.add(readValue(parser, t));
        }
        yield array;
      }
      case VALUE_STRING -> nodes.textNode(checkedString(parser.getText()));
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        double d = Double.parseDouble(parser.getText());
        if (!Double.isFinite(d)) {
          throw new DecodingException(
              Reason.INVALID_VALUE, "JSON number is outside the range of an IEEE-754 double");
        }
        // RFC 8785 serializes -0 as 0, so the parsed value is 0 as well.
        yield nodes.numberNode(d == 0 ? 0.0 : d);
      }
      case VALUE_TRUE -> nodes.booleanNode(true);
      case VALUE_FALSE -> nodes.booleanNode(false);
      case VALUE_NULL -> nodes.nullNode();
      default -> throw new DecodingException(Reason.MALFORMED, "unexpected JSON token " + token);
    };
  }

  private static void expect(JsonToken actual, JsonToken expected) {
    if (actual != expected) {
      throw new DecodingException(Reason.MALFORMED, "JSON input has " + actual + " where " + expected + " belongs");
    }
  }

  private static String checkedString(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new DecodingException(
            Reason.INVALID_CHARACTER, "JSON string holds a lone surrogate at index " + i);
      }
    }
    return s;
  }

  private static byte[] write(JsonNode tree, int maxDepth) {
    StringBuilder out = new StringBuilder();
    writeValue(tree, out, 0, maxDepth);
    // Every string was checked for lone surrogates, so this encoding is lossless.
    CharBuffer chars = CharBuffer.wrap(out);
    ByteBuffer bytes = StandardCharsets.UTF_8.encode(chars);
    byte[] result = new byte[bytes.remaining()];
    bytes.get(result);
    return result;
  }

  private static void writeValue(JsonNode node, StringBuilder out, int depth, int maxDepth) {
    switch (node.getNodeType()) {
      case OBJECT -> {
        requireDepth(depth + 1, maxDepth);
        List<Map.Entry<String, JsonNode>> members = new ArrayList<>(node.properties());
        // String.compareTo compares UTF-16 code units, the order RFC 8785 §3.2.3 requires.
        members.sort(Map.Entry.comparingByKey());
        out.append('{');
        for (int i = 0; i < members.size(); i++) {
          if (i > 0) {
            out.append(',');
          }
          writeString(members.get(i).getKey(), out);
          out.append(':');
          writeValue(members.get(i).getValue(), out, depth + 1, maxDepth);
        }
        out.append('}');
      }
      case ARRAY -> {
        requireDepth(depth + 1, maxDepth);
        out.append('[');
        for (int i = 0; i < node.size(); i++) {
          if (i > 0) {
            out.append(',');
          }
          writeValue(node.get(i), out, depth + 1, maxDepth);
        }
        out.append(']');
      }
      case STRING -> writeString(node.textValue(), out);
      case NUMBER -> {
        double d = node.doubleValue();
        if (!Double.isFinite(d)) {
          throw new DecodingException(Reason.INVALID_VALUE, "NaN and infinities have no JSON representation");
        }
        String text = EcmaScriptNumber.toString(d);
        requireExact(node, text);
        out.append(text);
      }
      case BOOLEAN -> out.append(node.booleanValue() ? "true" : "false");
      case NULL -> out.append("null");
      case BINARY, POJO, MISSING ->
          throw new IllegalArgumentException(
              "a " + node.getNodeType() + " node is not JSON; convert it to text first");
    }
  }

  /**
   * Refuses a number given as an integer or a decimal (not a double) whose canonical double denotes
   * another value, such as the {@code long} 9007199254740993: RFC 8785 would silently sign its
   * neighbour 9007199254740992.
   */
  private static void requireExact(JsonNode node, String canonical) {
    if (node.isDouble() || node.isFloat() || node.isInt() || node.isShort()) {
      return;
    }
    long value = node.longValue();
    if (node.isLong() && value >= -MAX_EXACT_INTEGER && value <= MAX_EXACT_INTEGER) {
      return;
    }
    if (new BigDecimal(canonical).compareTo(node.decimalValue()) != 0) {
      throw new DecodingException(
          Reason.INVALID_VALUE,
          "the number "
              + node.asText()
              + " has no exact IEEE-754 double form (it would be signed as "
              + canonical
              + "); send it as a string");
    }
  }

  private static void requireDepth(int depth, int maxDepth) {
    if (depth > maxDepth) {
      throw new DecodingException(
          Reason.TOO_LONG, "JSON value nests deeper than the limit of " + maxDepth);
    }
  }

  private static void writeString(String s, StringBuilder out) {
    checkedString(s);
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append("\\u00").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 0xf, 16));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
