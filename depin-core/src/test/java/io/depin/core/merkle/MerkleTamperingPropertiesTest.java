package io.depin.core.merkle;

import static org.assertj.core.api.Assertions.assertThat;

import io.depin.core.bytes.Hash32;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * For random trees over random leaf types (scalars, arrays, tuples; see {@link RandomLeafTypes}):
 * every proof and multiproof verifies, the dump round-trips, and changing a leaf, a proof hash or
 * a flag makes verification fail. Leaves are made distinct by hash, so a tampered proof can only
 * verify through a Keccak collision.
 */
class MerkleTamperingPropertiesTest {
  private static Hash32 flipBit(Hash32 h, SplittableRandom r) {
    byte[] b = h.toByteArray();
    b[r.nextInt(32)] ^= (byte) (1 << r.nextInt(8));
    return Hash32.of(b, 0);
  }

  private static <T> List<T> replaced(List<T> list, int index, T value) {
    List<T> copy = new ArrayList<>(list);
    copy.set(index, value);
    return copy;
  }

  private static int[] randomSubset(int n, SplittableRandom r) {
    List<Integer> chosen = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (r.nextInt(3) == 0) {
        chosen.add(i);
      }
    }
    java.util.Collections.shuffle(chosen, new java.util.Random(r.nextLong()));
    return chosen.stream().mapToInt(Integer::intValue).toArray();
  }

  @Property(tries = 150)
  void standardTree_randomTypes_proofsVerifyAndTamperingFails(@ForAll long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<RandomLeafTypes.Gen> gens = RandomLeafTypes.encoding(r);
    List<String> encoding = RandomLeafTypes.names(gens);
    StandardMerkleTree probe = StandardMerkleTree.of(encoding, List.of(RandomLeafTypes.row(gens, r)));
    Map<Hash32, List<Object>> distinct = new LinkedHashMap<>();
    int wanted = 1 + r.nextInt(12);
    for (int attempt = 0; attempt < 4 * wanted && distinct.size() < wanted; attempt++) {
      List<Object> row = RandomLeafTypes.row(gens, r);
      distinct.putIfAbsent(probe.leafHash(row), row);
    }
    List<List<Object>> rows = new ArrayList<>(distinct.values());
    StandardMerkleTree tree =
        StandardMerkleTree.of(encoding, rows, r.nextBoolean() ? LeafOrder.SORTED_BY_HASH : LeafOrder.AS_GIVEN);
    Hash32 root = tree.root();
    List<Object> stranger = RandomLeafTypes.row(gens, r);
    boolean strangerIsNew = !distinct.containsKey(tree.leafHash(stranger));

    for (int i = 0; i < rows.size(); i++) {
      List<Hash32> proof = tree.getProof(i);
      assertThat(StandardMerkleTree.verify(root, encoding, rows.get(i), proof)).isTrue();
      if (strangerIsNew) {
        assertThat(StandardMerkleTree.verify(root, encoding, stranger, proof)).isFalse();
      }
      if (!proof.isEmpty()) {
        int k = r.nextInt(proof.size());
        assertThat(StandardMerkleTree.verify(root, encoding, rows.get(i), replaced(proof, k, flipBit(proof.get(k), r))))
            .isFalse();
      }
    }

    MultiProof<List<Object>> mp = tree.getMultiProof(randomSubset(rows.size(), r));
    assertThat(StandardMerkleTree.verifyMultiProof(root, encoding, mp)).isTrue();
    if (strangerIsNew && !mp.leaves().isEmpty()) {
      int k = r.nextInt(mp.leaves().size());
      List<List<Object>> leaves = replaced(mp.leaves(), k, stranger);
      assertThat(StandardMerkleTree.verifyMultiProof(root, encoding, new MultiProof<>(leaves, mp.proof(), mp.proofFlags())))
          .isFalse();
    }
    assertMultiProofTamperingFails(mp.proof(), mp.proofFlags(), r,
        (proof, flags) -> StandardMerkleTree.verifyMultiProof(root, encoding, new MultiProof<>(mp.leaves(), proof, flags)));

    StandardMerkleTree loaded = StandardMerkleTree.load(tree.dump());
    assertThat(loaded.root()).isEqualTo(root);
    assertThat(loaded.dump()).isEqualTo(tree.dump());
  }

  @Property(tries = 150)
  void simpleTree_randomLeaves_proofsVerifyAndTamperingFails(@ForAll long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int n = 1 + r.nextInt(20);
    Set<Hash32> set = new HashSet<>();
    List<Hash32> values = new ArrayList<>();
    while (values.size() < n) {
      byte[] b = new byte[32];
      r.nextBytes(b);
      if (set.add(Hash32.of(b, 0))) {
        values.add(Hash32.of(b, 0));
      }
    }
    SimpleMerkleTree tree = SimpleMerkleTree.of(values, r.nextBoolean() ? LeafOrder.SORTED_BY_HASH : LeafOrder.AS_GIVEN);
    Hash32 root = tree.root();
    for (int i = 0; i < n; i++) {
      List<Hash32> proof = tree.getProof(i);
      assertThat(SimpleMerkleTree.verify(root, values.get(i), proof)).isTrue();
      assertThat(SimpleMerkleTree.verify(root, flipBit(values.get(i), r), proof)).isFalse();
      if (!proof.isEmpty()) {
        int k = r.nextInt(proof.size());
        assertThat(SimpleMerkleTree.verify(root, values.get(i), replaced(proof, k, flipBit(proof.get(k), r)))).isFalse();
      }
    }
    MultiProof<Hash32> mp = tree.getMultiProof(randomSubset(n, r));
    assertThat(tree.verifyMultiProof(mp)).isTrue();
    if (!mp.leaves().isEmpty()) {
      int k = r.nextInt(mp.leaves().size());
      List<Hash32> leaves = replaced(mp.leaves(), k, flipBit(mp.leaves().get(k), r));
      assertThat(SimpleMerkleTree.verifyMultiProof(root, new MultiProof<>(leaves, mp.proof(), mp.proofFlags()))).isFalse();
    }
    assertMultiProofTamperingFails(mp.proof(), mp.proofFlags(), r,
        (proof, flags) -> SimpleMerkleTree.verifyMultiProof(root, new MultiProof<>(mp.leaves(), proof, flags)));
    assertThat(SimpleMerkleTree.load(tree.dump()).dump()).isEqualTo(tree.dump());
  }

  private interface Verifier {
    boolean verify(List<Hash32> proof, List<Boolean> flags);
  }

  private static void assertMultiProofTamperingFails(
      List<Hash32> proof, List<Boolean> flags, SplittableRandom r, Verifier verifier) {
    if (!proof.isEmpty()) {
      int k = r.nextInt(proof.size());
      assertThat(verifier.verify(replaced(proof, k, flipBit(proof.get(k), r)), flags)).isFalse();
    }
    if (!flags.isEmpty()) {
      int k = r.nextInt(flags.size());
      assertThat(verifier.verify(proof, replaced(flags, k, !flags.get(k)))).isFalse();
    }
  }
}
