package io.depin.core.merkle.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.depin.core.DecodingException;
import io.depin.core.DecodingException.Reason;
import io.depin.core.bytes.Bytes;
import io.depin.core.bytes.Hash32;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Writes and reads the JSON dumps of OpenZeppelin's merkle-tree ({@code standard-v1} and {@code
 * simple-v1}), compact, with keys in the library's order, so a dump is byte-identical to {@code
 * JSON.stringify(tree.dump())}.
 */
public final class TreeDumps {
  /** The largest dump accepted, in characters (a 1,000,000-leaf dump is about 200 MB). */
  public static final int MAX_CHARS = 1 << 30;

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonFactory FACTORY = MAPPER.getFactory();

  private TreeDumps() {}

  /** A parsed dump, checked for shape but not for hashes. */
  @SuppressWarnings("ArrayRecordComponent") // an internal result, never compared with equals
  public record Parsed(
      @Nullable List<String> leafEncoding, SortedPairTree tree, List<JsonNode> values, int[] treeIndex) {}

  /**
   * Writes a dump.
   *
   * @param leafEncoding null for {@code simple-v1}
   * @param values each leaf's value, already in JSON form
   */
  public static String write(
      String format,
      @Nullable List<String> leafEncoding,
      SortedPairTree tree,
      List<?> values,
      int[] treeIndex) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("format", format);
      if (leafEncoding != null) {
        g.writeArrayFieldStart("leafEncoding");
        for (String type : leafEncoding) {
          g.writeString(type);
        }
        g.writeEndArray();
      }
      g.writeArrayFieldStart("tree");
      for (int i = 0; i < tree.length(); i++) {
        g.writeString(tree.node(i).toPrefixedHex());
      }
      g.writeEndArray();
      g.writeArrayFieldStart("values");
      for (int v = 0; v < values.size(); v++) {
        g.writeStartObject();
        g.writeFieldName("value");
        writeValue(g, values.get(v));
        g.writeNumberField("treeIndex", treeIndex[v]);
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("writing to a StringWriter cannot fail", e);
    }
    return out.toString();
  }

  private static void writeValue(JsonGenerator g, @Nullable Object value) throws IOException {
    if (value instanceof List<?> list) {
      g.writeStartArray();
      for (Object o : list) {
        writeValue(g, o);
      }
      g.writeEndArray();
    } else if (value instanceof Boolean b) {
      g.writeBoolean(b);
    } else {
      g.writeString(toJsonText(value));
    }
  }

  /** Returns the dump text of a scalar leaf value: numbers in decimal, bytes as 0x hex. */
  private static String toJsonText(@Nullable Object value) {
    if (value instanceof String s) {
      return s;
    }
    if (value instanceof Bytes b) {
      return b.toPrefixedHex();
    }
    if (value instanceof Hash32 h) {
      return h.toPrefixedHex();
    }
    if (value instanceof BigInteger || value instanceof Long || value instanceof Integer
        || value instanceof Short || value instanceof Byte) {
      return value.toString();
    }
    throw new IllegalStateException("not a leaf value: " + value);
  }

  /**
   * Converts a dumped leaf value back to Java: a string stays a {@link String}, a boolean becomes a
   * {@link Boolean}, an integral number (as JavaScript writes a {@code number} value) a {@link
   * BigInteger}, and an array an unmodifiable {@link List} of converted elements.
   *
   * @throws DecodingException for anything else (null, objects, fractions)
   */
  public static Object fromJson(JsonNode node) {
    if (node.isTextual()) {
      return node.textValue();
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    if (node.isIntegralNumber()) {
      return node.bigIntegerValue();
    }
    if (node.isArray()) {
      List<Object> list = new ArrayList<>(node.size());
      for (JsonNode element : node) {
        list.add(fromJson(element));
      }
      return Collections.unmodifiableList(list);
    }
    throw new DecodingException(
        Reason.MALFORMED,
        "a leaf value must be a JSON string, boolean, integer or array, not " + node.getNodeType());
  }

  /**
   * Parses a dump of {@code format}, checking its structure: the format name, odd tree length,
   * 0x-hex nodes, one value per leaf and each value at a distinct leaf position.
   *
   * @throws DecodingException if the dump is malformed
   */
  public static Parsed read(String json, String format) {
    if (json.length() > MAX_CHARS) {
      throw new DecodingException(Reason.TOO_LONG, "dump longer than " + MAX_CHARS + " characters");
    }
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new DecodingException(Reason.MALFORMED, "dump is not valid JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw malformed("dump must be a JSON object");
    }
    JsonNode f = root.get("format");
    if (f == null || !f.isTextual()) {
      throw malformed("dump has no \"format\"");
    }
    if (!format.equals(f.textValue())) {
      throw new DecodingException(
          Reason.UNSUPPORTED_FORMAT, "expected format " + format + ", got '" + shorten(f.textValue()) + "'");
    }
    List<String> leafEncoding = null;
    if (format.equals("standard-v1")) {
      JsonNode enc = array(root, "leafEncoding");
      leafEncoding = new ArrayList<>();
      for (JsonNode t : enc) {
        if (!t.isTextual()) {
          throw malformed("leafEncoding must hold type names");
        }
        leafEncoding.add(t.textValue());
      }
      leafEncoding = List.copyOf(leafEncoding);
    }
    JsonNode treeNode = array(root, "tree");
    if (treeNode.size() % 2 == 0) {
      throw new DecodingException(Reason.WRONG_LENGTH, "a tree has an odd number of nodes, not " + treeNode.size());
    }
    List<Hash32> nodes = new ArrayList<>(treeNode.size());
    for (JsonNode h : treeNode) {
      if (!h.isTextual() || !h.textValue().startsWith("0x")) {
        throw malformed("tree nodes must be 0x-prefixed hex strings");
      }
      nodes.add(Hash32.fromHex(h.textValue()));
    }
    SortedPairTree tree = SortedPairTree.fromNodes(nodes);
    JsonNode valuesNode = array(root, "values");
    if (valuesNode.size() != tree.leafCount()) {
      throw new DecodingException(
          Reason.INVALID_VALUE,
          "the tree has " + tree.leafCount() + " leaves but the dump lists " + valuesNode.size() + " values");
    }
    List<JsonNode> values = new ArrayList<>(valuesNode.size());
    int[] treeIndex = new int[valuesNode.size()];
    boolean[] used = new boolean[tree.length()];
    for (int v = 0; v < valuesNode.size(); v++) {
      JsonNode entry = valuesNode.get(v);
      JsonNode value = entry.get("value");
      JsonNode index = entry.get("treeIndex");
      if (value == null || index == null || !index.canConvertToInt() || !index.isIntegralNumber()) {
        throw malformed("values[" + v + "] needs a value and an integer treeIndex");
      }
      int i = index.intValue();
      if (!tree.isLeaf(i) || used[i]) {
        throw new DecodingException(
            Reason.INVALID_VALUE, "values[" + v + "].treeIndex " + i + " is not a distinct leaf position");
      }
      used[i] = true;
      values.add(value);
      treeIndex[v] = i;
    }
    int bad = tree.firstInvalidNode();
    if (bad >= 0) {
      throw new DecodingException(Reason.INVALID_VALUE, "tree node " + bad + " is not the hash of its children");
    }
    return new Parsed(leafEncoding, tree, List.copyOf(values), treeIndex);
  }

  private static JsonNode array(JsonNode root, String field) {
    JsonNode node = root.get(field);
    if (node == null || !node.isArray()) {
      throw malformed("dump has no \"" + field + "\" array");
    }
    return node;
  }

  private static DecodingException malformed(String message) {
    return new DecodingException(Reason.MALFORMED, message);
  }

  private static String shorten(String s) {
    return s.length() <= 40 ? s : s.substring(0, 37) + "...";
  }
}
