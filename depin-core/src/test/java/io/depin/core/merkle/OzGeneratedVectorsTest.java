package io.depin.core.merkle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.depin.core.bytes.Hash32;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Trees built by {@code @openzeppelin/merkle-tree} 1.0.8 itself (vectors/merkle/generated, MIT; see
 * its README and generate.mjs): arrays, nested arrays, tuples, arrays of tuples, strings, bytes,
 * bytesN, intN at their limits, bool, function; every root, node, leaf hash, tree index, proof,
 * multiproof, rendering and dump must be byte-identical, OpenZeppelin's dumps must load, and
 * every type string and value the library rejects must be rejected here too.
 */
class OzGeneratedVectorsTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static JsonNode vectors() throws IOException {
    return MAPPER.readTree(StandardMerkleTreeVectorsTest.resource("generated/oz_merkle_tree_1_0_8.json"));
  }

  /** JSON as JavaScript handed it to the library: strings, booleans, numbers and arrays. */
  private static Object javaValue(JsonNode node) {
    if (node.isArray()) {
      List<Object> list = new ArrayList<>();
      node.forEach(e -> list.add(javaValue(e)));
      return list;
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    if (node.isIntegralNumber()) {
      return node.bigIntegerValue();
    }
    return node.textValue();
  }

  @SuppressWarnings("unchecked")
  private static List<Object> row(JsonNode value) {
    return (List<Object>) javaValue(value);
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(v -> out.add(v.textValue()));
    return out;
  }

  private static List<Hash32> hashes(JsonNode array) {
    List<Hash32> out = new ArrayList<>();
    array.forEach(v -> out.add(Hash32.fromHex(v.textValue())));
    return out;
  }

  private static List<Boolean> flags(JsonNode array) {
    List<Boolean> out = new ArrayList<>();
    array.forEach(v -> out.add(v.booleanValue()));
    return out;
  }

  private static int[] ints(JsonNode array) {
    int[] out = new int[array.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = array.get(i).intValue();
    }
    return out;
  }

  private static LeafOrder order(JsonNode testCase) {
    JsonNode sort = testCase.get("options").get("sortLeaves");
    return sort != null && !sort.booleanValue() ? LeafOrder.AS_GIVEN : LeafOrder.SORTED_BY_HASH;
  }

  @Test
  void of_ozStandardTrees_everyRootNodeProofMultiproofAndDumpIdentical() throws IOException {
    List<String> failing = new ArrayList<>();
    for (JsonNode c : vectors().get("standard")) {
      String name = c.get("name").textValue();
      List<String> encoding = strings(c.get("leafEncoding"));
      List<List<Object>> values = new ArrayList<>();
      c.get("values").forEach(v -> values.add(row(v)));
      StandardMerkleTree tree = StandardMerkleTree.of(encoding, values, order(c));
      Hash32 root = Hash32.fromHex(c.get("root").textValue());
      if (!tree.root().equals(root)) {
        failing.add(name + ": root");
      }
      if (!tree.nodes().equals(hashes(c.get("tree")))) {
        failing.add(name + ": tree");
      }
      if (!tree.render().equals(c.get("render").textValue())) {
        failing.add(name + ": render");
      }
      boolean numbersInDump = c.get("jsonNumbers").booleanValue();
      if (!numbersInDump && !tree.dump().equals(c.get("dump").textValue())) {
        failing.add(name + ": dump " + tree.dump());
      }
      for (JsonNode e : c.get("entries")) {
        int v = e.get("valueIndex").intValue();
        String id = name + " #" + v;
        List<Hash32> proof = hashes(e.get("proof"));
        if (!tree.leafHash(v).equals(Hash32.fromHex(e.get("leafHash").textValue()))
            || !tree.leafHash(values.get(v)).equals(tree.leafHash(v))) {
          failing.add(id + ": leafHash");
        }
        if (tree.treeIndex(v) != e.get("treeIndex").intValue()) {
          failing.add(id + ": treeIndex");
        }
        if (!tree.getProof(v).equals(proof) || !tree.getProof(values.get(v)).equals(proof)) {
          failing.add(id + ": proof");
        }
        if (!tree.verify(v, proof) || !StandardMerkleTree.verify(root, encoding, values.get(v), proof)) {
          failing.add(id + ": verify");
        }
      }
      for (JsonNode mp : c.get("multiProofs")) {
        String id = name + " multiproof " + mp.get("indices");
        MultiProof<List<Object>> got = tree.getMultiProof(ints(mp.get("indices")));
        List<List<Object>> leaves = new ArrayList<>();
        mp.get("leaves").forEach(l -> leaves.add(row(l)));
        if (!got.equals(new MultiProof<>(leaves, hashes(mp.get("proof")), flags(mp.get("proofFlags"))))) {
          failing.add(id + ": " + got);
        }
        boolean verifies = mp.get("verifies").booleanValue();
        if (tree.verifyMultiProof(got) != verifies
            || StandardMerkleTree.verifyMultiProof(root, encoding, got) != verifies) {
          failing.add(id + ": verify");
        }
      }
    }
    assertThat(failing).isEmpty();
  }

  @Test
  void load_ozStandardDumps_loadValidateAndRedumpIdentical() throws IOException {
    List<String> failing = new ArrayList<>();
    for (JsonNode c : vectors().get("standard")) {
      String name = c.get("name").textValue();
      String ozDump = c.get("dump").textValue();
      StandardMerkleTree tree = StandardMerkleTree.load(ozDump);
      tree.validate();
      if (!tree.root().equals(Hash32.fromHex(c.get("root").textValue()))) {
        failing.add(name + ": root");
      }
      List<List<Object>> values = new ArrayList<>();
      c.get("values").forEach(v -> values.add(row(v)));
      if (!tree.values().equals(values) || !tree.leafEncoding().equals(strings(c.get("leafEncoding")))) {
        failing.add(name + ": values " + tree.values());
      }
      boolean numbersInDump = c.get("jsonNumbers").booleanValue();
      String again = tree.dump();
      if (numbersInDump ? !StandardMerkleTree.load(again).root().equals(tree.root()) : !again.equals(ozDump)) {
        failing.add(name + ": re-dump " + again);
      }
    }
    assertThat(failing).isEmpty();
  }

  @Test
  void simpleTrees_ozVectors_everyRootProofMultiproofAndDumpIdentical() throws IOException {
    List<String> failing = new ArrayList<>();
    for (JsonNode c : vectors().get("simple")) {
      String name = c.get("name").textValue();
      List<Hash32> values = hashes(c.get("values"));
      SimpleMerkleTree tree = SimpleMerkleTree.of(values, order(c));
      Hash32 root = Hash32.fromHex(c.get("root").textValue());
      String ozDump = c.get("dump").textValue();
      if (!tree.root().equals(root) || !tree.nodes().equals(hashes(c.get("tree")))) {
        failing.add(name + ": tree");
      }
      if (!tree.dump().equals(ozDump) || !SimpleMerkleTree.load(ozDump).dump().equals(ozDump)) {
        failing.add(name + ": dump");
      }
      for (JsonNode e : c.get("entries")) {
        int v = e.get("valueIndex").intValue();
        List<Hash32> proof = hashes(e.get("proof"));
        if (tree.treeIndex(v) != e.get("treeIndex").intValue()
            || !tree.getProof(v).equals(proof)
            || !tree.getProof(values.get(v)).equals(proof)
            || !SimpleMerkleTree.verify(root, values.get(v), proof)) {
          failing.add(name + " #" + v);
        }
      }
      for (JsonNode mp : c.get("multiProofs")) {
        String id = name + " multiproof " + mp.get("indices");
        MultiProof<Hash32> got = tree.getMultiProof(ints(mp.get("indices")));
        MultiProof<Hash32> expected =
            new MultiProof<>(hashes(mp.get("leaves")), hashes(mp.get("proof")), flags(mp.get("proofFlags")));
        if (!got.equals(expected)) {
          failing.add(id + ": " + got);
        }
        boolean verifies = mp.get("verifies").booleanValue();
        if (tree.verifyMultiProof(expected) != verifies
            || SimpleMerkleTree.verifyMultiProof(root, expected) != verifies) {
          failing.add(id + ": verify");
        }
      }
    }
    assertThat(failing).isEmpty();
  }

  @Test
  void of_typesOzRejects_throwNamingTheColumn() throws IOException {
    List<String> accepted = new ArrayList<>();
    for (JsonNode r : vectors().get("rejectedTypes")) {
      String type = r.get("type").textValue();
      try {
        StandardMerkleTree.of(List.of("uint256", type), List.of(List.of("0", "0")));
        accepted.add(type);
      } catch (InvalidLeafValueException e) {
        accepted.add(type + " (rejected as a value, not a type: " + e.getMessage() + ")");
      } catch (IllegalArgumentException e) {
        if (!e.getMessage().startsWith("leaf encoding column 2: unsupported Solidity type")) {
          accepted.add(type + ": " + e.getMessage());
        }
      }
    }
    assertThat(accepted).isEmpty();
  }

  /**
   * Every value OpenZeppelin rejects is rejected; so are the few it pads or coerces ({@code ozError}
   * null: a short address, a string as a one-element array, a short bytes32), which are strict
   * errors here.
   */
  @Test
  void of_valuesThatDoNotFit_throwInvalidLeafValue() throws IOException {
    List<String> accepted = new ArrayList<>();
    for (JsonNode r : vectors().get("rejectedValues")) {
      List<String> encoding = strings(r.get("leafEncoding"));
      try {
        StandardMerkleTree.of(encoding, List.of(row(r.get("value"))));
        accepted.add(encoding + " " + r.get("value"));
      } catch (InvalidLeafValueException e) {
        assertThat(e.valueIndex()).isZero();
      }
    }
    assertThat(accepted).isEmpty();
  }
}
