package io.depin.tokenomics.config.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.depin.tokenomics.config.ConfigException;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One value of a YAML document with its key path and position, and typed readers that fail with a
 * {@link ConfigException} naming both. Mappings reject duplicate keys, aliases ({@code *name}) are
 * rejected (the parser would hand over the anchor's name instead of its value); numbers keep their
 * source text so that amounts stay exact.
 */
public final class YamlNode {
  /** The largest configuration document accepted, in characters. */
  public static final int MAX_DOCUMENT_CHARS = 4 * 1024 * 1024;

  private static final int MAX_DEPTH = 64;
  private static final YAMLFactory FACTORY =
      YAMLFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
          .build();

  private enum Shape {
    MAPPING,
    SEQUENCE,
    SCALAR,
    NULL
  }

  private final String source;
  private final String path;
  private final int line;
  private final int column;
  private final Shape shape;
  private final String text;
  private final Map<String, YamlNode> members;
  private final List<YamlNode> elements;

  private YamlNode(
      String source,
      String path,
      JsonLocation at,
      Shape shape,
      String text,
      Map<String, YamlNode> members,
      List<YamlNode> elements) {
    this.source = source;
    this.path = path;
    this.line = Math.max(0, at.getLineNr());
    this.column = Math.max(0, at.getColumnNr());
    this.shape = shape;
    this.text = text;
    this.members = members;
    this.elements = elements;
  }

  private YamlNode(YamlNode original, Map<String, YamlNode> members) {
    this.source = original.source;
    this.path = original.path;
    this.line = original.line;
    this.column = original.column;
    this.shape = original.shape;
    this.text = original.text;
    this.members = Collections.unmodifiableMap(members);
    this.elements = original.elements;
  }

  /**
   * Parses one YAML document.
   *
   * @param source the file name used in error messages
   * @param yaml the document
   * @return the root node
   * @throws ConfigException if the document is too large, not YAML, nested more than 64 deep, has
   *     duplicate keys, an alias ({@code *name}) or more than one document
   */
  public static YamlNode parse(String source, String yaml) throws ConfigException {
    if (yaml.length() > MAX_DOCUMENT_CHARS) {
      throw new ConfigException(
          source, "", 0, 0, "the file is larger than " + MAX_DOCUMENT_CHARS + " characters");
    }
    try (JsonParser parser = FACTORY.createParser(yaml)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new ConfigException(source, "", 1, 1, "the file is empty");
      }
      YamlNode root = read(source, "", parser);
      if (parser.nextToken() != null) {
        throw new ConfigException(
            source, "", line(parser), column(parser), "expected one YAML document, found more");
      }
      return root;
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new ConfigException(
          source,
          "",
          at == null ? 0 : Math.max(0, at.getLineNr()),
          at == null ? 0 : Math.max(0, at.getColumnNr()),
          "not valid YAML: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new ConfigException(source, "", 0, 0, "cannot read: " + e.getMessage());
    }
  }

  private static YamlNode read(String source, String path, JsonParser parser)
      throws IOException, ConfigException {
    JsonLocation at = parser.currentTokenLocation();
    JsonToken token = parser.currentToken();
    // The YAML parser reports an alias as a string holding the anchor's name, not the anchored
    // value: reading it would silently take "name" for the value, so aliases are refused.
    if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
      throw new ConfigException(
          source,
          path,
          Math.max(0, at.getLineNr()),
          Math.max(0, at.getColumnNr()),
          "aliases (*" + abbreviate(String.valueOf(parser.getText()))
              + ") are not supported; write the value out");
    }
    return switch (token) {
      case START_OBJECT -> {
        Map<String, YamlNode> members = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          String childPath = path.isEmpty() ? name : path + "." + name;
          if (members.containsKey(name)) {
            throw new ConfigException(
                source, childPath, line(parser), column(parser), "the key appears twice");
          }
          parser.nextToken();
          members.put(name, read(source, childPath, parser));
        }
        yield new YamlNode(
            source, path, at, Shape.MAPPING, "", Collections.unmodifiableMap(members), List.of());
      }
      case START_ARRAY -> {
        List<YamlNode> elements = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          elements.add(read(source, path + "[" + elements.size() + "]", parser));
        }
        yield new YamlNode(
            source, path, at, Shape.SEQUENCE, "", Map.of(), Collections.unmodifiableList(elements));
      }
      case VALUE_NULL -> new YamlNode(source, path, at, Shape.NULL, "", Map.of(), List.of());
      default ->
          new YamlNode(source, path, at, Shape.SCALAR, parser.getText(), Map.of(), List.of());
    };
  }

  private static int line(JsonParser parser) {
    return Math.max(0, parser.currentTokenLocation().getLineNr());
  }

  private static int column(JsonParser parser) {
    return Math.max(0, parser.currentTokenLocation().getColumnNr());
  }

  /** {@return the dotted key path of this node; empty for the root} */
  public String path() {
    return path;
  }

  /** {@return the 1-based line this node starts on} */
  public int line() {
    return line;
  }

  /**
   * Returns an exception about this node.
   *
   * @param problem what is wrong
   * @return the exception, naming this node's key and position
   */
  public ConfigException error(String problem) {
    return new ConfigException(source, path, line, column, problem);
  }

  /** {@return whether this node is a mapping} */
  public boolean isMapping() {
    return shape == Shape.MAPPING;
  }

  /** {@return whether this node is a sequence} */
  public boolean isSequence() {
    return shape == Shape.SEQUENCE;
  }

  /**
   * Checks that this node is a mapping whose keys are all in {@code allowed}.
   *
   * @param allowed the keys this mapping may have
   * @return this node
   * @throws ConfigException if it is not a mapping or has another key
   */
  public YamlNode requireKeys(Set<String> allowed) throws ConfigException {
    requireShape(Shape.MAPPING, "a mapping");
    for (Map.Entry<String, YamlNode> member : members.entrySet()) {
      if (!allowed.contains(member.getKey())) {
        throw member.getValue().error("unknown key; expected one of " + new TreeSet<>(allowed));
      }
    }
    return this;
  }

  /**
   * Returns a required member of this mapping.
   *
   * @param key the member's key
   * @return the member
   * @throws ConfigException if this is not a mapping or the key is missing
   */
  public YamlNode get(String key) throws ConfigException {
    requireShape(Shape.MAPPING, "a mapping");
    YamlNode member = members.get(key);
    if (member != null && member.shape == Shape.NULL) {
      throw member.error("this key is required, and has no value");
    }
    if (member == null) {
      String childPath = path.isEmpty() ? key : path + "." + key;
      throw new ConfigException(source, childPath, line, column, "this key is required");
    }
    return member;
  }

  /**
   * Returns an optional member of this mapping.
   *
   * @param key the member's key
   * @return the member, or empty if it is missing or null
   * @throws ConfigException if this is not a mapping
   */
  public Optional<YamlNode> find(String key) throws ConfigException {
    requireShape(Shape.MAPPING, "a mapping");
    YamlNode member = members.get(key);
    return member == null || member.shape == Shape.NULL ? Optional.empty() : Optional.of(member);
  }

  /**
   * Returns this mapping's keys, in document order.
   *
   * @return the keys
   * @throws ConfigException if this is not a mapping
   */
  public Set<String> keys() throws ConfigException {
    requireShape(Shape.MAPPING, "a mapping");
    return members.keySet();
  }

  /**
   * Returns this sequence's elements.
   *
   * @return the elements, in order
   * @throws ConfigException if this is not a sequence
   */
  public List<YamlNode> elements() throws ConfigException {
    requireShape(Shape.SEQUENCE, "a list");
    return elements;
  }

  /**
   * Returns this scalar's text.
   *
   * @return the text as written
   * @throws ConfigException if this is not a scalar
   */
  public String text() throws ConfigException {
    requireShape(Shape.SCALAR, "a single value");
    return text;
  }

  /**
   * Returns this scalar as an exact decimal; underscores between digits are allowed.
   *
   * @return the number
   * @throws ConfigException if it is not a decimal number
   */
  public BigDecimal decimal() throws ConfigException {
    String t = text().replace("_", "");
    if (t.length() > 200 || !t.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,4})?")) {
      throw error("expected a number, found \"" + abbreviate(text) + "\"");
    }
    return new BigDecimal(t);
  }

  /**
   * Returns this scalar as an exact integer.
   *
   * @return the integer
   * @throws ConfigException if it is not an integer
   */
  public BigInteger integer() throws ConfigException {
    try {
      return decimal().toBigIntegerExact();
    } catch (ArithmeticException | ConfigException e) {
      throw error("expected an integer, found \"" + abbreviate(text) + "\"");
    }
  }

  /**
   * Returns this scalar as an integer in {@code [min, max]}.
   *
   * @param min the smallest value allowed
   * @param max the largest value allowed
   * @return the integer
   * @throws ConfigException if it is not an integer in range
   */
  public long longInRange(long min, long max) throws ConfigException {
    BigInteger value = integer();
    if (value.compareTo(BigInteger.valueOf(min)) < 0
        || value.compareTo(BigInteger.valueOf(max)) > 0) {
      throw error("expected an integer from " + min + " to " + max + ", found " + value);
    }
    return value.longValueExact();
  }

  /**
   * Returns this scalar as a boolean ({@code true} or {@code false}).
   *
   * @return the boolean
   * @throws ConfigException if it is neither
   */
  public boolean bool() throws ConfigException {
    return switch (text()) {
      case "true" -> true;
      case "false" -> false;
      default -> throw error("expected true or false, found \"" + abbreviate(text) + "\"");
    };
  }

  /**
   * Returns this scalar as an ISO-8601 instant, such as {@code 2026-01-01T00:00:00Z}.
   *
   * @return the instant
   * @throws ConfigException if it is not one
   */
  public Instant instant() throws ConfigException {
    try {
      return Instant.parse(text());
    } catch (DateTimeParseException e) {
      throw error("expected an instant like 2026-01-01T00:00:00Z, found \"" + abbreviate(text) + "\"");
    }
  }

  /**
   * Returns this scalar as an ISO-8601 duration, such as {@code PT1H} or {@code P1D}.
   *
   * @return the duration
   * @throws ConfigException if it is not one
   */
  public Duration duration() throws ConfigException {
    try {
      return Duration.parse(text());
    } catch (DateTimeParseException e) {
      throw error("expected a duration like PT1H or P1D, found \"" + abbreviate(text) + "\"");
    }
  }

  /**
   * Returns a copy of this mapping with the scalar at a key path replaced by another node, which
   * keeps its own key path and position, so that errors about it point at where it was written
   * (a swept value in a list, for example).
   *
   * @param keys the keys from this node to the scalar, at least one
   * @param replacement the node put in its place
   * @return the new tree; this one is unchanged
   * @throws ConfigException if a key on the way is missing or not a mapping, or the target is not a
   *     single value
   */
  public YamlNode replace(List<String> keys, YamlNode replacement) throws ConfigException {
    if (keys.isEmpty()) {
      throw new IllegalArgumentException("no key");
    }
    YamlNode member = get(keys.get(0));
    YamlNode replaced;
    if (keys.size() == 1) {
      member.text();
      replaced = replacement;
    } else {
      replaced = member.replace(keys.subList(1, keys.size()), replacement);
    }
    Map<String, YamlNode> copy = new LinkedHashMap<>(members);
    copy.put(keys.get(0), replaced);
    return new YamlNode(this, copy);
  }

  private void requireShape(Shape expected, String description) throws ConfigException {
    if (shape != expected) {
      throw error("expected " + description + ", found " + describe());
    }
  }

  private String describe() {
    return switch (shape) {
      case MAPPING -> "a mapping";
      case SEQUENCE -> "a list";
      case NULL -> "nothing";
      case SCALAR -> "\"" + abbreviate(text) + "\"";
    };
  }

  private static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 37) + "...";
  }

  @Override
  public String toString() {
    return "YamlNode[" + source + ":" + line + " " + path + "]";
  }
}
