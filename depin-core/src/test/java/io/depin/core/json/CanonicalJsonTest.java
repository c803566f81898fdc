package io.depin.core.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.depin.core.DecodingException;
import io.depin.core.DecodingException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CanonicalJsonTest {
  private static final String DIR = "/vectors/rfc8785/";
  private static final List<String> CASES =
      List.of(
          "rfc8785_3_2_2_sample", "rfc8785_3_2_3_sorting", "arrays", "structures", "unicode",
          "weird", "french", "controls");

  private static byte[] resource(String path) throws IOException {
    try (InputStream in = Objects.requireNonNull(CanonicalJsonTest.class.getResourceAsStream(DIR + path), path)) {
      return in.readAllBytes();
    }
  }

  private static List<String[]> csv(String name) throws IOException {
    List<String[]> rows = new ArrayList<>();
    for (String line : new String(resource(name), UTF_8).lines().toList()) {
      if (!line.isBlank() && !line.startsWith("#")) {
        rows.add(line.split(","));
      }
    }
    return rows;
  }

  @Test
  void canonicalize_rfcAndReferenceCases_matchExpectedOutput() throws IOException {
    List<String> failures = new ArrayList<>();
    for (String name : CASES) {
      byte[] expected = resource("output/" + name + ".json");
      byte[] actual = CanonicalJson.canonicalize(resource("input/" + name + ".json"));
      if (!java.util.Arrays.equals(actual, expected)) {
        failures.add(name + ": " + new String(actual, UTF_8));
      }
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void canonicalize_rfcAppendixBNumbers_matchEcmaScript() throws IOException {
    List<String> failures = new ArrayList<>();
    List<String[]> rows = csv("numbers.csv");
    for (String[] row : rows) {
      double d = Double.longBitsToDouble(new BigInteger(row[0], 16).longValue());
      String viaTree = new String(CanonicalJson.canonicalize(JsonNodeFactory.instance.numberNode(d)), UTF_8);
      String viaText = new String(CanonicalJson.canonicalize(row[1]), UTF_8);
      if (!viaTree.equals(row[1]) || !viaText.equals(row[1])) {
        failures.add(row[0] + " -> " + viaTree + " / " + viaText);
      }
    }
    assertThat(rows).hasSize(24);
    assertThat(failures).isEmpty();
  }

  @Test
  void canonicalize_rfcAppendixBErrors_throwInvalidValue() throws IOException {
    for (String[] row : csv("error_numbers.csv")) {
      double d = Double.longBitsToDouble(new BigInteger(row[0], 16).longValue());
      assertThat(Double.isFinite(d)).isFalse();
      assertThatThrownBy(() -> CanonicalJson.canonicalize(JsonNodeFactory.instance.numberNode(d)))
          .isInstanceOfSatisfying(
              DecodingException.class, e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_VALUE));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e400", "-1e400", "[1E309]"})
  void canonicalize_numberOutsideDoubleRange_throwsInvalidValue(String json) {
    assertReason(json, Reason.INVALID_VALUE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"a\":1,\"a\":2}", "{\"a\":{},\"b\":1,\"a\":{}}", "[{\"\\u0061\":1,\"a\":2}]"})
  void canonicalize_duplicateMemberName_throwsMalformed(String json) {
    assertReason(json, Reason.MALFORMED);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"\\ud800\"", "\"\\udc00x\"", "{\"\\ud83d\":1}", "\"\\ude00\\ud83d\""})
  void canonicalize_loneSurrogateEscape_throwsInvalidCharacter(String json) {
    assertReason(json, Reason.INVALID_CHARACTER);
  }

  @Test
  void canonicalize_loneSurrogateInStringOrBytes_throwsInvalidCharacter() {
    assertThatThrownBy(() -> CanonicalJson.canonicalize("\"\uD800\""))
        .isInstanceOfSatisfying(
            DecodingException.class, e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_CHARACTER));
    // CESU-8 encoding of U+D800, and a truncated UTF-8 sequence.
    byte[] cesu = {'"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'};
    byte[] truncated = {'"', (byte) 0xE2, (byte) 0x82, '"'};
    for (byte[] bad : List.of(cesu, truncated)) {
      assertThatThrownBy(() -> CanonicalJson.canonicalize(bad))
          .isInstanceOfSatisfying(
              DecodingException.class, e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_CHARACTER));
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{", "[1,]", "{\"a\":1,}", "[1 2]", "01", "+1", ".5", "1.", "NaN", "'a'", "{a:1}",
        "[1] [2]", "// c\n1", "\"\t\"", "tru", "[1]x", "\uFEFF{}"
      })
  void canonicalize_notStrictJson_throwsMalformed(String json) {
    assertReason(json, Reason.MALFORMED);
  }

  @Test
  void canonicalize_emptyOrWhitespace_throwsEmpty() {
    assertReason("", Reason.EMPTY);
    assertReason("  \n", Reason.EMPTY);
  }

  @Test
  void canonicalize_overSizeLimit_throwsTooLongBeforeParsing() {
    byte[] big = ("[" + "0,".repeat(10) + "0]").getBytes(UTF_8);
    assertThatThrownBy(() -> CanonicalJson.canonicalize(big, 10, 10))
        .isInstanceOfSatisfying(
            DecodingException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LONG));
    byte[] garbage = new byte[CanonicalJson.DEFAULT_MAX_BYTES + 1];
    assertThatThrownBy(() -> CanonicalJson.canonicalize(garbage))
        .isInstanceOfSatisfying(
            DecodingException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LONG));
  }

  @Test
  void canonicalize_deeperThanLimit_throwsTooLong() {
    String ok = "[".repeat(CanonicalJson.DEFAULT_MAX_DEPTH) + "]".repeat(CanonicalJson.DEFAULT_MAX_DEPTH);
    assertThat(CanonicalJson.canonicalize(ok)).isEqualTo(ok.getBytes(UTF_8));
    String deep = "[" + ok + "]";
    assertReason(deep, Reason.TOO_LONG);
    String deepObjects = "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000);
    assertReason(deepObjects, Reason.TOO_LONG);
  }

  @Test
  void canonicalize_deepTree_throwsTooLong() {
    JsonNode node = JsonNodeFactory.instance.nullNode();
    for (int i = 0; i <= CanonicalJson.DEFAULT_MAX_DEPTH; i++) {
      node = JsonNodeFactory.instance.arrayNode().add(node);
    }
    JsonNode tooDeep = node;
    assertThatThrownBy(() -> CanonicalJson.canonicalize(tooDeep))
        .isInstanceOfSatisfying(
            DecodingException.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LONG));
  }

  @Test
  void canonicalize_treeWithOtherNumberTypesHeldExactly_writesTheirDouble() {
    ObjectNode tree = JsonNodeFactory.instance.objectNode();
    tree.put("z", new BigDecimal("4.50"));
    tree.put("y", 9007199254740992L);
    tree.put("x", new BigInteger("1000000000000000000000"));
    tree.put("w", 1.5f);
    tree.put("v", new BigDecimal("0.1"));
    assertThat(new String(CanonicalJson.canonicalize(tree), UTF_8))
        .isEqualTo("{\"v\":0.1,\"w\":1.5,\"x\":1e+21,\"y\":9007199254740992,\"z\":4.5}");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "9007199254740993", "-9007199254740993", "123456789012345678901", "0.30000000000000000001"
      })
  void canonicalize_treeNumberWithoutExactDouble_throwsInvalidValue(String number) {
    ObjectNode tree = JsonNodeFactory.instance.objectNode();
    if (number.contains(".")) {
      tree.put("amount", new BigDecimal(number));
    } else {
      tree.put("amount", new BigInteger(number));
    }
    assertThatThrownBy(() -> CanonicalJson.canonicalize(tree))
        .isInstanceOfSatisfying(
            DecodingException.class, e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_VALUE))
        .hasMessageContaining("send it as a string");
  }

  @Test
  void canonicalizeValue_longAmountBeyondTwoTo53_throwsInvalidValue() {
    assertThatThrownBy(() -> CanonicalJson.canonicalizeValue(Map.of("amount", (1L << 53) + 1)))
        .isInstanceOf(DecodingException.class);
  }

  @Test
  void canonicalize_textNumberWithoutExactDouble_meansTheNearestDouble() {
    assertThat(new String(CanonicalJson.canonicalize("9007199254740993"), UTF_8))
        .isEqualTo("9007199254740992");
  }

  @Test
  void canonicalizeValue_mapAndRecord_sortsMembers() {
    record Reading(String device, double value, List<Integer> flags) {}
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("reading", new Reading("d1", 0.1, List.of(3, 1)));
    map.put("epoch", 7);
    assertThat(new String(CanonicalJson.canonicalizeValue(map), UTF_8))
        .isEqualTo("{\"epoch\":7,\"reading\":{\"device\":\"d1\",\"flags\":[3,1],\"value\":0.1}}");
  }

  @Test
  void canonicalizeValue_binary_throwsIllegalArgument() {
    assertThatThrownBy(() -> CanonicalJson.canonicalizeValue(Map.of("k", new byte[] {1})))
        .isInstanceOf(IllegalArgumentException.class)
        .isNotInstanceOf(DecodingException.class);
  }

  @Test
  void parse_numbers_areDoubles() {
    JsonNode tree = CanonicalJson.parse("[1, 2.5, -0, 123456789012345678901234567890]".getBytes(UTF_8));
    for (JsonNode n : tree) {
      assertThat(n.isDouble()).isTrue();
    }
    assertThat(Double.doubleToRawLongBits(tree.get(2).doubleValue())).isZero();
  }

  @Property
  void canonicalize_anyDouble_matchesJavaParsingAndIsShortest(@ForAll double d) {
    if (!Double.isFinite(d)) {
      return;
    }
    String text = new String(CanonicalJson.canonicalize(JsonNodeFactory.instance.numberNode(d)), UTF_8);
    assertThat(Double.parseDouble(text)).isEqualTo(d == 0 ? 0.0 : d);
    assertThat(text).doesNotContain("E").doesNotEndWith(".0").doesNotContain("+0");
    // Never more significant digits than Java's own shortest representation.
    String javaDigits = significantDigits(Double.toString(Math.abs(d)));
    assertThat(significantDigits(text.replace("-", ""))).hasSizeLessThanOrEqualTo(javaDigits.length());
  }

  private static String significantDigits(String number) {
    String mantissa = number.split("[eE]", -1)[0].replace(".", "");
    String stripped = mantissa.replaceFirst("^0+", "").replaceFirst("0+$", "");
    return stripped.isEmpty() ? "0" : stripped;
  }

  @Property
  void canonicalize_isIdempotentAndPreservesTheTree(@ForAll("json") JsonNode value) {
    byte[] once = CanonicalJson.canonicalize(value);
    byte[] twice = CanonicalJson.canonicalize(once);
    assertThat(twice).isEqualTo(once);
    assertThat(CanonicalJson.parse(once)).isEqualTo(CanonicalJson.parse(value.toString().getBytes(UTF_8)));
  }

  @Property
  void canonicalize_anyLong_isWrittenExactlyOrRefused(@ForAll long l) {
    // Exact when the shortest decimal of the nearest double is l itself (Long.MIN_VALUE is a
    // double, but its shortest form -9223372036854776000 denotes another integer).
    boolean exact = BigDecimal.valueOf(l).compareTo(new BigDecimal(Double.toString((double) l))) == 0;
    try {
      byte[] out = CanonicalJson.canonicalize(JsonNodeFactory.instance.numberNode(l));
      assertThat(exact).isTrue();
      assertThat(new BigDecimal(new String(out, UTF_8))).isEqualByComparingTo(BigDecimal.valueOf(l));
    } catch (DecodingException e) {
      assertThat(exact).isFalse();
      assertThat(e.reason()).isEqualTo(Reason.INVALID_VALUE);
    }
  }

  @Property
  void canonicalize_anyString_returnsOrThrowsDecodingException(@ForAll String text) {
    try {
      byte[] out = CanonicalJson.canonicalize(text);
      assertThat(CanonicalJson.canonicalize(out)).isEqualTo(out);
    } catch (DecodingException e) {
      assertThat(e.reason()).isNotNull();
    }
  }

  @Provide
  Arbitrary<JsonNode> json() {
    return node(3);
  }

  private static Arbitrary<JsonNode> node(int depth) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    Arbitrary<JsonNode> scalar =
        Arbitraries.oneOf(
            Arbitraries.strings().ofMaxLength(8).map(s -> (JsonNode) f.textNode(wellFormed(s))),
            Arbitraries.doubles().filter(Double::isFinite).map(d -> (JsonNode) f.numberNode(d)),
            Arbitraries.longs().between(-(1L << 53), 1L << 53).map(l -> (JsonNode) f.numberNode(l)),
            Arbitraries.of(f.booleanNode(true), f.booleanNode(false), f.nullNode()));
    if (depth == 0) {
      return scalar;
    }
    Arbitrary<JsonNode> child = Arbitraries.lazy(() -> node(depth - 1));
    Arbitrary<JsonNode> array = child.list().ofMaxSize(4).map(list -> (JsonNode) f.arrayNode().addAll(list));
    Arbitrary<JsonNode> object =
        Arbitraries.maps(Arbitraries.strings().ofMaxLength(4).map(CanonicalJsonTest::wellFormed), child)
            .ofMaxSize(4)
            .map(
                m -> {
                  ObjectNode o = f.objectNode();
                  m.forEach(o::set);
                  return (JsonNode) o;
                });
    return Arbitraries.oneOf(scalar, array, object);
  }

  /** Replaces lone surrogates, which JSON text cannot carry, with U+FFFD. */
  private static String wellFormed(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        b.append(c).append(s.charAt(++i));
      } else {
        b.append(Character.isSurrogate(c) ? '\uFFFD' : c);
      }
    }
    return b.toString();
  }

  private static void assertReason(String json, Reason reason) {
    assertThatThrownBy(() -> CanonicalJson.canonicalize(json))
        .isInstanceOfSatisfying(DecodingException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    assertThatThrownBy(() -> CanonicalJson.canonicalize(json.getBytes(UTF_8)))
        .isInstanceOfSatisfying(DecodingException.class, e -> assertThat(e.reason()).isEqualTo(reason));
  }
}
