package io.depin.testkit.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.depin.core.DecodingException;
import io.depin.testkit.vectors.JsonVector;
import io.depin.testkit.vectors.JsonVectors;
import java.util.List;

/**
 * {@link JsonVectors#parse} and the typed field reads of {@link JsonVector} on arbitrary bytes
 * either return or throw {@link DecodingException}; anything else is a bug.
 */
class JsonVectorsFuzzTest {
  @FuzzTest
  void parse_anyBytes_returnsOrThrowsDecodingException(byte[] data) {
    List<JsonVector> vectors;
    try {
      vectors = JsonVectors.parse(data, "fuzz", "");
    } catch (DecodingException expected) {
      return;
    }
    for (JsonVector vector : vectors) {
      assertThat(vector.location()).startsWith("fuzz at [");
      readEveryWay(vector, "k");
    }
  }

  private static void readEveryWay(JsonVector vector, String field) {
    try {
      vector.bytes(field);
    } catch (DecodingException expected) {
      // a missing or mistyped field is a documented outcome
    }
    try {
      vector.number(field);
    } catch (DecodingException expected) {
      // as above
    }
    try {
      vector.strings(field);
    } catch (DecodingException expected) {
      // as above
    }
    try {
      vector.objects(field);
    } catch (DecodingException expected) {
      // as above
    }
  }
}
