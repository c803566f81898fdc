package io.depin.core.crypto;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Loads the JSON test-vector files copied under {@code src/test/resources/vectors/}. */
public final class Vectors {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Vectors() {}

  /**
   * Reads a vector file from the class path.
   *
   * @param path the path below {@code vectors/}, such as {@code wycheproof/ed25519_test.json}
   * @return the parsed JSON
   */
  public static JsonNode load(String path) {
    try (InputStream in = Vectors.class.getResourceAsStream("/vectors/" + path)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource vectors/" + path);
      }
      return MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
