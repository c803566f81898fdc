package io.depin.core.merkle;

import com.fasterxml.jackson.databind.JsonNode;
import io.depin.core.DecodingException;
import io.depin.core.DecodingException.Reason;
import io.depin.core.bytes.Hash32;
import io.depin.core.merkle.internal.HashSort;
import io.depin.core.merkle.internal.SortedPairTree;
import io.depin.core.merkle.internal.TreeDumps;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * OpenZeppelin's {@code SimpleMerkleTree} (version 1.0.8, dump format {@code simple-v1}), with
 * the same proofs, multiproofs and dumps: the leaves are given
 * {@code bytes32} values used as leaf hashes as they are (not hashed again); sorting, node hashing
 * and layout are those of {@link StandardMerkleTree}. Use it when the leaves are already hashes
 * (for example {@code keccak256} of a domain-separated claim); otherwise prefer {@link
 * StandardMerkleTree}, whose double hashing keeps leaves and nodes apart.
 *
 * {@snippet :
 * SimpleMerkleTree tree = SimpleMerkleTree.of(List.of(Hash32.fromHex(a), Hash32.fromHex(b)));
 * List<Hash32> proof = tree.getProof(0);
 * boolean ok = SimpleMerkleTree.verify(tree.root(), Hash32.fromHex(a), proof);
 * MultiProof<Hash32> both = tree.getMultiProof(0, 1);
 * boolean allOk = tree.verifyMultiProof(both);
 * }
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class SimpleMerkleTree {
  private static final String FORMAT = "simple-v1";

  private final List<Hash32> values;
  private final int[] treeIndexOf;
  private final SortedPairTree tree;

  private SimpleMerkleTree(List<Hash32> values, int[] treeIndexOf, SortedPairTree tree) {
    this.values = values;
    this.treeIndexOf = treeIndexOf;
    this.tree = tree;
  }

  /**
   * Builds a tree with leaves sorted ascending.
   *
   * @param values the leaves
   * @return the tree
   * @throws IllegalArgumentException if there are no values
   */
  public static SimpleMerkleTree of(List<Hash32> values) {
    return of(values, LeafOrder.SORTED_BY_HASH);
  }

  /**
   * Builds a tree.
   *
   * @param values the leaves
   * @param order sorted (the default) or as given
   * @return the tree
   * @throws IllegalArgumentException if there are no values
   */
  public static SimpleMerkleTree of(List<Hash32> values, LeafOrder order) {
    List<Hash32> copy = List.copyOf(values);
    int n = copy.size();
    if (n == 0) {
      throw new IllegalArgumentException("a Merkle tree needs at least one value");
    }
    byte[] hashes = new byte[Math.multiplyExact(n, 32)];
    for (int i = 0; i < n; i++) {
      copy.get(i).copyTo(hashes, i * 32);
    }
    int[] sorted = new int[n];
    if (Objects.requireNonNull(order, "order") == LeafOrder.SORTED_BY_HASH) {
      sorted = HashSort.sortedOrder(hashes, n);
    } else {
      for (int i = 0; i < n; i++) {
        sorted[i] = i;
      }
    }
    SortedPairTree tree = SortedPairTree.build(hashes, sorted, n);
    int[] treeIndexOf = new int[n];
    for (int k = 0; k < n; k++) {
      treeIndexOf[sorted[k]] = tree.leafPosition(k);
    }
    return new SimpleMerkleTree(copy, treeIndexOf, tree);
  }

  /**
   * Reads a {@code simple-v1} dump and checks every leaf and node.
   *
   * @param json the dump
   * @return the tree
   * @throws DecodingException if the dump is malformed or a hash does not match
   */
  public static SimpleMerkleTree load(String json) {
    TreeDumps.Parsed parsed = TreeDumps.read(json, FORMAT);
    List<Hash32> values = new ArrayList<>(parsed.values().size());
    for (int v = 0; v < parsed.values().size(); v++) {
      JsonNode node = parsed.values().get(v);
      if (!node.isTextual() || !node.textValue().startsWith("0x")) {
        throw new DecodingException(Reason.MALFORMED, "values[" + v + "].value must be 0x-prefixed bytes32 hex");
      }
      Hash32 value = Hash32.fromHex(node.textValue());
      if (!value.equals(parsed.tree().node(parsed.treeIndex()[v]))) {
        throw new DecodingException(Reason.INVALID_VALUE, "value " + v + " is not the leaf at its tree index");
      }
      values.add(value);
    }
    return new SimpleMerkleTree(List.copyOf(values), parsed.treeIndex(), parsed.tree());
  }

  /** {@return the Merkle root} */
  public Hash32 root() {
    return tree.root();
  }

  /** {@return the leaves in the order given (or the order of the dump)} */
  public List<Hash32> values() {
    return values;
  }

  /**
   * Returns the position in the flat node array of value {@code valueIndex}.
   *
   * @param valueIndex a value position
   * @return its tree index
   */
  public int treeIndex(int valueIndex) {
    return treeIndexOf[Objects.checkIndex(valueIndex, values.size())];
  }

  /** {@return the flat node array: {@code 2n - 1} hashes, the root first} */
  public List<Hash32> nodes() {
    return tree.nodeList();
  }

  /**
   * Returns the proof for value {@code valueIndex}.
   *
   * @param valueIndex a value position
   * @return sibling hashes from the leaf up
   */
  public List<Hash32> getProof(int valueIndex) {
    return tree.proof(treeIndex(valueIndex));
  }

  /**
   * Returns the proof for a leaf value, found by equality (the first position holding it).
   *
   * @param value a leaf
   * @return sibling hashes from the leaf up
   * @throws IllegalArgumentException if the value is not in the tree
   */
  public List<Hash32> getProof(Hash32 value) {
    int index = values.indexOf(Objects.requireNonNull(value, "value"));
    if (index < 0) {
      throw new IllegalArgumentException("value is not in the tree: " + value);
    }
    return getProof(index);
  }

  /**
   * Returns a multiproof for several leaves at once, as OpenZeppelin's {@code getMultiProof}: the
   * leaves ordered by tree index descending, the proof hashes and one flag per hashing step. With
   * no indices the proof is the root alone.
   *
   * {@snippet :
   * MultiProof<Hash32> mp = tree.getMultiProof(0, 2, 3);
   * boolean ok = SimpleMerkleTree.verifyMultiProof(tree.root(), mp);  // MerkleProof.multiProofVerify
   * }
   *
   * @param valueIndices distinct value positions
   * @return the multiproof
   * @throws IllegalArgumentException if an index repeats
   * @throws IndexOutOfBoundsException if an index is out of range
   */
  public MultiProof<Hash32> getMultiProof(int... valueIndices) {
    int[] positions = new int[valueIndices.length];
    for (int i = 0; i < valueIndices.length; i++) {
      positions[i] = treeIndex(valueIndices[i]);
    }
    SortedPairTree.Multi multi = tree.multiProof(positions);
    List<Hash32> leaves = new ArrayList<>(multi.positions().length);
    for (int p : multi.positions()) {
      leaves.add(tree.node(p));
    }
    return new MultiProof<>(leaves, multi.proof(), multi.flags());
  }

  /**
   * Checks a multiproof against this tree's root.
   *
   * @param multiProof leaves, proof and flags
   * @return whether it leads to the root
   */
  public boolean verifyMultiProof(MultiProof<Hash32> multiProof) {
    return verifyMultiProof(root(), multiProof);
  }

  /**
   * Checks a multiproof against a root, without a tree: what a contract does with {@code
   * MerkleProof.multiProofVerify}. A malformed proof (counts that do not add up) does not verify.
   *
   * @param root the published root
   * @param multiProof leaves, proof and flags
   * @return whether it leads to {@code root}
   */
  public static boolean verifyMultiProof(Hash32 root, MultiProof<Hash32> multiProof) {
    Hash32 implied =
        SortedPairTree.processMultiProof(multiProof.leaves(), multiProof.proof(), multiProof.proofFlags());
    return root.equals(implied);
  }

  /**
   * Checks a proof against a root, as {@code MerkleProof.verify} does on chain.
   *
   * @param root the root
   * @param leaf the leaf value
   * @param proof sibling hashes from the leaf up
   * @return whether the proof leads to the root
   */
  public static boolean verify(Hash32 root, Hash32 leaf, List<Hash32> proof) {
    return SortedPairTree.processProof(leaf, proof).equals(root);
  }

  /** {@return the {@code simple-v1} dump as compact JSON, as OpenZeppelin writes it} */
  public String dump() {
    return TreeDumps.write(FORMAT, null, tree, values, treeIndexOf);
  }

  /** {@return the root and size} */
  @Override
  public String toString() {
    return "SimpleMerkleTree[root=" + root() + ", size=" + values.size() + "]";
  }
}
