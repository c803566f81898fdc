package io.depin.testkit.vectors;

import io.depin.core.DecodingException;
import io.depin.testkit.vectors.internal.VectorFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Loads simple JSON vector files: an array of objects, at the root or at a JSON Pointer inside the
 * file.
 *
 * {@snippet :
 * // [{"vk_bytes": "01..", "sig_bytes": "01..", "valid_zip215": true}, ...]
 * List<JsonVector> zip215 = JsonVectors.fromResource("vectors/ed25519_edge_cases/zip215.json");
 *
 * // {"description": "...", "ed25519": [{"secretKey": "9d61..", ...}], ...}
 * List<JsonVector> rfc8032 =
 *     JsonVectors.fromResource("vectors/rfc8032/rfc8032_ed25519_vectors.json", "/ed25519");
 * }
 *
 * <p>Loading is strict: malformed JSON, duplicate keys, content after the value, a missing array
 * or an element that is not an object, and files over 64 MiB are rejected with a {@link
 * DecodingException} naming the file and the path. Fields are checked when read, by {@link
 * JsonVector}.
 *
 * @since 0.1.0
 */
public final class JsonVectors {
  private JsonVectors() {}

  /**
   * Loads a class-path resource whose root is an array of objects.
   *
   * @param resource the resource name; a leading {@code /} is ignored
   * @return the vectors, in file order
   * @throws java.io.FileNotFoundException if there is no such resource
   * @throws IOException if it cannot be read
   * @throws DecodingException if the content is not an array of objects
   */
  public static List<JsonVector> fromResource(String resource) throws IOException {
    return fromResource(resource, "");
  }

  /**
   * Loads the array of objects at {@code pointer} in a class-path resource.
   *
   * @param resource the resource name; a leading {@code /} is ignored
   * @param pointer an RFC 6901 JSON Pointer, such as {@code /ed25519}; {@code ""} for the root
   * @return the vectors, in file order
   * @throws java.io.FileNotFoundException if there is no such resource
   * @throws IOException if it cannot be read
   * @throws DecodingException if there is no array of objects at {@code pointer}
   * @throws IllegalArgumentException if {@code pointer} is not a JSON Pointer
   */
  public static List<JsonVector> fromResource(String resource, String pointer)
      throws IOException {
    return parse(VectorFiles.readResource(resource), resource, pointer);
  }

  /**
   * Loads the array of objects at {@code pointer} in a file.
   *
   * @param path the file
   * @param pointer an RFC 6901 JSON Pointer; {@code ""} for the root
   * @return the vectors, in file order
   * @throws IOException if it cannot be read
   * @throws DecodingException if there is no array of objects at {@code pointer}
   * @throws IllegalArgumentException if {@code pointer} is not a JSON Pointer
   */
  public static List<JsonVector> fromPath(Path path, String pointer) throws IOException {
    return parse(VectorFiles.readPath(path), path.toString(), pointer);
  }

  /**
   * Parses the array of objects at {@code pointer} in {@code json}.
   *
   * @param json UTF-8 JSON
   * @param sourceName a name for the content, used in exception messages
   * @param pointer an RFC 6901 JSON Pointer; {@code ""} for the root
   * @return the vectors, in order
   * @throws DecodingException if there is no array of objects at {@code pointer}
   * @throws IllegalArgumentException if {@code pointer} is not a JSON Pointer
   */
  public static List<JsonVector> parse(byte[] json, String sourceName, String pointer) {
    return JsonVector.wrapAll(VectorFiles.parseAt(json, sourceName, pointer).elements());
  }
}
