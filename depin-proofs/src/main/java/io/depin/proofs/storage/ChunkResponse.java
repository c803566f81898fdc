package io.depin.proofs.storage;

import io.depin.core.bytes.Bytes;
import io.depin.core.bytes.Hash32;
import java.util.List;
import java.util.Objects;

/**
 * One answered challenge: the chunk at {@code index} and its Merkle inclusion path, the sibling
 * hashes from the leaf up as {@link io.depin.core.merkle.MerkleTree#proof(int)} returns them.
 *
 * {@snippet :
 * ChunkResponse response = new ChunkResponse(7, chunk, tree.proof(7).siblings());
 * }
 *
 * @param index the chunk's position in the sector, 0 to {@code chunkCount - 1}
 * @param chunk the chunk's bytes
 * @param path the sibling hashes from the leaf level up, at most {@link #MAX_PATH_LENGTH}
 * @since 0.1.0
 */
public record ChunkResponse(int index, Bytes chunk, List<Hash32> path) {
  /** The longest Merkle path: 31 hashes, enough for {@code 2^31 - 1} chunks. */
  public static final int MAX_PATH_LENGTH = 31;

  /**
   * Validates the response and copies the path.
   *
   * @throws IllegalArgumentException if the index is negative, the chunk is empty or too large,
   *     or the path is too long
   */
  public ChunkResponse {
    Objects.requireNonNull(chunk, "chunk");
    path = List.copyOf(path);
    if (index < 0) {
      throw new IllegalArgumentException("a chunk index is not negative: " + index);
    }
    if (chunk.isEmpty() || chunk.length() > StorageRules.MAX_CHUNK_SIZE) {
      throw new IllegalArgumentException(
          "a chunk has 1 to " + StorageRules.MAX_CHUNK_SIZE + " bytes, not " + chunk.length());
    }
    if (path.size() > MAX_PATH_LENGTH) {
      throw new IllegalArgumentException(
          "a Merkle path has at most " + MAX_PATH_LENGTH + " hashes, not " + path.size());
    }
  }

  /** {@return the bytes this response counts for {@link StorageRules#maxResponseBytes()}} */
  public long countedBytes() {
    return chunk.length() + 32L * path.size();
  }
}
