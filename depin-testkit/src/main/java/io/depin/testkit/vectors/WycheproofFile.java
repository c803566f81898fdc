package io.depin.testkit.vectors;

import io.depin.core.DecodingException;
import io.depin.testkit.vectors.internal.VectorFiles;
import io.depin.testkit.vectors.internal.WycheproofReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.stream.Stream;

/**
 * A Wycheproof signature-verification vector file (<a
 * href="https://github.com/C2SP/wycheproof">C2SP/wycheproof</a>), loaded strictly.
 *
 * {@snippet :
 * WycheproofFile file = WycheproofFile.fromResource("vectors/wycheproof/ed25519_test.json");
 * List<String> failures = file.mismatches((group, test) ->
 *     myVerifier.verify(group.publicKey().encoded(), test.msg(), test.sig()));
 * assertThat(failures).isEmpty();
 * }
 *
 * <p>Supported schemas: {@code eddsa_verify_schema_v1.json}, {@code ecdsa_verify_schema_v1.json},
 * {@code ecdsa_p1363_verify_schema_v1.json} and {@code ecdsa_bitcoin_verify_schema.json}, as in the
 * {@code testvectors_v1} folder. Loading is strict: a file with another schema, a missing or
 * mistyped field, a non-hex {@code msg} or {@code sig}, a {@code result} other than {@code valid},
 * {@code invalid} or {@code acceptable}, a repeated {@code tcId}, a {@code numberOfTests} that does
 * not match the cases, duplicate JSON keys or more than 64 MiB is rejected with a {@link
 * DecodingException} whose message names the file and the JSON path of the problem.
 *
 * @param algorithm the algorithm tested, such as {@code EDDSA} or {@code ECDSA}
 * @param schema the schema file name the file declares
 * @param numberOfTests the number of cases the file declares (checked against the cases)
 * @param header free-text lines describing the file
 * @param notes each flag's description, in file order
 * @param groups the test groups, in file order
 * @since 0.1.0
 */
public record WycheproofFile(
    String algorithm,
    String schema,
    int numberOfTests,
    List<String> header,
    Map<String, String> notes,
    List<WycheproofGroup> groups) {

  /** Checks that no component is null and copies the collections, keeping their order. */
  public WycheproofFile {
    Objects.requireNonNull(algorithm, "algorithm");
    Objects.requireNonNull(schema, "schema");
    header = List.copyOf(header);
    notes = Collections.unmodifiableMap(new LinkedHashMap<>(notes));
    groups = List.copyOf(groups);
  }

  /**
   * Loads a file from the class path (the thread's context class loader, then this library's).
   *
   * @param resource the resource name, such as {@code vectors/wycheproof/ed25519_test.json}; a
   *     leading {@code /} is ignored
   * @return the parsed file
   * @throws java.io.FileNotFoundException if there is no such resource
   * @throws IOException if it cannot be read
   * @throws DecodingException if its content is not a supported Wycheproof file
   */
  public static WycheproofFile fromResource(String resource) throws IOException {
    return parse(VectorFiles.readResource(resource), resource);
  }

  /**
   * Loads a file from the file system.
   *
   * @param path the file
   * @return the parsed file
   * @throws IOException if it cannot be read
   * @throws DecodingException if its content is not a supported Wycheproof file
   */
  public static WycheproofFile fromPath(Path path) throws IOException {
    return parse(VectorFiles.readPath(path), path.toString());
  }

  /**
   * Parses a file's content.
   *
   * @param json the file's bytes (UTF-8 JSON)
   * @param sourceName a name for the content, used in exception messages
   * @return the parsed file
   * @throws DecodingException if the content is not a supported Wycheproof file
   */
  public static WycheproofFile parse(byte[] json, String sourceName) {
    return WycheproofReader.read(VectorFiles.parse(json, sourceName));
  }

  /** {@return every case of every group, in file order} */
  public Stream<WycheproofTest> tests() {
    return groups.stream().flatMap(g -> g.tests().stream());
  }

  /**
   * Runs {@code verifier} on every case and describes each case where it disagrees with the
   * expected {@link WycheproofTest.Result}: accepting an {@code invalid} case, rejecting a {@code
   * valid} one. {@code acceptable} cases never disagree.
   *
   * <p>A verifier that signals rejection with an exception should catch its own documented
   * exception and return {@code false}; any other exception propagates, so a crash is never
   * mistaken for a rejection.
   *
   * @param verifier returns whether it accepts the case's signature
   * @return one line per disagreeing case, such as {@code tcId 63 [SignatureMalleability] INVALID
   *     but accepted: ...}; empty when the verifier agrees everywhere
   */
  public List<String> mismatches(BiPredicate<WycheproofGroup, WycheproofTest> verifier) {
    List<String> out = new ArrayList<>();
    for (WycheproofGroup group : groups) {
      for (WycheproofTest test : group.tests()) {
        boolean accepted = verifier.test(group, test);
        if (!test.result().allows(accepted)) {
          out.add(
              "tcId "
                  + test.tcId()
                  + " "
                  + test.flags()
                  + " "
                  + test.result()
                  + " but "
                  + (accepted ? "accepted" : "rejected")
                  + (test.comment().isEmpty() ? "" : ": " + test.comment()));
        }
      }
    }
    return out;
  }
}
