/**
 * Merkle trees: {@link io.depin.core.merkle.StandardMerkleTree} and {@link
 * io.depin.core.merkle.SimpleMerkleTree}, byte-compatible with OpenZeppelin's
 * {@code @openzeppelin/merkle-tree} for on-chain reward claims, and the generic {@link
 * io.depin.core.merkle.MerkleTree} with a pluggable, domain-separated hash.
 */
@NullMarked
package io.depin.core.merkle;

import org.jspecify.annotations.NullMarked;
