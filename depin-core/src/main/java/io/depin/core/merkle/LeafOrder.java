package io.depin.core.merkle;

/**
 * Where leaves sit in an OpenZeppelin-format tree.
 *
 * {@snippet :
 * StandardMerkleTree tree =
 *     StandardMerkleTree.of(List.of("string"), rows, LeafOrder.AS_GIVEN);
 * }
 *
 * @since 0.1.0
 */
public enum LeafOrder {
  /**
   * Leaves sorted by hash, ascending (OpenZeppelin's default, {@code sortLeaves: true}); the root
   * does not depend on the order of the values, and on-chain multiproofs work.
   */
  SORTED_BY_HASH,
  /** Leaves in the order the values are given ({@code sortLeaves: false}). */
  AS_GIVEN
}
