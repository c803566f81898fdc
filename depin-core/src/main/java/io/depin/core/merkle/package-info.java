/**
 * Merkle trees: {@link io.depin.core.merkle.StandardMerkleTree} and {@link
 * io.depin.core.merkle.SimpleMerkleTree}, byte-compatible with OpenZeppelin's
 * {@code @openzeppelin/merkle-tree} 1.0.8 for on-chain reward claims (any ABI leaf types,
 * including arrays and tuples; proofs, multiproofs and dumps), and the generic {@link
 * io.depin.core.merkle.MerkleTree} with a pluggable, domain-separated hash.
 */
@NullMarked
package io.depin.core.merkle;

import org.jspecify.annotations.NullMarked;
