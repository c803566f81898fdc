package io.depin.core.merkle;

import io.depin.core.bytes.Hash32;
import java.util.List;

/**
 * A proof that several leaves are in one tree, in the form OpenZeppelin's {@code
 * MerkleProof.multiProofVerify} takes: the leaves (by tree position, descending), the extra hashes
 * and one flag per hashing step ({@code true}: combine two queued nodes; {@code false}: combine a
 * queued node with the next proof hash).
 *
 * {@snippet :
 * MultiProof<List<Object>> mp = tree.getMultiProof(0, 3);
 * boolean ok = tree.verifyMultiProof(mp);
 * }
 *
 * @param leaves the proven leaves (values for a {@link StandardMerkleTree}, hashes for a {@link
 *     SimpleMerkleTree})
 * @param proof the sibling hashes the verifier consumes
 * @param proofFlags one flag per hashing step
 * @param <V> the leaf type
 * @since 0.1.0
 */
public record MultiProof<V>(List<V> leaves, List<Hash32> proof, List<Boolean> proofFlags) {
  /** Copies the lists; none may contain null. */
  public MultiProof {
    leaves = List.copyOf(leaves);
    proof = List.copyOf(proof);
    proofFlags = List.copyOf(proofFlags);
  }
}
