package io.depin.core.merkle;

import io.depin.core.bytes.Bytes;
import io.depin.core.bytes.Hash32;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A binary Merkle tree over byte-string leaves, with a pluggable {@link MerkleHashing}.
 *
 * <p>Rule (RFC 6962 / RFC 9162 Merkle Tree Hash). Leaves are hashed with {@link
 * MerkleHashing#leaf} ({@code H(0x00 || data)} for {@link MerkleHashing#rfc6962}), pairs with
 * {@link MerkleHashing#node} ({@code H(0x01 || left || right)}), in order: the tree is not sorted
 * and proofs carry the leaf position. Levels are built bottom-up pairing nodes left to right; when
 * a level has an odd number of nodes the last one is promoted unchanged to the next level (never
 * duplicated, so no second preimage via duplication). This gives the same root as RFC 6962's
 * recursive split at the largest power of two below the size. A one-leaf tree's root is the leaf
 * hash; an empty tree is rejected.
 *
 * {@snippet :
 * MerkleHashing hashing = MerkleHashing.rfc6962(HashAlgorithm.SHA_256);
 * MerkleTree tree = MerkleTree.of(hashing, List.of(Bytes.fromHex("01"), Bytes.fromHex("02"), Bytes.fromHex("03")));
 * InclusionProof proof = tree.proof(2);
 * boolean ok = MerkleTree.verify(tree.root(), hashing, Bytes.fromHex("03"), proof);   // true
 * }
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class MerkleTree {
  private final MerkleHashing hashing;
  private final List<List<Hash32>> levels;

  private MerkleTree(MerkleHashing hashing, List<List<Hash32>> levels) {
    this.hashing = hashing;
    this.levels = levels;
  }

  /**
   * Builds a tree.
   *
   * @param hashing the leaf and node hashing
   * @param leaves the leaf data, in order
   * @return the tree
   * @throws IllegalArgumentException if there are no leaves
   */
  public static MerkleTree of(MerkleHashing hashing, List<Bytes> leaves) {
    Objects.requireNonNull(hashing, "hashing");
    if (leaves.isEmpty()) {
      throw new IllegalArgumentException("a Merkle tree needs at least one leaf");
    }
    List<Hash32> level = new ArrayList<>(leaves.size());
    for (Bytes leaf : leaves) {
      level.add(hashing.leaf(leaf));
    }
    List<List<Hash32>> levels = new ArrayList<>();
    levels.add(List.copyOf(level));
    while (level.size() > 1) {
      List<Hash32> next = new ArrayList<>((level.size() + 1) / 2);
      for (int i = 0; i + 1 < level.size(); i += 2) {
        next.add(hashing.node(level.get(i), level.get(i + 1)));
      }
      if (level.size() % 2 == 1) {
        next.add(level.get(level.size() - 1));
      }
      levels.add(List.copyOf(next));
      level = next;
    }
    return new MerkleTree(hashing, List.copyOf(levels));
  }

  /** {@return the root} */
  public Hash32 root() {
    return levels.get(levels.size() - 1).get(0);
  }

  /** {@return the number of leaves} */
  public int leafCount() {
    return levels.get(0).size();
  }

  /**
   * Returns the hash of leaf {@code index}.
   *
   * @param index a leaf position
   * @return its leaf hash
   */
  public Hash32 leafHash(int index) {
    return levels.get(0).get(index);
  }

  /**
   * Returns the inclusion proof of leaf {@code index}.
   *
   * @param index a leaf position, 0 to {@code leafCount() - 1}
   * @return the proof
   */
  public InclusionProof proof(int index) {
    Objects.checkIndex(index, leafCount());
    List<Hash32> siblings = new ArrayList<>();
    int i = index;
    for (int l = 0; l < levels.size() - 1; l++) {
      List<Hash32> level = levels.get(l);
      int sibling = i ^ 1;
      if (sibling < level.size()) {
        siblings.add(level.get(sibling));
      }
      i >>= 1;
    }
    return new InclusionProof(index, leafCount(), siblings);
  }

  /**
   * Checks that {@code data} is the leaf at the proof's position under this tree's root.
   *
   * @param data the leaf data
   * @param proof the inclusion proof
   * @return whether it verifies
   */
  public boolean verify(Bytes data, InclusionProof proof) {
    return verify(root(), hashing, data, proof);
  }

  /**
   * Checks that {@code data} is the leaf at the proof's position in a tree with {@code root}.
   *
   * @param root the expected root
   * @param hashing the tree's hashing
   * @param data the leaf data
   * @param proof the inclusion proof
   * @return whether it verifies (a proof with too many or too few siblings does not)
   */
  public static boolean verify(Hash32 root, MerkleHashing hashing, Bytes data, InclusionProof proof) {
    Hash32 node = hashing.leaf(data);
    int i = proof.leafIndex();
    int size = proof.leafCount();
    int used = 0;
    List<Hash32> siblings = proof.siblings();
    while (size > 1) {
      if ((i & 1) == 1 || i + 1 < size) {
        if (used == siblings.size()) {
          return false;
        }
        Hash32 sibling = siblings.get(used++);
        node = (i & 1) == 1 ? hashing.node(sibling, node) : hashing.node(node, sibling);
      }
      i >>= 1;
      size = (size + 1) / 2;
    }
    return used == siblings.size() && node.equals(root);
  }

  @Override
  public String toString() {
    return "MerkleTree[root=" + root() + ", leaves=" + leafCount() + ", hashing=" + hashing + "]";
  }
}
