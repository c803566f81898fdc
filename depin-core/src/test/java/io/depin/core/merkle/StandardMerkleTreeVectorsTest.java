package io.depin.core.merkle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.depin.core.bytes.Hash32;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The OpenZeppelin merkle-tree 1.0.8 examples and committed dumps (vectors/merkle, MIT, see its
 * README): every tree, leaf hash, tree index, proof, multiproof, rendering and dump.
 */
class StandardMerkleTreeVectorsTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  static String resource(String name) throws IOException {
    try (InputStream in = StandardMerkleTreeVectorsTest.class.getResourceAsStream("/vectors/merkle/" + name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static List<Object> row(JsonNode value) {
    List<Object> row = new ArrayList<>();
    value.forEach(v -> row.add(v.isBoolean() ? v.booleanValue() : v.textValue()));
    return row;
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

  @Test
  void of_ozExamples_matchEveryTreeLeafProofAndMultiproof() throws IOException {
    JsonNode doc = MAPPER.readTree(resource("oz_standard_merkle_tree.json"));
    List<String> failing = new ArrayList<>();
    for (JsonNode ex : doc.get("examples")) {
      String name = ex.get("name").textValue();
      List<String> encoding = strings(ex.get("leafEncoding"));
      List<List<Object>> values = new ArrayList<>();
      ex.get("values").forEach(v -> values.add(row(v)));
      JsonNode sortNode = ex.get("options").get("sortLeaves");
      LeafOrder order = sortNode != null && !sortNode.booleanValue() ? LeafOrder.AS_GIVEN : LeafOrder.SORTED_BY_HASH;
      StandardMerkleTree tree = StandardMerkleTree.of(encoding, values, order);
      if (!tree.root().equals(Hash32.fromHex(ex.get("root").textValue()))) {
        failing.add(name + ": root");
      }
      if (!tree.nodes().equals(hashes(ex.get("tree")))) {
        failing.add(name + ": tree");
      }
      if (!tree.render().equals(ex.get("render").textValue())) {
        failing.add(name + ": render");
      }
      for (JsonNode entry : ex.get("entries")) {
        int v = entry.get("valueIndex").intValue();
        String id = name + " #" + v;
        List<Hash32> proof = hashes(entry.get("proof"));
        if (!tree.leafHash(v).equals(Hash32.fromHex(entry.get("leafHash").textValue()))
            || !tree.leafHash(row(entry.get("value"))).equals(tree.leafHash(v))) {
          failing.add(id + ": leafHash");
        }
        if (tree.treeIndex(v) != entry.get("treeIndex").intValue()) {
          failing.add(id + ": treeIndex");
        }
        if (!tree.getProof(v).equals(proof) || !tree.getProof(row(entry.get("value"))).equals(proof)) {
          failing.add(id + ": proof");
        }
        if (!tree.verify(v, proof)
            || !StandardMerkleTree.verify(tree.root(), encoding, row(entry.get("value")), proof)) {
          failing.add(id + ": verify");
        }
      }
      JsonNode mp = ex.get("multiProof");
      if (mp != null) {
        int[] indices = new int[mp.get("indices").size()];
        for (int i = 0; i < indices.length; i++) {
          indices[i] = mp.get("indices").get(i).intValue();
        }
        MultiProof<List<Object>> got = tree.getMultiProof(indices);
        List<List<Object>> leaves = new ArrayList<>();
        mp.get("leaves").forEach(l -> leaves.add(row(l)));
        List<Boolean> flags = new ArrayList<>();
        mp.get("proofFlags").forEach(f -> flags.add(f.booleanValue()));
        if (!got.equals(new MultiProof<>(leaves, hashes(mp.get("proof")), flags))) {
          failing.add(name + ": multiproof " + got);
        }
        if (tree.verifyMultiProof(got) != mp.get("verifies").booleanValue()) {
          failing.add(name + ": verifyMultiProof");
        }
      }
    }
    assertThat(failing).isEmpty();
  }

  @Test
  void load_committedStandardDumps_rootsAndDumpReproduced() throws IOException {
    List<String> failing = new ArrayList<>();
    JsonNode doc = MAPPER.readTree(resource("oz_standard_merkle_tree.json"));
    for (String name : List.of("standard-v1.sorted.1_0_6.json", "standard-v1.unsorted.1_0_6.json")) {
      String json = resource("oz_dumps/" + name).strip();
      StandardMerkleTree tree = StandardMerkleTree.load(json);
      tree.validate();
      if (!tree.dump().equals(json)) {
        failing.add(name + ": dump differs");
      }
      String example = name.contains("unsorted") ? "strings a..f unsorted (sortLeaves:false)" : "strings a..f sorted (same as test/dumps/standard-v1.sorted)";
      for (JsonNode ex : doc.get("examples")) {
        if (ex.get("name").textValue().equals(example)
            && !tree.root().equals(Hash32.fromHex(ex.get("root").textValue()))) {
          failing.add(name + ": root");
        }
      }
      List<List<Object>> values = tree.values();
      LeafOrder order = name.contains("unsorted") ? LeafOrder.AS_GIVEN : LeafOrder.SORTED_BY_HASH;
      if (!StandardMerkleTree.of(tree.leafEncoding(), values, order).dump().equals(json)) {
        failing.add(name + ": rebuilt dump differs");
      }
    }
    assertThat(failing).isEmpty();
  }
}
