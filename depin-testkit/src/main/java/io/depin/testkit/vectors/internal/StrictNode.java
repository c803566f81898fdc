package io.depin.testkit.vectors.internal;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import io.depin.core.DecodingException;
import io.depin.core.DecodingException.Reason;
import io.depin.core.bytes.Bytes;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A JSON value together with where it sits in its file, read strictly: every accessor checks the
 * JSON type and throws a {@link DecodingException} naming the file and the path on a mismatch.
 */
public final class StrictNode {
  private final JsonNode node;
  private final String source;
  private final String path;

  StrictNode(JsonNode node, String source, String path) {
    this.node = node;
    this.source = source;
    this.path = path;
  }

  /** {@return where this value is, as {@code source at path}, for messages} */
  public String location() {
    return source + " at " + (path.isEmpty() ? "the root" : path);
  }

  /**
   * Returns a failure for this value, naming its location.
   *
   * @param reason why the value is rejected
   * @param problem what is wrong, for people
   * @return the exception to throw
   */
  public DecodingException failure(Reason reason, String problem) {
    return new DecodingException(reason, location() + ": " + problem);
  }

  /**
   * Returns a decoding failure of this value's content with its location added.
   *
   * @param cause the failure, whose reason is kept
   * @return the exception to throw
   */
  public DecodingException failure(DecodingException cause) {
    return new DecodingException(cause.reason(), location() + ": " + cause.getMessage(), cause);
  }

  /**
   * Returns whether this is an object with a member {@code name}.
   *
   * @param name the member name
   * @return true if present
   */
  public boolean has(String name) {
    return node.isObject() && node.has(name);
  }

  /**
   * Returns the member {@code name} of this object; it must be present.
   *
   * @param name the member name
   * @return the member
   */
  public StrictNode field(String name) {
    requireObject();
    JsonNode child = node.get(name);
    if (child == null) {
      throw failure(Reason.MALFORMED, "missing field \"" + name + "\"");
    }
    return new StrictNode(child, source, path + "." + name);
  }

  /**
   * Returns the member {@code name} of this object, or null if it is absent.
   *
   * @param name the member name
   * @return the member, or null
   */
  public @Nullable StrictNode optionalField(String name) {
    return has(name) ? field(name) : null;
  }

  /** {@return the member names of this object, in file order} */
  public List<String> fieldNames() {
    requireObject();
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  /** {@return the value at {@code pointer}, named {@code text} in messages; it must exist} */
  StrictNode at(JsonPointer pointer, String text) {
    JsonNode target = node.at(pointer);
    if (target.isMissingNode()) {
      throw failure(Reason.MALFORMED, "nothing at JSON Pointer \"" + text + "\"");
    }
    return new StrictNode(target, source, text);
  }

  /** {@return the elements of this array} */
  public List<StrictNode> elements() {
    if (!node.isArray()) {
      throw failure(Reason.MALFORMED, "expected an array, found " + kind());
    }
    List<StrictNode> out = new ArrayList<>(node.size());
    for (int i = 0; i < node.size(); i++) {
      out.add(new StrictNode(node.get(i), source, path + "[" + i + "]"));
    }
    return out;
  }

  /** {@return this string} */
  public String text() {
    if (!node.isTextual()) {
      throw failure(Reason.MALFORMED, "expected a string, found " + kind());
    }
    return node.textValue();
  }

  /** {@return this string decoded as strict hex (see {@link Bytes#fromHex})} */
  public Bytes hex() {
    String text = text();
    try {
      return Bytes.fromHex(text);
    } catch (DecodingException e) {
      throw failure(e);
    }
  }

  /** {@return this integer, which must fit in a {@code long}} */
  public long longValue() {
    if (!node.isIntegralNumber() || !node.canConvertToLong()) {
      throw failure(Reason.MALFORMED, "expected an integer that fits in 64 bits, found " + kind());
    }
    return node.longValue();
  }

  /** {@return this integer, which must fit in an {@code int}} */
  public int intValue() {
    if (!node.isIntegralNumber() || !node.canConvertToInt()) {
      throw failure(Reason.MALFORMED, "expected an integer that fits in 32 bits, found " + kind());
    }
    return node.intValue();
  }

  /** {@return this boolean} */
  public boolean bool() {
    if (!node.isBoolean()) {
      throw failure(Reason.MALFORMED, "expected true or false, found " + kind());
    }
    return node.booleanValue();
  }

  /** {@return this array of strings} */
  public List<String> texts() {
    List<String> out = new ArrayList<>();
    for (StrictNode element : elements()) {
      out.add(element.text());
    }
    return out;
  }

  private void requireObject() {
    if (!node.isObject()) {
      throw failure(Reason.MALFORMED, "expected an object, found " + kind());
    }
  }

  private String kind() {
    return switch (node.getNodeType()) {
      case ARRAY -> "an array";
      case OBJECT, POJO -> "an object";
      case STRING -> "a string";
      case NUMBER -> "the number " + node.asText();
      case BOOLEAN -> node.asText();
      case NULL -> "null";
      case BINARY, MISSING -> "nothing";
    };
  }
}
