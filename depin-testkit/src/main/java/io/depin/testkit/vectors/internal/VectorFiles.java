package io.depin.testkit.vectors.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.depin.core.DecodingException;
import io.depin.core.DecodingException.Reason;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/** Reads vector files from the class path or the file system, with a size limit, as strict JSON. */
public final class VectorFiles {
  /** The largest vector file accepted: 64 MiB. */
  public static final int MAX_BYTES = 64 * 1024 * 1024;

  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private VectorFiles() {}

  /**
   * Reads a class-path resource, looked up through the thread's context class loader and then
   * this library's.
   *
   * @param resource the resource name; a leading {@code /} is ignored
   * @return the content
   * @throws IOException if there is no such resource or it cannot be read
   */
  public static byte[] readResource(String resource) throws IOException {
    String name = resource.startsWith("/") ? resource.substring(1) : resource;
    @Nullable InputStream in = null;
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    if (context != null) {
      in = context.getResourceAsStream(name);
    }
    if (in == null) {
      in = VectorFiles.class.getClassLoader().getResourceAsStream(name);
    }
    if (in == null) {
      throw new FileNotFoundException("no class-path resource \"" + name + "\"");
    }
    try (InputStream stream = in) {
      byte[] content = stream.readNBytes(MAX_BYTES + 1);
      requireSize(content.length, name);
      return content;
    }
  }

  /**
   * Reads a file, checking its size before reading it.
   *
   * @param path the file
   * @return the content
   * @throws IOException if it cannot be read
   */
  public static byte[] readPath(Path path) throws IOException {
    long size = Files.size(path);
    requireSize(size, path.toString());
    return Files.readAllBytes(path);
  }

  /**
   * Parses {@code json} strictly: no duplicate keys, nothing after the value.
   *
   * @param json UTF-8 JSON
   * @param source a name for the content, used in messages
   * @return the root value
   */
  public static StrictNode parse(byte[] json, String source) {
    requireSize(json.length, source);
    try {
      JsonNode root = MAPPER.readTree(json);
      if (root == null || root.isMissingNode()) {
        throw new DecodingException(Reason.EMPTY, source + ": no JSON content");
      }
      return new StrictNode(root, source, "");
    } catch (StreamConstraintsException e) {
      throw new DecodingException(
          Reason.TOO_LONG, source + ": exceeds a JSON size limit: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new DecodingException(Reason.MALFORMED, source + ": not valid JSON: " + summary(e), e);
    }
  }

  /**
   * Parses {@code json} and returns the value at a JSON Pointer.
   *
   * @param json UTF-8 JSON
   * @param source a name for the content, used in messages
   * @param pointer an RFC 6901 JSON Pointer; {@code ""} for the root
   * @return the value there
   */
  public static StrictNode parseAt(byte[] json, String source, String pointer) {
    StrictNode root = parse(json, source);
    if (pointer.isEmpty()) {
      return root;
    }
    JsonPointer compiled;
    try {
      compiled = JsonPointer.compile(pointer);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not a JSON Pointer: \"" + pointer + "\"", e);
    }
    return root.at(compiled, pointer);
  }

  private static void requireSize(long size, String source) {
    if (size > MAX_BYTES) {
      throw new DecodingException(
          Reason.TOO_LONG, source + ": larger than the " + MAX_BYTES + "-byte limit for vector files");
    }
  }

  private static String summary(IOException e) {
    if (e instanceof JsonProcessingException j) {
      JsonLocation where = j.getLocation();
      return j.getOriginalMessage() + (where == null ? "" : " (" + where.offsetDescription() + ")");
    }
    return String.valueOf(e.getMessage());
  }
}
