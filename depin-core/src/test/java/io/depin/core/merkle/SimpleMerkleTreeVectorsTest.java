package io.depin.core.merkle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.depin.core.bytes.Hash32;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** OpenZeppelin SimpleMerkleTree example and the committed simple-v1 dumps (vectors/merkle). */
class SimpleMerkleTreeVectorsTest {
  @Test
  void of_ozSimpleExample_matchesTreeIndicesAndProofs() throws Exception {
    JsonNode ex = new ObjectMapper().readTree(StandardMerkleTreeVectorsTest.resource("oz_standard_merkle_tree.json"))
        .get("simple_tree_example");
    List<Hash32> values = new ArrayList<>();
    ex.get("values").forEach(v -> values.add(Hash32.fromHex(v.get("value").textValue())));
    SimpleMerkleTree tree = SimpleMerkleTree.of(values);
    List<String> failing = new ArrayList<>();
    if (!tree.root().equals(Hash32.fromHex(ex.get("root").textValue()))) {
      failing.add("root");
    }
    List<Hash32> nodes = new ArrayList<>();
    ex.get("tree").forEach(t -> nodes.add(Hash32.fromHex(t.textValue())));
    if (!tree.nodes().equals(nodes)) {
      failing.add("tree");
    }
    for (int i = 0; i < values.size(); i++) {
      List<Hash32> proof = new ArrayList<>();
      ex.get("proofs").get(i).forEach(p -> proof.add(Hash32.fromHex(p.textValue())));
      if (tree.treeIndex(i) != ex.get("values").get(i).get("treeIndex").intValue()
          || !tree.getProof(i).equals(proof)
          || !SimpleMerkleTree.verify(tree.root(), values.get(i), proof)) {
        failing.add("value " + i);
      }
    }
    assertThat(failing).isEmpty();
  }

  @Test
  void load_committedSimpleDumps_dumpReproducedAndRebuildMatches() throws Exception {
    List<String> failing = new ArrayList<>();
    for (String name : List.of("simple-v1.sorted.1_0_6.json", "simple-v1.unsorted.1_0_6.json")) {
      String json = StandardMerkleTreeVectorsTest.resource("oz_dumps/" + name).strip();
      SimpleMerkleTree tree = SimpleMerkleTree.load(json);
      LeafOrder order = name.contains("unsorted") ? LeafOrder.AS_GIVEN : LeafOrder.SORTED_BY_HASH;
      if (!tree.dump().equals(json) || !SimpleMerkleTree.of(tree.values(), order).dump().equals(json)) {
        failing.add(name);
      }
    }
    assertThat(failing).isEmpty();
  }
}
