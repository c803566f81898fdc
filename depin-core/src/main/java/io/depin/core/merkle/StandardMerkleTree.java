package io.depin.core.merkle;

import com.fasterxml.jackson.databind.JsonNode;
import io.depin.core.DecodingException;
import io.depin.core.DecodingException.Reason;
import io.depin.core.bytes.Hash32;
import io.depin.core.merkle.internal.HashSort;
import io.depin.core.merkle.internal.LeafEncoder;
import io.depin.core.merkle.internal.SortedPairTree;
import io.depin.core.merkle.internal.TreeDumps;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * A Merkle tree compatible, byte for byte, with OpenZeppelin's {@code StandardMerkleTree} from
 * {@code @openzeppelin/merkle-tree} 1.0.8 (dump format {@code standard-v1}): the same root, leaf
 * hashes, tree indices, proofs, multiproofs and dumps, so a root built here can be checked on
 * chain with OpenZeppelin's {@code MerkleProof}.
 *
 * <p>Rules. Each leaf is a row of values with declared Solidity types (the <em>leaf encoding</em>,
 * e.g. {@code ["address", "uint256"]}); {@code leaf = keccak256(keccak256(abi.encode(values)))},
 * hashed twice so a 64-byte internal node can never pass as a leaf. An internal node is {@code
 * keccak256} of its two children in ascending unsigned byte order, so proofs need no left/right
 * bits. By default leaves are sorted by hash ({@link LeafOrder#SORTED_BY_HASH}). The {@code 2n -
 * 1} nodes sit in one array: the root at 0, the children of {@code i} at {@code 2i + 1} and {@code
 * 2i + 2}, and the k-th leaf at {@code 2n - 2 - k} (leaves at the end, in reverse order). An odd
 * number of leaves is neither padded nor duplicated: the tree is complete but not perfect.
 *
 * <p>A reward-claim tree in a few lines:
 *
 * {@snippet :
 * List<List<Object>> rows = List.of(
 *     List.of("0x1111111111111111111111111111111111111111", new BigInteger("5000000000000000000")),
 *     List.of("0x2222222222222222222222222222222222222222", new BigInteger("2500000000000000000")));
 * StandardMerkleTree tree = StandardMerkleTree.of(List.of("address", "uint256"), rows);
 * Hash32 root = tree.root();                 // 0xd4dee0be...bd77, publish on chain
 * List<Hash32> proof = tree.getProof(0);     // give to the first claimant
 * String json = tree.dump();                 // StandardMerkleTree.load(json) in Java or JavaScript
 * }
 *
 * <p>Leaf types are any Solidity ABI type list OpenZeppelin's merkle-tree 1.0.8 accepts (it
 * encodes with {@code @metamask/abi-utils}): scalars, fixed and dynamic arrays of any depth ({@code
 * uint256[]}, {@code address[3]}, {@code bytes32[][]}; the last bracket pair is the outermost, so
 * {@code uint256[][2]} holds two {@code uint256[]}) and tuples written {@code (T1,T2,...)} (spaces
 * around components allowed), including arrays of tuples ({@code (address,uint256)[]}). Type
 * strings are parsed strictly: ethers' {@code tuple(...)} spelling, {@code T[0]}, lengths with
 * leading zeros and fixed-point types are rejected, as are strings over 4096 characters, nesting
 * deeper than 32 levels and static types over 1 MiB.
 *
 * <p>Accepted Java values per type: {@code address}: a {@code 0x} + 40-hex-digit {@code String}
 * (mixed case must be a valid EIP-55 checksum) or 20-byte {@code Bytes}; {@code uintN}, {@code
 * intN}: {@code BigInteger}, {@code Long}, {@code Integer}, {@code Short}, {@code Byte} or a
 * decimal or non-negative {@code 0x}-hex {@code String}; {@code bool}: {@code Boolean} or the
 * {@code String} {@code "true"} or {@code "false"}; {@code bytesN}: {@code Bytes} or {@code
 * Hash32} of exactly N bytes, or a {@code 0x}-hex {@code String}; {@code function}: the same with
 * 24 bytes (address and selector); {@code bytes}: {@code Bytes} or a {@code 0x}-hex {@code
 * String}; {@code string}: a {@code String} without unpaired surrogates (encoded as UTF-8); arrays
 * and tuples: a {@code List} with one element per array element or tuple component (exactly k for
 * {@code T[k]}). The tree keeps an unmodifiable deep copy of the values. A value that does not fit
 * is reported with its row, column and the path into nested lists, e.g. {@code value 3: column 2
 * element [1][0]: value 256 is out of range for uint8 (0 to 2^8-1)}. The dump writes numbers as decimal strings, bytes as
 * {@code 0x} hex, lists as JSON arrays and other values as given.
 *
 * <p>A tree whose leaves hold an array of tuples:
 *
 * {@snippet :
 * StandardMerkleTree batches = StandardMerkleTree.of(
 *     List.of("uint64", "(address,uint256)[]"),
 *     List.of(
 *         List.of(7L, List.of(List.of(alice, BigInteger.TEN), List.of(bob, BigInteger.TWO))),
 *         List.of(8L, List.of())));
 * List<Hash32> proof = batches.getProof(1);
 * }
 *
 * <p>Building hashes the leaves on the common fork-join pool; proofs are computed on request.
 * Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class StandardMerkleTree {
  private static final String FORMAT = "standard-v1";
  private static final int CHUNK = 4096;

  private final List<String> leafEncoding;
  private final LeafEncoder encoder;
  private final List<List<Object>> values;
  private final int[] treeIndexOf;
  private final SortedPairTree tree;
  private volatile @Nullable Map<Hash32, Integer> hashLookup;
  private volatile int @Nullable [] valueAt;

  private StandardMerkleTree(
      List<String> leafEncoding,
      LeafEncoder encoder,
      List<List<Object>> values,
      int[] treeIndexOf,
      SortedPairTree tree) {
    this.leafEncoding = leafEncoding;
    this.encoder = encoder;
    this.values = values;
    this.treeIndexOf = treeIndexOf;
    this.tree = tree;
  }

  /**
   * Builds a tree with leaves sorted by hash, like {@code StandardMerkleTree.of(values,
   * leafEncoding)}.
   *
   * @param leafEncoding the Solidity type of each column, e.g. {@code List.of("address",
   *     "uint256")}
   * @param values one row per leaf, each with one value per column
   * @return the tree
   * @throws IllegalArgumentException if the encoding is empty or names an unsupported type (the
   *     message names the column), or there are no values
   * @throws InvalidLeafValueException if a row has the wrong arity or a value does not fit its type
   */
  public static StandardMerkleTree of(List<String> leafEncoding, List<? extends List<?>> values) {
    return of(leafEncoding, values, LeafOrder.SORTED_BY_HASH);
  }

  /**
   * Builds a tree.
   *
   * @param leafEncoding the Solidity type of each column
   * @param values one row per leaf
   * @param order whether leaves are sorted by hash (the default) or kept in the given order
   * @return the tree
   * @throws IllegalArgumentException if the encoding is empty or names an unsupported type, or
   *     there are no values
   * @throws InvalidLeafValueException if a row has the wrong arity or a value does not fit its type
   */
  public static StandardMerkleTree of(
      List<String> leafEncoding, List<? extends List<?>> values, LeafOrder order) {
    Objects.requireNonNull(order, "order");
    List<String> encoding = List.copyOf(leafEncoding);
    LeafEncoder encoder = LeafEncoder.of(encoding);
    int n = values.size();
    if (n == 0) {
      throw new IllegalArgumentException("a Merkle tree needs at least one value");
    }
    List<List<Object>> rows = copyRows(values);
    byte[] hashes = hashLeaves(encoder, rows);
    int[] sortedOrder = order == LeafOrder.SORTED_BY_HASH ? HashSort.sortedOrder(hashes, n) : identity(n);
    SortedPairTree tree = SortedPairTree.build(hashes, sortedOrder, n);
    int[] treeIndexOf = new int[n];
    for (int k = 0; k < n; k++) {
      treeIndexOf[sortedOrder[k]] = tree.leafPosition(k);
    }
    return new StandardMerkleTree(encoding, encoder, rows, treeIndexOf, tree);
  }

  private static List<List<Object>> copyRows(List<? extends List<?>> values) {
    Object[] rows = new Object[values.size()];
    int i = 0;
    for (List<?> row : values) {
      if (row == null) {
        throw new InvalidLeafValueException(i, "row is null");
      }
      rows[i++] = copyList(row);
    }
    @SuppressWarnings("unchecked")
    List<List<Object>> list = (List<List<Object>>) (List<?>) Collections.unmodifiableList(Arrays.asList(rows));
    return list;
  }

  /**
   * Copies a row, or the value of an array or tuple column, so later changes by the caller cannot
   * reach the tree. Lists without nulls or nested lists are copied with {@link List#copyOf}, which
   * shares lists that are already immutable ({@code List.of}) instead of allocating; a null is kept
   * and rejected later with the row's index.
   */
  private static List<Object> copyList(List<?> list) {
    boolean plain = true;
    for (int j = 0; j < list.size() && plain; j++) {
      Object v = list.get(j);
      plain = v != null && !(v instanceof List<?>);
    }
    if (plain) {
      return List.copyOf(list);
    }
    Object[] copy = list.toArray();
    for (int j = 0; j < copy.length; j++) {
      if (copy[j] instanceof List<?> nested) {
        copy[j] = copyList(nested);
      }
    }
    return Collections.unmodifiableList(Arrays.asList(copy));
  }

  private static int[] identity(int n) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    return order;
  }

  private static byte[] hashLeaves(LeafEncoder encoder, List<List<Object>> rows) {
    int n = rows.size();
    byte[] hashes = new byte[Math.multiplyExact(n, 32)];
    int chunks = (n + CHUNK - 1) / CHUNK;
    AtomicReferenceArray<InvalidLeafValueException> failures = new AtomicReferenceArray<>(chunks);
    IntStream.range(0, chunks)
        .parallel()
        .forEach(
            c -> {
              LeafEncoder.Scratch scratch = new LeafEncoder.Scratch();
              int end = Math.min(n, (c + 1) * CHUNK);
              for (int i = c * CHUNK; i < end; i++) {
                try {
                  encoder.leafHash(rows.get(i), scratch, hashes, i * 32);
                } catch (IllegalArgumentException e) {
                  failures.set(c, new InvalidLeafValueException(
                      i, Objects.requireNonNullElse(e.getMessage(), e.toString())));
                  return;
                }
              }
            });
    for (int c = 0; c < chunks; c++) {
      InvalidLeafValueException e = failures.get(c);
      if (e != null) {
        throw e;
      }
    }
    return hashes;
  }

  /**
   * Reads a {@code standard-v1} dump, as written by {@link #dump()} or by OpenZeppelin's {@code
   * JSON.stringify(tree.dump())}, and checks every leaf hash and node. Values come back as {@code
   * String}, {@code Boolean}, {@code List} (arrays and tuples) and, for integers JavaScript wrote
   * as JSON numbers, {@code BigInteger} (which {@link #dump()} then writes as a decimal string).
   *
   * @param json the dump
   * @return the tree
   * @throws DecodingException if the dump is malformed, names another format or an unsupported
   *     type, holds a value that does not fit its type, or a hash does not match
   */
  public static StandardMerkleTree load(String json) {
    TreeDumps.Parsed parsed = TreeDumps.read(json, FORMAT);
    List<String> encoding = Objects.requireNonNull(parsed.leafEncoding());
    LeafEncoder encoder;
    try {
      encoder = LeafEncoder.of(encoding);
    } catch (IllegalArgumentException e) {
      throw new DecodingException(
          Reason.UNSUPPORTED_FORMAT, Objects.requireNonNullElse(e.getMessage(), e.toString()), e);
    }
    List<List<Object>> rows = new ArrayList<>(parsed.values().size());
    for (int v = 0; v < parsed.values().size(); v++) {
      JsonNode value = parsed.values().get(v);
      if (!value.isArray()) {
        throw new DecodingException(Reason.MALFORMED, "values[" + v + "].value must be an array");
      }
      @SuppressWarnings("unchecked")
      List<Object> row = (List<Object>) TreeDumps.fromJson(value);
      rows.add(row);
    }
    StandardMerkleTree tree =
        new StandardMerkleTree(
            encoding, encoder, Collections.unmodifiableList(rows), parsed.treeIndex(), parsed.tree());
    String problem = tree.firstLeafProblem();
    if (problem != null) {
      throw new DecodingException(Reason.INVALID_VALUE, problem);
    }
    return tree;
  }

  private @Nullable String firstLeafProblem() {
    LeafEncoder.Scratch scratch = new LeafEncoder.Scratch();
    byte[] hash = new byte[32];
    for (int v = 0; v < values.size(); v++) {
      try {
        encoder.leafHash(values.get(v), scratch, hash, 0);
      } catch (IllegalArgumentException e) {
        return "value " + v + ": " + e.getMessage();
      }
      if (!tree.leafEquals(treeIndexOf[v], hash, 0)) {
        return "value " + v + " does not hash to the leaf at tree index " + treeIndexOf[v];
      }
    }
    return null;
  }

  /**
   * Re-checks the whole tree: every value hashes to its leaf and every internal node is the hash
   * of its children, as OpenZeppelin's {@code validate()}. Trees from {@link #of} and {@link #load}
   * always pass; this is a self-check for callers that want one.
   *
   * @throws IllegalStateException naming the first mismatch
   */
  public void validate() {
    String problem = firstLeafProblem();
    if (problem != null) {
      throw new IllegalStateException(problem);
    }
    int bad = tree.firstInvalidNode();
    if (bad >= 0) {
      throw new IllegalStateException("tree node " + bad + " is not the hash of its children");
    }
  }

  /** {@return the Merkle root} */
  public Hash32 root() {
    return tree.root();
  }

  /** {@return the Solidity type names of a leaf, as given} */
  public List<String> leafEncoding() {
    return leafEncoding;
  }

  /** {@return the number of values (leaves)} */
  public int size() {
    return values.size();
  }

  /** {@return the values in the order given (or, for a loaded tree, the order of the dump)} */
  public List<List<Object>> values() {
    return values;
  }

  /**
   * Returns the position in the flat node array of value {@code valueIndex}'s leaf.
   *
   * @param valueIndex a value position, 0 to {@code size() - 1}
   * @return the tree index
   */
  public int treeIndex(int valueIndex) {
    return treeIndexOf[Objects.checkIndex(valueIndex, values.size())];
  }

  /** {@return the flat node array: {@code 2n - 1} hashes, the root first} */
  public List<Hash32> nodes() {
    return tree.nodeList();
  }

  /**
   * Returns the leaf hash of value {@code valueIndex}.
   *
   * @param valueIndex a value position
   * @return {@code keccak256(keccak256(abi.encode(value)))}
   */
  public Hash32 leafHash(int valueIndex) {
    return tree.node(treeIndex(valueIndex));
  }

  /**
   * Returns the leaf hash a row would have in a tree with this leaf encoding.
   *
   * @param value one value per column
   * @return {@code keccak256(keccak256(abi.encode(value)))}
   * @throws IllegalArgumentException if the value does not fit the encoding
   */
  public Hash32 leafHash(List<?> value) {
    return leafHash(encoder, value);
  }

  private static Hash32 leafHash(LeafEncoder encoder, List<?> value) {
    byte[] out = new byte[32];
    encoder.leafHash(value, new LeafEncoder.Scratch(), out, 0);
    return Hash32.adoptDigest(out);
  }

  /**
   * Returns the position of {@code value} among the values, by leaf hash.
   *
   * @param value one value per column
   * @return its value index
   * @throws IllegalArgumentException if the value is not in the tree or does not fit the encoding
   */
  public int leafLookup(List<?> value) {
    Integer index = lookup().get(leafHash(value));
    if (index == null) {
      throw new IllegalArgumentException("value is not in the tree: " + value);
    }
    return index;
  }

  private Map<Hash32, Integer> lookup() {
    Map<Hash32, Integer> map = hashLookup;
    if (map == null) {
      map = new HashMap<>();
      for (int v = 0; v < values.size(); v++) {
        map.put(tree.node(treeIndexOf[v]), v);
      }
      hashLookup = map;
    }
    return map;
  }

  /**
   * Returns the proof for value {@code valueIndex}: sibling hashes from the leaf up.
   *
   * @param valueIndex a value position
   * @return the proof, empty for a one-leaf tree
   */
  public List<Hash32> getProof(int valueIndex) {
    return tree.proof(treeIndex(valueIndex));
  }

  /**
   * Returns the proof for a value, found by its leaf hash.
   *
   * @param value one value per column
   * @return the proof
   * @throws IllegalArgumentException if the value is not in the tree
   */
  public List<Hash32> getProof(List<?> value) {
    return getProof(leafLookup(value));
  }

  /**
   * Returns a multiproof for several values at once.
   *
   * @param valueIndices distinct value positions
   * @return the leaves (values, by tree index descending), proof hashes and flags
   * @throws IllegalArgumentException if an index repeats or is out of range
   */
  public MultiProof<List<Object>> getMultiProof(int... valueIndices) {
    int[] positions = new int[valueIndices.length];
    for (int i = 0; i < valueIndices.length; i++) {
      positions[i] = treeIndex(valueIndices[i]);
    }
    SortedPairTree.Multi multi = tree.multiProof(positions);
    int[] inverse = valueAtPosition();
    List<List<Object>> leaves = new ArrayList<>(multi.positions().length);
    for (int p : multi.positions()) {
      leaves.add(values.get(inverse[p]));
    }
    return new MultiProof<>(leaves, multi.proof(), multi.flags());
  }

  private int[] valueAtPosition() {
    int[] inverse = valueAt;
    if (inverse == null) {
      inverse = new int[tree.length()];
      for (int v = 0; v < treeIndexOf.length; v++) {
        inverse[treeIndexOf[v]] = v;
      }
      valueAt = inverse;
    }
    return inverse;
  }

  /**
   * Checks a proof for value {@code valueIndex} against this tree's root.
   *
   * @param valueIndex a value position
   * @param proof sibling hashes from the leaf up
   * @return whether the proof leads to the root
   */
  public boolean verify(int valueIndex, List<Hash32> proof) {
    return SortedPairTree.processProof(leafHash(valueIndex), proof).equals(root());
  }

  /**
   * Checks a proof for a value against this tree's root.
   *
   * @param value one value per column
   * @param proof sibling hashes from the leaf up
   * @return whether the proof leads to the root
   * @throws IllegalArgumentException if the value does not fit the encoding
   */
  public boolean verify(List<?> value, List<Hash32> proof) {
    return verify(root(), leafEncoding, value, proof);
  }

  /**
   * Checks a proof against a root, without a tree: what a contract does with {@code
   * MerkleProof.verify}.
   *
   * @param root the published root
   * @param leafEncoding the Solidity type of each column
   * @param value one value per column
   * @param proof sibling hashes from the leaf up
   * @return whether the proof leads to {@code root}
   * @throws IllegalArgumentException if the encoding or value is invalid
   */
  public static boolean verify(Hash32 root, List<String> leafEncoding, List<?> value, List<Hash32> proof) {
    Hash32 leaf = leafHash(LeafEncoder.of(leafEncoding), value);
    return SortedPairTree.processProof(leaf, proof).equals(root);
  }

  /**
   * Checks a multiproof against this tree's root.
   *
   * @param multiProof leaves (values), proof and flags
   * @return whether it leads to the root
   * @throws IllegalArgumentException if a leaf value does not fit the encoding
   */
  public boolean verifyMultiProof(MultiProof<? extends List<?>> multiProof) {
    return verifyMultiProof(root(), leafEncoding, multiProof);
  }

  /**
   * Checks a multiproof against a root, without a tree: what a contract does with {@code
   * MerkleProof.multiProofVerify}. A malformed proof (wrong counts) does not verify.
   *
   * @param root the published root
   * @param leafEncoding the Solidity type of each column
   * @param multiProof leaves (values), proof and flags
   * @return whether it leads to {@code root}
   * @throws IllegalArgumentException if the encoding or a value is invalid
   */
  public static boolean verifyMultiProof(
      Hash32 root, List<String> leafEncoding, MultiProof<? extends List<?>> multiProof) {
    LeafEncoder encoder = LeafEncoder.of(leafEncoding);
    List<Hash32> leaves = new ArrayList<>(multiProof.leaves().size());
    for (List<?> value : multiProof.leaves()) {
      leaves.add(leafHash(encoder, value));
    }
    Hash32 implied =
        SortedPairTree.processMultiProof(leaves, multiProof.proof(), multiProof.proofFlags());
    return root.equals(implied);
  }

  /**
   * Returns the {@code standard-v1} dump as compact JSON, byte-identical to OpenZeppelin's {@code
   * JSON.stringify(tree.dump())} for the same values.
   *
   * @return the dump, as JSON
   */
  public String dump() {
    return TreeDumps.write(FORMAT, leafEncoding, tree, values, treeIndexOf);
  }

  /**
   * Renders the tree as text, as OpenZeppelin's {@code render()}: one {@code i) hash} per line.
   *
   * @return the rendering
   */
  public String render() {
    return tree.render();
  }

  /** {@return the root and size; the values are not listed} */
  @Override
  public String toString() {
    return "StandardMerkleTree[root=" + root() + ", leafEncoding=" + leafEncoding + ", size=" + size() + "]";
  }
}
