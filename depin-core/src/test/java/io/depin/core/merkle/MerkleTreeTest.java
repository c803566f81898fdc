package io.depin.core.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.depin.core.bytes.Bytes;
import io.depin.core.bytes.Hash32;
import io.depin.core.hash.HashAlgorithm;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class MerkleTreeTest {
  private static final MerkleHashing SHA = MerkleHashing.rfc6962(HashAlgorithm.SHA_256);

  /** RFC 6962 section 2.1, written recursively: split at the largest power of two below n. */
  private static Hash32 rfc6962Root(List<Bytes> leaves) {
    if (leaves.size() == 1) {
      return SHA.leaf(leaves.get(0));
    }
    int k = Integer.highestOneBit(leaves.size() - 1);
    return SHA.node(rfc6962Root(leaves.subList(0, k)), rfc6962Root(leaves.subList(k, leaves.size())));
  }

  private static List<Bytes> leaves(List<byte[]> raw) {
    List<Bytes> out = new ArrayList<>();
    raw.forEach(b -> out.add(Bytes.of(b)));
    return out;
  }

  @Property(tries = 200)
  void root_anySize_equalsRecursiveRfc6962(@ForAll @Size(min = 1, max = 40) List<byte[]> raw) {
    List<Bytes> leaves = leaves(raw);
    assertThat(MerkleTree.of(SHA, leaves).root()).isEqualTo(rfc6962Root(leaves));
  }

  @Property(tries = 200)
  void proof_everyLeaf_verifiesAndTamperingFails(
      @ForAll @Size(min = 1, max = 40) List<byte[]> raw, @ForAll @IntRange(min = 0, max = 255) int flip) {
    List<Bytes> leaves = leaves(raw);
    MerkleTree tree = MerkleTree.of(SHA, leaves);
    for (int i = 0; i < leaves.size(); i++) {
      InclusionProof proof = tree.proof(i);
      assertThat(tree.verify(leaves.get(i), proof)).isTrue();
      Bytes other = leaves.get(i).concat(Bytes.of((byte) flip));
      assertThat(tree.verify(other, proof)).isFalse();
      if (!proof.siblings().isEmpty()) {
        List<Hash32> tampered = new ArrayList<>(proof.siblings());
        byte[] first = tampered.get(0).toByteArray();
        first[flip % 32] ^= 1;
        tampered.set(0, Hash32.of(first));
        assertThat(tree.verify(leaves.get(i), new InclusionProof(i, leaves.size(), tampered))).isFalse();
        List<Hash32> shorter = proof.siblings().subList(1, proof.siblings().size());
        assertThat(tree.verify(leaves.get(i), new InclusionProof(i, leaves.size(), shorter))).isFalse();
      }
    }
  }

  @Test
  void leafHash_rfc6962_isDomainSeparatedFromNodes() {
    MerkleTree tree = MerkleTree.of(SHA, List.of(Bytes.fromHex("01"), Bytes.fromHex("02")));
    byte[] concat = new byte[64];
    tree.leafHash(0).copyTo(concat, 0);
    tree.leafHash(1).copyTo(concat, 32);
    assertThat(SHA.leaf(Bytes.of(concat))).isNotEqualTo(tree.root());
    assertThat(MerkleTree.of(SHA, List.of(Bytes.of(concat))).root()).isNotEqualTo(tree.root());
  }

  @Test
  void of_emptyOrSha512_throws() {
    assertThatThrownBy(() -> MerkleTree.of(SHA, List.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MerkleHashing.rfc6962(HashAlgorithm.SHA_512))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
