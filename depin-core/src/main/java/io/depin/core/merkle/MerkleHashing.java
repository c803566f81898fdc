package io.depin.core.merkle;

import io.depin.core.bytes.Bytes;
import io.depin.core.bytes.Hash32;
import io.depin.core.hash.HashAlgorithm;
import java.util.Objects;

/**
 * How a {@link MerkleTree} hashes leaves and inner nodes. The two must be domain-separated, so
 * that no leaf can be passed off as an inner node or the reverse.
 *
 * {@snippet :
 * MerkleHashing sha = MerkleHashing.rfc6962(HashAlgorithm.SHA_256);
 * MerkleHashing custom = new MerkleHashing() {
 *   public Hash32 leaf(Bytes data) { return HashAlgorithm.BLAKE2B_256.hash32(Bytes.of((byte) 'L').concat(data)); }
 *   public Hash32 node(Hash32 l, Hash32 r) { ... }
 * };
 * }
 *
 * @since 0.1.0
 */
public interface MerkleHashing {
  /**
   * Hashes the data of one leaf.
   *
   * @param data the leaf's bytes
   * @return the leaf hash
   */
  Hash32 leaf(Bytes data);

  /**
   * Hashes two children, in order.
   *
   * @param left the left child
   * @param right the right child
   * @return the parent hash
   */
  Hash32 node(Hash32 left, Hash32 right);

  /**
   * Returns RFC 6962 (Certificate Transparency) hashing over a 32-byte hash function: {@code leaf
   * = H(0x00 || data)}, {@code node = H(0x01 || left || right)}.
   *
   * @param algorithm a hash function with a 32-byte output
   * @return the hashing
   * @throws IllegalArgumentException for {@link HashAlgorithm#SHA_512}
   */
  static MerkleHashing rfc6962(HashAlgorithm algorithm) {
    Objects.requireNonNull(algorithm, "algorithm");
    if (algorithm.digestLength() != Hash32.LENGTH) {
      throw new IllegalArgumentException(algorithm + " does not produce 32-byte digests");
    }
    return new MerkleHashing() {
      @Override
      public Hash32 leaf(Bytes data) {
        return algorithm.newHasher().update(new byte[] {0x00}).update(data).digest32();
      }

      @Override
      public Hash32 node(Hash32 left, Hash32 right) {
        byte[] in = new byte[65];
        in[0] = 0x01;
        left.copyTo(in, 1);
        right.copyTo(in, 33);
        return algorithm.hash32(in);
      }

      @Override
      public String toString() {
        return "rfc6962(" + algorithm + ")";
      }
    };
  }
}
