package io.depin.testkit.vectors.internal;

import io.depin.core.DecodingException;
import io.depin.core.DecodingException.Reason;
import io.depin.core.bytes.Bytes;
import io.depin.testkit.vectors.WycheproofFile;
import io.depin.testkit.vectors.WycheproofGroup;
import io.depin.testkit.vectors.WycheproofPublicKey;
import io.depin.testkit.vectors.WycheproofTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Maps a parsed Wycheproof signature-verification file onto the records, checking it strictly. */
public final class WycheproofReader {
  private static final Set<String> SCHEMAS =
      Set.of(
          "eddsa_verify_schema_v1.json",
          "ecdsa_verify_schema_v1.json",
          "ecdsa_p1363_verify_schema_v1.json",
          "ecdsa_bitcoin_verify_schema.json");

  private WycheproofReader() {}

  /**
   * Reads a whole file.
   *
   * @param root the parsed JSON root
   * @return the file
   */
  public static WycheproofFile read(StrictNode root) {
    String schema = root.field("schema").text();
    if (!SCHEMAS.contains(schema)) {
      throw root.field("schema")
          .failure(
              Reason.UNSUPPORTED_FORMAT,
              "schema \"" + schema + "\" is not a supported signature-verification schema "
                  + SCHEMAS.stream().sorted().toList());
    }
    String algorithm = root.field("algorithm").text();
    StrictNode declared = root.field("numberOfTests");
    int numberOfTests = declared.intValue();
    List<String> header = root.has("header") ? root.field("header").texts() : List.of();
    Map<String, String> notes = root.has("notes") ? notes(root.field("notes")) : Map.of();

    List<WycheproofGroup> groups = new ArrayList<>();
    Set<Integer> ids = new HashSet<>();
    for (StrictNode group : root.field("testGroups").elements()) {
      groups.add(group(group, ids));
    }
    if (ids.size() != numberOfTests) {
      throw declared.failure(
          Reason.MALFORMED,
          "the file declares " + numberOfTests + " tests but contains " + ids.size());
    }
    return new WycheproofFile(algorithm, schema, numberOfTests, header, notes, groups);
  }

  private static Map<String, String> notes(StrictNode notes) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String flag : notes.fieldNames()) {
      out.put(flag, notes.field(flag).field("description").text());
    }
    return out;
  }

  private static WycheproofGroup group(StrictNode group, Set<Integer> ids) {
    String type = group.field("type").text();
    WycheproofPublicKey key = publicKey(group.field("publicKey"));
    Bytes der = group.field("publicKeyDer").hex();
    String pem = group.field("publicKeyPem").text();
    @Nullable StrictNode sha = group.optionalField("sha");
    List<WycheproofTest> tests = new ArrayList<>();
    for (StrictNode test : group.field("tests").elements()) {
      WycheproofTest parsed = test(test);
      if (!ids.add(parsed.tcId())) {
        throw test.field("tcId").failure(Reason.MALFORMED, "tcId " + parsed.tcId() + " repeats");
      }
      tests.add(parsed);
    }
    return new WycheproofGroup(type, key, der, pem, sha == null ? null : sha.text(), tests);
  }

  private static WycheproofPublicKey publicKey(StrictNode key) {
    StrictNode encoded;
    if (key.has("pk")) {
      encoded = key.field("pk");
    } else if (key.has("uncompressed")) {
      encoded = key.field("uncompressed");
    } else {
      throw key.failure(Reason.MALFORMED, "a public key needs \"pk\" or \"uncompressed\"");
    }
    return new WycheproofPublicKey(
        key.field("type").text(),
        key.field("curve").text(),
        key.field("keySize").intValue(),
        encoded.hex());
  }

  private static WycheproofTest test(StrictNode test) {
    StrictNode result = test.field("result");
    WycheproofTest.Result expected;
    try {
      expected = WycheproofTest.Result.fromJson(result.text());
    } catch (DecodingException e) {
      throw result.failure(e);
    }
    return new WycheproofTest(
        test.field("tcId").intValue(),
        test.field("comment").text(),
        test.field("flags").texts(),
        test.field("msg").hex(),
        test.field("sig").hex(),
        expected);
  }
}
