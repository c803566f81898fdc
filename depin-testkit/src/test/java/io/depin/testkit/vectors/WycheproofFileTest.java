package io.depin.testkit.vectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.depin.core.DecodingException;
import io.depin.core.DecodingException.Reason;
import io.depin.core.bytes.Bytes;
import io.depin.testkit.vectors.WycheproofTest.Result;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loads {@code vectors/wycheproof/ed25519_test.json}, copied verbatim from C2SP/wycheproof
 * {@code testvectors_v1/} at commit dac1dd4 (see the README and LICENSE beside it).
 */
class WycheproofFileTest {
  private static final String ED25519 = "vectors/wycheproof/ed25519_test.json";

  private static WycheproofFile ed25519;

  @BeforeAll
  static void load() throws IOException {
    ed25519 = WycheproofFile.fromResource(ED25519);
  }

  @Test
  void fromResource_ed25519_countsMatchReadme() {
    assertThat(ed25519.numberOfTests()).isEqualTo(151);
    assertThat(ed25519.tests().count()).isEqualTo(151);
    assertThat(ed25519.tests().filter(t -> t.result() == Result.VALID).count()).isEqualTo(88);
    assertThat(ed25519.tests().filter(t -> t.result() == Result.INVALID).count()).isEqualTo(63);
    assertThat(ed25519.tests().filter(t -> t.result() == Result.ACCEPTABLE).count()).isZero();
  }

  @Test
  void fromResource_ed25519_headerFieldsRead() {
    assertThat(ed25519.algorithm()).isEqualTo("EDDSA");
    assertThat(ed25519.schema()).isEqualTo("eddsa_verify_schema_v1.json");
    assertThat(ed25519.header()).isNotEmpty();
    assertThat(ed25519.notes()).containsKeys("Ktv", "SignatureMalleability", "Valid");
    assertThat(ed25519.notes().get("Ktv")).isEqualTo("The test vector contains a known valid signature.");
  }

  @Test
  void fromResource_ed25519_firstGroupAndTestRead() {
    WycheproofGroup group = ed25519.groups().get(0);
    assertThat(group.type()).isEqualTo("EddsaVerify");
    assertThat(group.sha()).isNull();
    assertThat(group.publicKey().type()).isEqualTo("EDDSAPublicKey");
    assertThat(group.publicKey().curve()).isEqualTo("edwards25519");
    assertThat(group.publicKey().keySize()).isEqualTo(255);
    assertThat(group.publicKey().encoded())
        .isEqualTo(Bytes.fromHex("7d4d0e7f6153a69b6242b522abbee685fda4420f8834b108c3bdae369ef549fa"));
    // The SubjectPublicKeyInfo ends with the raw key.
    Bytes der = group.publicKeyDer();
    assertThat(der.slice(der.length() - 32, der.length())).isEqualTo(group.publicKey().encoded());
    assertThat(group.publicKeyPem()).startsWith("-----BEGIN PUBLIC KEY-----");

    WycheproofTest first = group.tests().get(0);
    assertThat(first.tcId()).isEqualTo(1);
    assertThat(first.comment()).isEmpty();
    assertThat(first.flags()).containsExactly("Valid");
    assertThat(first.msg()).isEqualTo(Bytes.empty());
    assertThat(first.sig().length()).isEqualTo(64);
    assertThat(first.result()).isEqualTo(Result.VALID);
  }

  @Test
  void fromResource_ed25519_everyFlagHasANote() {
    List<Integer> undocumented = new ArrayList<>();
    ed25519.tests().forEach(t -> {
      if (!ed25519.notes().keySet().containsAll(t.flags())) {
        undocumented.add(t.tcId());
      }
    });
    assertThat(undocumented).isEmpty();
  }

  @Test
  void fromPath_copyOfResource_sameContent(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("ed25519_test.json");
    try (var in = getClass().getClassLoader().getResourceAsStream(ED25519)) {
      Files.copy(in, file);
    }

    assertThat(WycheproofFile.fromPath(file)).isEqualTo(ed25519);
  }

  @Test
  void fromResource_leadingSlash_sameFile() throws IOException {
    assertThat(WycheproofFile.fromResource("/" + ED25519)).isEqualTo(ed25519);
  }

  @Test
  void fromResource_missing_throwsFileNotFound() {
    assertThatThrownBy(() -> WycheproofFile.fromResource("vectors/nope.json"))
        .isInstanceOf(FileNotFoundException.class)
        .hasMessageContaining("vectors/nope.json");
  }

  @Test
  void mismatches_verifierFollowingExpectations_empty() {
    assertThat(ed25519.mismatches((group, test) -> test.result() == Result.VALID)).isEmpty();
  }

  @Test
  void mismatches_verifierAcceptingAll_listsEveryInvalidCase() {
    List<String> mismatches = ed25519.mismatches((group, test) -> true);

    assertThat(mismatches).hasSize(63);
    assertThat(mismatches).allMatch(m -> m.startsWith("tcId ") && m.contains("INVALID but accepted"));
  }

  @Test
  void resultFromJson_knownSpellings_parse() {
    for (Result r : Result.values()) {
      assertThat(Result.fromJson(r.toJson())).isEqualTo(r);
    }
  }

  @Test
  void resultAllows_eachResult_followsDefinition() {
    assertThat(Result.VALID.allows(true)).isTrue();
    assertThat(Result.VALID.allows(false)).isFalse();
    assertThat(Result.INVALID.allows(true)).isFalse();
    assertThat(Result.INVALID.allows(false)).isTrue();
    assertThat(Result.ACCEPTABLE.allows(true)).isTrue();
    assertThat(Result.ACCEPTABLE.allows(false)).isTrue();
  }

  @Test
  void parse_unknownResult_throwsInvalidValueWithLocation() {
    assertRejected(
        minimal().replace("\"result\": \"valid\"", "\"result\": \"Valid\""),
        Reason.INVALID_VALUE,
        "testGroups[0].tests[0].result", "unknown Wycheproof result \"Valid\"");
  }

  @Test
  void parse_badHexSignature_throwsWithLocation() {
    assertRejected(
        minimal().replace("\"sig\": \"abcd\"", "\"sig\": \"abc\""),
        Reason.WRONG_LENGTH,
        "testGroups[0].tests[0].sig", "odd number");
  }

  @Test
  void parse_missingField_throwsMalformed() {
    assertRejected(
        minimal().replace("\"msg\": \"\",", ""),
        Reason.MALFORMED,
        "testGroups[0].tests[0]", "missing field \"msg\"");
  }

  @Test
  void parse_wrongType_throwsMalformed() {
    assertRejected(
        minimal().replace("\"tcId\": 1", "\"tcId\": \"1\""),
        Reason.MALFORMED,
        "testGroups[0].tests[0].tcId", "expected an integer");
  }

  @Test
  void parse_countMismatch_throwsMalformed() {
    assertRejected(
        minimal().replace("\"numberOfTests\": 1", "\"numberOfTests\": 2"),
        Reason.MALFORMED,
        "numberOfTests", "declares 2 tests but contains 1");
  }

  @Test
  void parse_repeatedTcId_throwsMalformed() {
    String json = minimal().replace("\"numberOfTests\": 1", "\"numberOfTests\": 2");
    String test = json.substring(json.indexOf("{\"tcId\""), json.indexOf("}]}]}") + 1);
    assertRejected(
        json.replace(test, test + ", " + test), Reason.MALFORMED, "tests[1].tcId", "tcId 1 repeats");
  }

  @Test
  void parse_unsupportedSchema_throwsUnsupportedFormat() {
    assertRejected(
        minimal().replace("eddsa_verify_schema_v1.json", "rsassa_pss_verify_schema_v1.json"),
        Reason.UNSUPPORTED_FORMAT,
        "at .schema", "rsassa_pss_verify_schema_v1.json");
  }

  @Test
  void parse_duplicateKey_throwsMalformed() {
    assertRejected(
        minimal().replace("\"algorithm\": \"EDDSA\"", "\"algorithm\": \"EDDSA\", \"algorithm\": \"X\""),
        Reason.MALFORMED,
        "mini.json", "Duplicate field");
  }

  @Test
  void parse_trailingContent_throwsMalformed() {
    assertRejected(minimal() + " {}", Reason.MALFORMED, "mini.json", "not valid JSON");
  }

  @Test
  void parse_notJson_throwsMalformed() {
    assertRejected("{\"algorithm\": ", Reason.MALFORMED, "mini.json", "not valid JSON");
  }

  @Test
  void parse_empty_throwsEmpty() {
    assertRejected("", Reason.EMPTY, "mini.json", "no JSON content");
  }

  @Test
  void parse_minimal_reads() {
    WycheproofFile file = WycheproofFile.parse(utf8(minimal()), "mini.json");

    assertThat(file.tests().toList())
        .containsExactly(
            new WycheproofTest(1, "c", List.of("Ktv"), Bytes.empty(), Bytes.fromHex("abcd"),
                Result.VALID));
  }

  private static void assertRejected(String json, Reason reason, String where, String what) {
    assertThatThrownBy(() -> WycheproofFile.parse(utf8(json), "mini.json"))
        .isInstanceOfSatisfying(DecodingException.class, e -> assertThat(e.reason()).isEqualTo(reason))
        .hasMessageContaining("mini.json")
        .hasMessageContaining(where)
        .hasMessageContaining(what);
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static String minimal() {
    return """
        {"algorithm": "EDDSA", "schema": "eddsa_verify_schema_v1.json", "numberOfTests": 1,
         "header": ["h"], "notes": {"Ktv": {"bugType": "BASIC", "description": "d"}},
         "testGroups": [{"type": "EddsaVerify",
           "publicKey": {"type": "EDDSAPublicKey", "curve": "edwards25519", "keySize": 255, "pk": "00"},
           "publicKeyDer": "00", "publicKeyPem": "p",
           "tests": [{"tcId": 1, "comment": "c", "flags": ["Ktv"], "msg": "", "sig": "abcd", "result": "valid"}]}]}""";
  }
}
