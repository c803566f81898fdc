package io.depin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.depin.core.bytes.Hash32;
import io.depin.core.merkle.StandardMerkleTree;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class MerkleCommandTest {
  /** The OpenZeppelin README airdrop example (vectors/merkle in depin-core). */
  private static final String ROOT = "0xd4dee0beab2d53f2cc83e567171bd2820e49898130a22622b10ead383e90bd77";

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = DepinCommand.newCommandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  private int build(String file, String content) throws Exception {
    Path in = dir.resolve(file);
    Files.writeString(in, content);
    return run("merkle", "build", "--types", "address,uint256", "--in", in.toString(),
        "--out", dir.resolve("tree.json").toString(), "--dump", dir.resolve("dump.json").toString());
  }

  @Test
  void build_csvWithHeader_printsRootAndWritesProofsAndDump() throws Exception {
    int code = build("values.csv", """
        account,amount
        0x1111111111111111111111111111111111111111,5000000000000000000
        0x2222222222222222222222222222222222222222,2500000000000000000
        """);
    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString().strip()).isEqualTo(ROOT);
    JsonNode tree = new ObjectMapper().readTree(dir.resolve("tree.json").toFile());
    assertThat(tree.get("root").textValue()).isEqualTo(ROOT);
    assertThat(tree.get("entries")).hasSize(2);
    for (JsonNode e : tree.get("entries")) {
      List<Hash32> proof = new ArrayList<>();
      e.get("proof").forEach(p -> proof.add(Hash32.fromHex(p.textValue())));
      List<Object> value = List.of(e.get("value").get(0).textValue(), e.get("value").get(1).textValue());
      assertThat(StandardMerkleTree.verify(Hash32.fromHex(ROOT), List.of("address", "uint256"), value, proof)).isTrue();
    }
    assertThat(StandardMerkleTree.load(Files.readString(dir.resolve("dump.json"))).root().toPrefixedHex()).isEqualTo(ROOT);
  }

  @Test
  void build_json_printsRoot() throws Exception {
    int code = build("values.json", "[[\"0x1111111111111111111111111111111111111111\", \"5000000000000000000\"],\n"
        + " [\"0x2222222222222222222222222222222222222222\", 2500000000000000000]]");
    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString().strip()).isEqualTo(ROOT);
  }

  @Test
  void build_wrongColumnCount_reportsLineAndFails() throws Exception {
    int code = build("values.csv", """
        0x1111111111111111111111111111111111111111,1
        0x2222222222222222222222222222222222222222
        """);
    assertThat(code).isNotZero();
    assertThat(err.toString()).contains("line 2").contains("expected 2 columns");
  }

  @Test
  void build_badAddress_reportsLineAndFails() throws Exception {
    int code = build("values.csv", "account,amount\n0x1111111111111111111111111111111111111111,1\n0x12,1\n");
    assertThat(code).isNotZero();
    assertThat(err.toString()).contains("line 3").contains("40 hex digits");
  }

  @Test
  void build_negativeUint_reportsLineAndFails() throws Exception {
    int code = build("values.json", "[\n[\"0x1111111111111111111111111111111111111111\", \"1\"],\n"
        + "[\"0x2222222222222222222222222222222222222222\", \"-5\"]\n]");
    assertThat(code).isNotZero();
    assertThat(err.toString()).contains("line 3").contains("out of range for uint256");
  }

  @Test
  void build_stringColumnCsv_keepsTheFirstRowAsALeaf() throws Exception {
    // "alice" is a valid string value: taking it for a header would silently drop a claim.
    Path in = dir.resolve("names.csv");
    Files.writeString(in, "alice\nbob\n");
    int code = run("merkle", "build", "--types", "string", "--in", in.toString(),
        "--out", dir.resolve("tree.json").toString());
    assertThat(code).as(err.toString()).isZero();
    JsonNode tree = new ObjectMapper().readTree(dir.resolve("tree.json").toFile());
    assertThat(tree.get("entries")).hasSize(2);
    assertThat(err.toString()).contains("warning: ").contains("line 1").contains("kept as a leaf");
    StandardMerkleTree expected = StandardMerkleTree.of(List.of("string"), List.of(List.of("alice"), List.of("bob")));
    assertThat(out.toString().strip()).isEqualTo(expected.root().toPrefixedHex());
  }

  @Test
  void build_missingInputFile_exits1WithAMessageAndNoStackTrace() {
    Path missing = dir.resolve("missing.csv");
    int code = run("merkle", "build", "--types", "address,uint256", "--in", missing.toString(),
        "--out", dir.resolve("tree.json").toString());
    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).startsWith("error: ").contains(missing.toString()).doesNotContain("\tat ");
    assertThat(dir.resolve("tree.json")).doesNotExist();
  }

  @Test
  void build_jsonWithDataAfterTheArray_isRejected() throws Exception {
    int code = build("values.json", "[[\"0x1111111111111111111111111111111111111111\", \"1\"]]\n"
        + "[[\"0x2222222222222222222222222222222222222222\", \"2\"]]");
    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).startsWith("error: ").contains("line 2");
  }

  private static final String A = "0x1111111111111111111111111111111111111111";
  private static final String B = "0x2222222222222222222222222222222222222222";
  private static final List<String> BATCH = List.of("address", "(uint64,uint256)[]", "bool[2]");

  /** The rows the two inputs below describe, built with the library directly. */
  private static StandardMerkleTree batchTree() {
    return StandardMerkleTree.of(BATCH, List.of(
        List.of(A, List.of(List.of("1", "10"), List.of("2", "20")), List.of(true, false)),
        List.of(B, List.of(), List.of(false, false))));
  }

  private int buildBatch(String file, String content) throws Exception {
    Path in = dir.resolve(file);
    Files.writeString(in, content);
    return run("merkle", "build", "--types", String.join(",", BATCH), "--in", in.toString(),
        "--out", dir.resolve("tree.json").toString(), "--dump", dir.resolve("dump.json").toString());
  }

  @Test
  void build_jsonWithTupleArrayAndFixedArray_rootMatchesLibraryAndProofsVerify() throws Exception {
    int code = buildBatch("batches.json", "[[\"" + A + "\", [[1, \"10\"], [\"2\", 20]], [true, false]],\n"
        + " [\"" + B + "\", [], [false, false]]]");
    assertThat(code).as(err.toString()).isZero();
    StandardMerkleTree expected = batchTree();
    assertThat(out.toString().strip()).isEqualTo(expected.root().toPrefixedHex());
    JsonNode tree = new ObjectMapper().readTree(dir.resolve("tree.json").toFile());
    assertThat(tree.get("leafEncoding").toString()).isEqualTo("[\"address\",\"(uint64,uint256)[]\",\"bool[2]\"]");
    JsonNode first = tree.get("entries").get(0);
    assertThat(first.get("value").toString())
        .isEqualTo("[\"" + A + "\",[[\"1\",\"10\"],[\"2\",\"20\"]],[true,false]]");
    List<Hash32> proof = new ArrayList<>();
    first.get("proof").forEach(p -> proof.add(Hash32.fromHex(p.textValue())));
    assertThat(StandardMerkleTree.verify(expected.root(), BATCH, expected.values().get(0), proof)).isTrue();
    assertThat(StandardMerkleTree.load(Files.readString(dir.resolve("dump.json"))).root()).isEqualTo(expected.root());
  }

  @Test
  void build_csvWithJsonArrayCells_rootMatchesLibrary() throws Exception {
    int code = buildBatch("batches.csv", "account,batches,flags\n"
        + A + ",\"[[\"\"1\"\",\"\"10\"\"],[2,20]]\",\"[true,false]\"\n"
        + B + ",[],\"[false,false]\"\n");
    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString().strip()).isEqualTo(batchTree().root().toPrefixedHex());
  }

  @Test
  void build_csvArrayCellNotJson_reportsLineAndColumn() throws Exception {
    int code = buildBatch("batches.csv", A + ",[],\"[true,false]\"\n" + B + ",1;2,\"[true,false]\"\n");
    assertThat(code).isNotZero();
    assertThat(err.toString()).contains("line 2").contains("column 2: expected a JSON array for (uint64,uint256)[]");
  }

  @Test
  void build_badValueInsideTuple_reportsLineColumnAndElement() throws Exception {
    int code = buildBatch("batches.json", "[[\"" + A + "\", [[1, \"-1\"]], [true, false]]]");
    assertThat(code).isNotZero();
    assertThat(err.toString()).contains("line 1").contains("column 2 element [0][1]").contains("out of range for uint256");
  }
}
