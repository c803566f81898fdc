package io.depin.core.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.depin.core.DecodingException;
import io.depin.core.merkle.StandardMerkleTree;
import java.nio.charset.StandardCharsets;

/** {@link StandardMerkleTree#load} either returns a tree that round-trips or throws {@link DecodingException}. */
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
    StandardMerkleTree again = StandardMerkleTree.load(tree.dump());
    assertThat(again.root()).isEqualTo(tree.root());
    assertThat(again.dump()).isEqualTo(tree.dump());
  }
}
