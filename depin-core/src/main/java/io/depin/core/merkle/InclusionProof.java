package io.depin.core.merkle;

import io.depin.core.bytes.Hash32;
import java.util.List;

/**
 * Proof that one leaf is in a {@link MerkleTree}: its position, the tree size and the sibling
 * hashes from the leaf up (promoted odd nodes contribute no sibling).
 *
 * {@snippet :
 * InclusionProof proof = tree.proof(2);
 * boolean ok = MerkleTree.verify(tree.root(), hashing, leafData, proof);
 * }
 *
 * @param leafIndex the leaf's position, 0 to {@code leafCount - 1}
 * @param leafCount the number of leaves in the tree
 * @param siblings the sibling hashes from the leaf level up
 * @since 0.1.0
 */
public record InclusionProof(int leafIndex, int leafCount, List<Hash32> siblings) {
  /**
   * Checks the position and copies the siblings.
   *
   * @throws IllegalArgumentException if {@code leafIndex} is not in {@code [0, leafCount)}
   */
  public InclusionProof {
    if (leafCount < 1 || leafIndex < 0 || leafIndex >= leafCount) {
      throw new IllegalArgumentException(
          "leaf index " + leafIndex + " is not within a tree of " + leafCount + " leaves");
    }
    siblings = List.copyOf(siblings);
  }
}
