package io.depin.core.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.depin.core.DecodingException;
import io.depin.core.merkle.MultiProof;
import io.depin.core.merkle.StandardMerkleTree;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;

/**
 * {@link StandardMerkleTree#load} either returns a tree that round-trips or throws {@link
 * DecodingException}, whatever the leaf types (scalars, nested arrays, tuples) and values. A
 * loaded tree validates, and a multiproof of all its leaves verifies. Seeds: dumps written by
 * OpenZeppelin's merkle-tree 1.0.8 (vectors/merkle/generated).
 */
class StandardMerkleTreeDumpFuzzTest {
  @FuzzTest
  void load_anyInput_returnsOrThrowsDecodingException(byte[] input) {
    String json = new String(input, StandardCharsets.UTF_8);
    StandardMerkleTree tree;
    try {
      tree = StandardMerkleTree.load(json);
    } catch (DecodingException expected) {
      return;
    }
    tree.validate();
    StandardMerkleTree again = StandardMerkleTree.load(tree.dump());
    assertThat(again.root()).isEqualTo(tree.root());
    assertThat(again.dump()).isEqualTo(tree.dump());
    if (tree.size() <= 64) {
      MultiProof<List<Object>> all = tree.getMultiProof(IntStream.range(0, tree.size()).toArray());
      assertThat(StandardMerkleTree.verifyMultiProof(tree.root(), tree.leafEncoding(), all)).isTrue();
    }
  }
}
