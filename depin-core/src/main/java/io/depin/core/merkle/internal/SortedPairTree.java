package io.depin.core.merkle.internal;

import io.depin.core.bytes.Hash32;
import io.depin.core.hash.internal.Keccak256;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The OpenZeppelin merkle-tree layout: a complete binary tree of {@code 2n - 1} 32-byte nodes in
 * one flat array, root at 0, children of {@code i} at {@code 2i + 1} and {@code 2i + 2}, leaf
 * {@code k} (in leaf order) at {@code 2n - 2 - k}, and {@code node = keccak256(min(a, b) ||
 * max(a, b))} (unsigned byte order).
 *
 * <p>Nodes are built level by level from the deepest; a level with many nodes is split across the
 * common fork-join pool. Immutable after construction and safe to share between threads.
 */
public final class SortedPairTree {
  private static final int PARALLEL_THRESHOLD = 1 << 13;

  private final byte[] nodes;
  private final int length;

  private SortedPairTree(byte[] nodes, int length) {
    this.nodes = nodes;
    this.length = length;
  }

  /**
   * Builds the tree over {@code count} leaf hashes; leaf {@code k} is at {@code leaves[order[k] *
   * 32]}.
   *
   * @throws IllegalArgumentException if {@code count} is zero
   */
  public static SortedPairTree build(byte[] leaves, int[] order, int count) {
    if (count == 0) {
      throw new IllegalArgumentException("a Merkle tree needs at least one leaf");
    }
    int length = 2 * count - 1;
    byte[] nodes = new byte[Math.multiplyExact(length, 32)];
    for (int k = 0; k < count; k++) {
      System.arraycopy(leaves, order[k] * 32, nodes, (length - 1 - k) * 32, 32);
    }
    int lastInternal = count - 2;
    if (lastInternal >= 0) {
      int depth = 31 - Integer.numberOfLeadingZeros(lastInternal + 1);
      for (; depth >= 0; depth--) {
        int from = (1 << depth) - 1;
        int to = Math.min((1 << (depth + 1)) - 2, lastInternal);
        hashRange(nodes, from, to);
      }
    }
    return new SortedPairTree(nodes, length);
  }

  /**
   * Wraps nodes read from a dump, without checking them; see {@link #firstInvalidNode()}.
   *
   * @param hashes the nodes in array order; the length must be odd
   */
  public static SortedPairTree fromNodes(List<Hash32> hashes) {
    byte[] nodes = new byte[hashes.size() * 32];
    for (int i = 0; i < hashes.size(); i++) {
      hashes.get(i).copyTo(nodes, i * 32);
    }
    return new SortedPairTree(nodes, hashes.size());
  }

  private static void hashRange(byte[] nodes, int from, int to) {
    int n = to - from + 1;
    if (n < PARALLEL_THRESHOLD) {
      hashNodes(nodes, from, to, new Keccak256());
      return;
    }
    int chunks = Math.max(2, 4 * Runtime.getRuntime().availableProcessors());
    int step = (n + chunks - 1) / chunks;
    IntStream.range(0, chunks)
        .parallel()
        .forEach(
            c -> {
              int a = from + c * step;
              int b = Math.min(to, a + step - 1);
              if (a <= b) {
                hashNodes(nodes, a, b, new Keccak256());
              }
            });
  }

  private static void hashNodes(byte[] nodes, int from, int to, Keccak256 keccak) {
    for (int i = from; i <= to; i++) {
      hashPair(nodes, (2 * i + 1) * 32, nodes, (2 * i + 2) * 32, keccak, nodes, i * 32);
    }
  }

  private static void hashPair(
      byte[] a, int aOff, byte[] b, int bOff, Keccak256 keccak, byte[] out, int outOff) {
    if (Arrays.compareUnsigned(a, aOff, aOff + 32, b, bOff, bOff + 32) <= 0) {
      keccak.hashConcat32(a, aOff, b, bOff, out, outOff);
    } else {
      keccak.hashConcat32(b, bOff, a, aOff, out, outOff);
    }
  }

  /** Returns {@code keccak256} of the two hashes in ascending order. */
  public static Hash32 hashPair(Hash32 a, Hash32 b) {
    byte[] ab = new byte[64];
    a.copyTo(ab, 0);
    b.copyTo(ab, 32);
    byte[] out = new byte[32];
    hashPair(ab, 0, ab, 32, new Keccak256(), out, 0);
    return Hash32.adoptDigest(out);
  }

  /** Returns the number of nodes, {@code 2n - 1}. */
  public int length() {
    return length;
  }

  /** Returns the number of leaves. */
  public int leafCount() {
    return (length + 1) / 2;
  }

  /** Returns the array position of leaf {@code k} (in leaf order). */
  public int leafPosition(int k) {
    return length - 1 - k;
  }

  /** Returns whether {@code i} is a leaf position. */
  public boolean isLeaf(int i) {
    return i >= 0 && i < length && 2 * (long) i + 1 >= length;
  }

  /** Returns node {@code i}. */
  public Hash32 node(int i) {
    return Hash32.of(nodes, i * 32);
  }

  /** Returns every node, the root first, as an unmodifiable list. */
  public List<Hash32> nodeList() {
    List<Hash32> out = new ArrayList<>(length);
    for (int i = 0; i < length; i++) {
      out.add(node(i));
    }
    return Collections.unmodifiableList(out);
  }

  /** Returns the root, node 0. */
  public Hash32 root() {
    return node(0);
  }

  /** Returns the sibling hashes from leaf position {@code i} up to the root. */
  public List<Hash32> proof(int i) {
    List<Hash32> proof = new ArrayList<>();
    for (int j = i; j > 0; j = (j - 1) / 2) {
      proof.add(node((j & 1) == 1 ? j + 1 : j - 1));
    }
    return List.copyOf(proof);
  }

  /** A multiproof in array terms: leaf positions (descending), proof hashes and flags. */
  @SuppressWarnings("ArrayRecordComponent") // an internal result, never compared with equals
  public record Multi(int[] positions, List<Hash32> proof, List<Boolean> flags) {}

  /**
   * Returns the multiproof for distinct leaf positions, as {@code getMultiProof} in OpenZeppelin's
   * core.ts builds it.
   *
   * @throws IllegalArgumentException if a position repeats or is not a leaf
   */
  public Multi multiProof(int[] leafPositions) {
    int[] sorted = leafPositions.clone();
    Arrays.sort(sorted);
    for (int i = 0; i < sorted.length; i++) {
      if (!isLeaf(sorted[i])) {
        throw new IllegalArgumentException("index " + sorted[i] + " is not a leaf");
      }
      if (i > 0 && sorted[i] == sorted[i - 1]) {
        throw new IllegalArgumentException("cannot prove a repeated leaf");
      }
    }
    int[] descending = new int[sorted.length];
    for (int i = 0; i < sorted.length; i++) {
      descending[i] = sorted[sorted.length - 1 - i];
    }
    java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>();
    for (int p : descending) {
      queue.addLast(p);
    }
    List<Hash32> proof = new ArrayList<>();
    List<Boolean> flags = new ArrayList<>();
    while (!queue.isEmpty() && queue.peekFirst() > 0) {
      int j = queue.pollFirst();
      int sibling = (j & 1) == 1 ? j + 1 : j - 1;
      Integer next = queue.peekFirst();
      if (next != null && next == sibling) {
        flags.add(Boolean.TRUE);
        queue.pollFirst();
      } else {
        flags.add(Boolean.FALSE);
        proof.add(node(sibling));
      }
      queue.addLast((j - 1) / 2);
    }
    if (descending.length == 0) {
      proof.add(root());
    }
    return new Multi(descending, List.copyOf(proof), List.copyOf(flags));
  }

  /** Folds a proof onto a leaf hash and returns the implied root. */
  public static Hash32 processProof(Hash32 leaf, List<Hash32> proof) {
    Hash32 node = leaf;
    for (Hash32 sibling : proof) {
      node = hashPair(node, sibling);
    }
    return node;
  }

  /**
   * Returns the root implied by a multiproof, or null if the proof is not well formed (as
   * OpenZeppelin's {@code processMultiProof} and {@code MerkleProof.multiProofVerify}).
   */
  public static @org.jspecify.annotations.Nullable Hash32 processMultiProof(
      List<Hash32> leaves, List<Hash32> proof, List<Boolean> flags) {
    long falseFlags = flags.stream().filter(f -> !f).count();
    if (proof.size() < falseFlags || leaves.size() + proof.size() != flags.size() + 1) {
      return null;
    }
    java.util.ArrayDeque<Hash32> queue = new java.util.ArrayDeque<>(leaves);
    java.util.ArrayDeque<Hash32> proofQueue = new java.util.ArrayDeque<>(proof);
    for (boolean flag : flags) {
      Hash32 a = queue.pollFirst();
      Hash32 b = flag ? queue.pollFirst() : proofQueue.pollFirst();
      if (a == null || b == null) {
        return null;
      }
      queue.addLast(hashPair(a, b));
    }
    if (queue.size() + proofQueue.size() != 1) {
      return null;
    }
    Hash32 last = queue.pollLast();
    return last != null ? last : proofQueue.pollFirst();
  }

  /**
   * Returns the first internal node that is not the hash of its children, or -1 if every node
   * checks out.
   */
  public int firstInvalidNode() {
    Keccak256 keccak = new Keccak256();
    byte[] out = new byte[32];
    for (int i = 0; 2 * i + 2 < length; i++) {
      hashPair(nodes, (2 * i + 1) * 32, nodes, (2 * i + 2) * 32, keccak, out, 0);
      if (!Arrays.equals(out, 0, 32, nodes, i * 32, i * 32 + 32)) {
        return i;
      }
    }
    return -1;
  }

  /** Returns whether leaf position {@code i} holds exactly {@code hash}. */
  public boolean leafEquals(int i, byte[] hash, int offset) {
    return Arrays.equals(nodes, i * 32, i * 32 + 32, hash, offset, offset + 32);
  }

  /** Renders the tree as OpenZeppelin's {@code render()} does. */
  public String render() {
    StringBuilder sb = new StringBuilder();
    java.util.ArrayDeque<int[]> stack = new java.util.ArrayDeque<>();
    java.util.ArrayDeque<String> prefixes = new java.util.ArrayDeque<>();
    stack.push(new int[] {0, -1});
    prefixes.push("");
    while (!stack.isEmpty()) {
      int[] entry = stack.pop();
      String indent = prefixes.pop();
      int i = entry[0];
      int last = entry[1];
      if (sb.length() > 0) {
        sb.append('\n');
      }
      sb.append(indent);
      if (last >= 0) {
        sb.append(last == 1 ? "\u251c\u2500 " : "\u2514\u2500 ");
      }
      sb.append(i).append(") ").append(node(i).toPrefixedHex());
      if (2 * i + 2 < length) {
        String childIndent = last < 0 ? "" : indent + (last == 1 ? "\u2502  " : "   ");
        stack.push(new int[] {2 * i + 2, 0});
        prefixes.push(childIndent);
        stack.push(new int[] {2 * i + 1, 1});
        prefixes.push(childIndent);
      }
    }
    return sb.toString();
  }
}
