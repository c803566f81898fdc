package io.depin.core.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.depin.core.DecodingException;
import io.depin.core.bytes.Bytes;
import io.depin.core.bytes.Hash32;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class StandardMerkleTreeTest {
  private static final List<String> CLAIM = List.of("address", "uint256");

  @Provide
  Arbitrary<List<List<Object>>> claims() {
    Arbitrary<List<Object>> row =
        Combinators.combine(
                Arbitraries.bytes().array(byte[].class).ofSize(20),
                Arbitraries.bigIntegers().between(BigInteger.ZERO, BigInteger.TWO.pow(256).subtract(BigInteger.ONE)))
            .as((a, v) -> List.<Object>of(Bytes.of(a), v));
    return row.list().ofMinSize(1).ofMaxSize(40);
  }

  @Property(tries = 100)
  void getProof_everyLeaf_verifiesAndOtherValueDoesNot(
      @ForAll("claims") List<List<Object>> rows, @ForAll LeafOrder order) {
    StandardMerkleTree tree = StandardMerkleTree.of(CLAIM, rows, order);
    List<Object> stranger = List.of(Bytes.of(new byte[20]), BigInteger.valueOf(-1).negate().add(BigInteger.TWO));
    for (int i = 0; i < rows.size(); i++) {
      List<Hash32> proof = tree.getProof(i);
      assertThat(tree.verify(i, proof)).isTrue();
      assertThat(StandardMerkleTree.verify(tree.root(), CLAIM, rows.get(i), proof)).isTrue();
      if (!rows.contains(stranger) && !tree.leafHash(stranger).equals(tree.leafHash(i))) {
        assertThat(tree.verify(stranger, proof)).isFalse();
      }
    }
  }

  @Property(tries = 100)
  void getMultiProof_randomSubset_verifies(
      @ForAll("claims") List<List<Object>> rows, @ForAll long seed) {
    StandardMerkleTree tree = StandardMerkleTree.of(CLAIM, rows);
    java.util.Random random = new java.util.Random(seed);
    Set<Integer> subset = new TreeSet<>();
    for (int i = 0; i < rows.size(); i++) {
      if (random.nextBoolean()) {
        subset.add(i);
      }
    }
    int[] indices = subset.stream().mapToInt(Integer::intValue).toArray();
    MultiProof<List<Object>> mp = tree.getMultiProof(indices);
    assertThat(tree.verifyMultiProof(mp)).isTrue();
    assertThat(mp.leaves()).hasSize(indices.length);
    if (!mp.proof().isEmpty()) {
      List<Hash32> tampered = new ArrayList<>(mp.proof());
      tampered.set(0, Hash32.ZERO);
      assertThat(tree.verifyMultiProof(new MultiProof<>(mp.leaves(), tampered, mp.proofFlags()))).isFalse();
    }
  }

  @Property(tries = 100)
  void dump_loadRoundTrip_sameTreeAndDump(@ForAll("claims") List<List<Object>> rows, @ForAll LeafOrder order) {
    StandardMerkleTree tree = StandardMerkleTree.of(CLAIM, rows, order);
    String dump = tree.dump();
    StandardMerkleTree loaded = StandardMerkleTree.load(dump);
    assertThat(loaded.root()).isEqualTo(tree.root());
    assertThat(loaded.dump()).isEqualTo(dump);
    for (int i = 0; i < rows.size(); i++) {
      assertThat(loaded.getProof(i)).isEqualTo(tree.getProof(i));
    }
  }

  @Test
  void of_allSupportedTypes_roundTripsThroughDump() {
    List<String> types = List.of("address", "uint8", "int16", "bool", "bytes4", "bytes32", "string", "bytes", "uint", "int256");
    List<List<Object>> rows = List.of(
        List.of("0x1111111111111111111111111111111111111111", 255, -32768, true, Bytes.fromHex("01020304"),
            Hash32.ZERO, "héllo", Bytes.fromHex("ff"), "0x10", BigInteger.ONE.negate()),
        List.of(Bytes.of(new byte[20]), 0L, 32767, false, "0xdeadbeef", Bytes.of(new byte[32]), "", "0x", "7", "-5"));
    StandardMerkleTree tree = StandardMerkleTree.of(types, rows);
    StandardMerkleTree loaded = StandardMerkleTree.load(tree.dump());
    assertThat(loaded.root()).isEqualTo(tree.root());
    assertThat(loaded.verify(rows.get(0), tree.getProof(0))).isTrue();
  }

  @Test
  void of_badValues_throwWithIndexAndReason() {
    assertThatThrownBy(() -> StandardMerkleTree.of(CLAIM, List.of(List.of("0x1111111111111111111111111111111111111111"))))
        .isInstanceOf(InvalidLeafValueException.class)
        .hasMessageContaining("expected 2 values");
    assertThatThrownBy(() -> StandardMerkleTree.of(CLAIM, List.of(
            List.of("0x1111111111111111111111111111111111111111", 1),
            List.of("0x11111111111111111111111111111111111111", 1))))
        .isInstanceOfSatisfying(InvalidLeafValueException.class, e -> assertThat(e.valueIndex()).isEqualTo(1))
        .hasMessageContaining("40 hex digits");
    assertThatThrownBy(() -> StandardMerkleTree.of(List.of("address", "uint8"),
            List.of(List.of("0x1111111111111111111111111111111111111111", 256))))
        .hasMessageContaining("out of range for uint8");
    assertThatThrownBy(() -> StandardMerkleTree.of(CLAIM,
            List.of(List.of("0x1111111111111111111111111111111111111111", -1L))))
        .hasMessageContaining("out of range for uint256");
    assertThatThrownBy(() -> StandardMerkleTree.of(CLAIM,
            List.of(List.of("0xCD2a3d9F938E13CD947Ec05AbC7FE734Df8DD827", 1))))
        .hasMessageContaining("checksum");
    assertThatThrownBy(() -> StandardMerkleTree.of(List.of("uint7"), List.of(List.of(1))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unsupported Solidity type");
  }

  @Test
  void load_malformedDumps_throwDecodingException() {
    String good = StandardMerkleTree.of(CLAIM, List.of(List.of("0x1111111111111111111111111111111111111111", 5))).dump();
    for (String bad : List.of("", "[]", "{\"format\":\"simple-v1\"}", good.replace("\"5\"", "\"6\""),
        good.replace("\"treeIndex\":0", "\"treeIndex\":1"), good.replace("uint256", "uint7"), "{\"format\":")) {
      assertThatThrownBy(() -> StandardMerkleTree.load(bad)).as(bad).isInstanceOf(DecodingException.class);
    }
  }

  @Property(tries = 50)
  void getProof_byValue_equalsByIndex(@ForAll("claims") List<List<Object>> rows, @ForAll @IntRange(min = 0, max = 39) int pick) {
    StandardMerkleTree tree = StandardMerkleTree.of(CLAIM, rows);
    int i = pick % rows.size();
    assertThat(tree.getProof(rows.get(i))).isEqualTo(tree.getProof(tree.leafLookup(rows.get(i))));
  }
}
