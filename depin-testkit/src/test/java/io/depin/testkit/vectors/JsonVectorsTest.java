package io.depin.testkit.vectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.depin.core.DecodingException;
import io.depin.core.DecodingException.Reason;
import io.depin.core.bytes.Bytes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonVectorsTest {
  private static final String ARRAY =
      """
      [{"name": "one", "key": "0x01ff", "n": 7, "ok": true, "tags": ["a", "b"],
        "inner": {"x": "y"}, "list": [{"k": 1}, {"k": 2}]},
       {"name": "two", "key": "", "n": -1, "ok": false, "tags": [], "inner": {}, "list": []}]
      """;

  @Test
  void parse_rootArray_readsTypedFields() {
    List<JsonVector> vectors = parse(ARRAY, "");

    assertThat(vectors).hasSize(2);
    JsonVector one = vectors.get(0);
    assertThat(one.string("name")).isEqualTo("one");
    assertThat(one.bytes("key")).isEqualTo(Bytes.of((byte) 1, (byte) 0xff));
    assertThat(one.number("n")).isEqualTo(7);
    assertThat(one.bool("ok")).isTrue();
    assertThat(one.strings("tags")).containsExactly("a", "b");
    assertThat(one.object("inner").string("x")).isEqualTo("y");
    assertThat(one.objects("list")).extracting(v -> v.number("k")).containsExactly(1L, 2L);
    assertThat(one.has("name")).isTrue();
    assertThat(one.has("absent")).isFalse();
    assertThat(vectors.get(1).bytes("key")).isEqualTo(Bytes.empty());
    assertThat(one.location()).isEqualTo("v.json at [0]");
  }

  @Test
  void parse_pointer_readsNestedArray() {
    List<JsonVector> vectors = parse("{\"description\": \"d\", \"cases\": " + ARRAY + "}", "/cases");

    assertThat(vectors).extracting(v -> v.string("name")).containsExactly("one", "two");
    assertThat(vectors.get(1).location()).isEqualTo("v.json at /cases[1]");
  }

  @Test
  void fromResource_wycheproofTestsArray_readsEveryCase() throws IOException {
    List<JsonVector> tests =
        JsonVectors.fromResource("vectors/wycheproof/ed25519_test.json", "/testGroups/0/tests");
    WycheproofFile file = WycheproofFile.fromResource("vectors/wycheproof/ed25519_test.json");

    assertThat(tests).hasSize(file.groups().get(0).tests().size());
    assertThat(tests.get(0).number("tcId")).isEqualTo(1);
    assertThat(tests.get(0).bytes("sig")).isEqualTo(file.groups().get(0).tests().get(0).sig());
  }

  @Test
  void fromPath_file_reads(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("v.json");
    Files.writeString(file, ARRAY);

    assertThat(JsonVectors.fromPath(file, "")).hasSize(2);
  }

  @Test
  void field_missing_throwsWithLocation() {
    JsonVector one = parse(ARRAY, "").get(0);

    assertThatThrownBy(() -> one.string("nmae"))
        .isInstanceOfSatisfying(DecodingException.class, e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED))
        .hasMessage("v.json at [0]: missing field \"nmae\"");
  }

  @Test
  void field_wrongType_throwsWithLocation() {
    JsonVector one = parse(ARRAY, "").get(0);

    assertThatThrownBy(() -> one.number("name"))
        .isInstanceOf(DecodingException.class)
        .hasMessage("v.json at [0].name: expected an integer that fits in 64 bits, found a string");
    assertThatThrownBy(() -> one.bool("n"))
        .isInstanceOf(DecodingException.class)
        .hasMessageContaining("found the number 7");
    assertThatThrownBy(() -> one.object("tags"))
        .isInstanceOf(DecodingException.class)
        .hasMessageContaining("expected an object, found an array");
  }

  @Test
  void field_badHex_keepsHexReason() {
    List<JsonVector> vectors = parse("[{\"key\": \"0xzz\"}]", "");

    assertThatThrownBy(() -> vectors.get(0).bytes("key"))
        .isInstanceOfSatisfying(
            DecodingException.class, e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_CHARACTER))
        .hasMessageContaining("v.json at [0].key");
  }

  @Test
  void parse_elementNotObject_throwsMalformed() {
    assertThatThrownBy(() -> parse("[{}, 3]", ""))
        .isInstanceOf(DecodingException.class)
        .hasMessage("v.json at [1]: expected an object, found the number 3");
  }

  @Test
  void parse_pointerToNothing_throwsMalformed() {
    assertThatThrownBy(() -> parse("{\"a\": []}", "/b"))
        .isInstanceOf(DecodingException.class)
        .hasMessageContaining("nothing at JSON Pointer \"/b\"");
  }

  @Test
  void parse_rootNotArray_throwsMalformed() {
    assertThatThrownBy(() -> parse("{\"a\": []}", ""))
        .isInstanceOf(DecodingException.class)
        .hasMessage("v.json at the root: expected an array, found an object");
  }

  @Test
  void parse_badPointer_throwsIllegalArgument() {
    assertThatThrownBy(() -> parse("{\"a\": []}", "a"))
        .isInstanceOf(IllegalArgumentException.class)
        .isNotInstanceOf(DecodingException.class);
  }

  private static List<JsonVector> parse(String json, String pointer) {
    return JsonVectors.parse(json.getBytes(StandardCharsets.UTF_8), "v.json", pointer);
  }
}
