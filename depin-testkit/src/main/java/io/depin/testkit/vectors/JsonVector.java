package io.depin.testkit.vectors;

import io.depin.core.DecodingException;
import io.depin.core.bytes.Bytes;
import io.depin.testkit.vectors.internal.StrictNode;
import java.util.ArrayList;
import java.util.List;

/**
 * One object from a JSON vector array, read field by field with strict types.
 *
 * <p>Every accessor requires the field to be present with the right JSON type and throws a {@link
 * DecodingException} naming the file and the path (such as {@code zip215.json at [17].sig_bytes})
 * otherwise, so a typo in a field name fails loudly instead of testing nothing.
 *
 * {@snippet :
 * for (JsonVector v : JsonVectors.fromResource("vectors/ed25519_edge_cases/zip215.json")) {
 *   Bytes key = v.bytes("vk_bytes");
 *   Bytes sig = v.bytes("sig_bytes");
 *   boolean expected = v.bool("valid_zip215");
 *   if (myVerifier.verify(key, msg, sig) != expected) {
 *     failures.add(v.location());
 *   }
 * }
 * }
 *
 * @since 0.1.0
 */
public final class JsonVector {
  private final StrictNode node;

  JsonVector(StrictNode node) {
    this.node = node;
  }

  /** {@return where this vector is in its file, such as {@code rfc8032.json at /ed25519[2]}} */
  public String location() {
    return node.location();
  }

  /**
   * Returns whether the vector has a field {@code name} (of any type, {@code null} included).
   *
   * @param name the field name
   * @return true if present
   */
  public boolean has(String name) {
    return node.has(name);
  }

  /**
   * Returns a string field.
   *
   * @param name the field name
   * @return its value
   * @throws DecodingException if it is missing or not a string
   */
  public String string(String name) {
    return node.field(name).text();
  }

  /**
   * Returns a string field of hex digits (an optional {@code 0x}, then an even number of digits)
   * as bytes.
   *
   * @param name the field name
   * @return the decoded bytes
   * @throws DecodingException if it is missing, not a string or not strict hex
   */
  public Bytes bytes(String name) {
    return node.field(name).hex();
  }

  /**
   * Returns an integer field.
   *
   * @param name the field name
   * @return its value
   * @throws DecodingException if it is missing, not an integer or outside the {@code long} range
   */
  public long number(String name) {
    return node.field(name).longValue();
  }

  /**
   * Returns a boolean field.
   *
   * @param name the field name
   * @return its value
   * @throws DecodingException if it is missing or not {@code true}/{@code false}
   */
  public boolean bool(String name) {
    return node.field(name).bool();
  }

  /**
   * Returns a field holding an array of strings.
   *
   * @param name the field name
   * @return the strings, in order
   * @throws DecodingException if it is missing or not an array of strings
   */
  public List<String> strings(String name) {
    return List.copyOf(node.field(name).texts());
  }

  /**
   * Returns a field holding a nested object, for vectors with structure.
   *
   * @param name the field name
   * @return the nested object
   * @throws DecodingException if it is missing or not an object
   */
  public JsonVector object(String name) {
    StrictNode child = node.field(name);
    child.fieldNames(); // checks that it is an object
    return new JsonVector(child);
  }

  /**
   * Returns a field holding an array of objects.
   *
   * @param name the field name
   * @return the objects, in order
   * @throws DecodingException if it is missing, not an array or holds a non-object
   */
  public List<JsonVector> objects(String name) {
    return wrapAll(node.field(name).elements());
  }

  /** {@return the vector's location; the values are not repeated here} */
  @Override
  public String toString() {
    return "JsonVector[" + location() + "]";
  }

  static List<JsonVector> wrapAll(List<StrictNode> nodes) {
    List<JsonVector> out = new ArrayList<>(nodes.size());
    for (StrictNode n : nodes) {
      n.fieldNames();
      out.add(new JsonVector(n));
    }
    return List.copyOf(out);
  }
}
