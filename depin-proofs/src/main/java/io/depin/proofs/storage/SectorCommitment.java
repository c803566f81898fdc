package io.depin.proofs.storage;

import io.depin.core.bytes.Hash32;
import java.util.Objects;

/**
 * A device's commitment to the content of a sector: the sector is cut into {@code chunkCount}
 * chunks of {@code chunkSize} bytes (the last padded with zero bytes) and {@code root} is the root
 * of the {@link io.depin.core.merkle.MerkleTree} over the chunks with {@link
 * io.depin.core.merkle.MerkleHashing#rfc6962} SHA-256 hashing: leaf {@code i} hashes to {@code
 * SHA-256(0x00 || chunk_i)}, inner nodes to {@code SHA-256(0x01 || left || right)}.
 *
 * {@snippet :
 * SectorProver prover = SectorProver.of(sectorId, sectorBytes, rules.chunkSize());
 * SectorCommitment commitment = prover.commitment();
 * }
 *
 * @param sectorId the sector
 * @param chunkCount the number {@code n} of chunks, at least 1
 * @param chunkSize the size of every chunk, 1 to {@link StorageRules#MAX_CHUNK_SIZE}
 * @param root the Merkle root over the chunks
 * @since 0.1.0
 */
public record SectorCommitment(SectorId sectorId, int chunkCount, int chunkSize, Hash32 root) {
  /**
   * Validates the commitment.
   *
   * @throws IllegalArgumentException if the count or size is out of range
   */
  public SectorCommitment {
    Objects.requireNonNull(sectorId, "sectorId");
    Objects.requireNonNull(root, "root");
    if (chunkCount < 1) {
      throw new IllegalArgumentException("a sector has at least one chunk, not " + chunkCount);
    }
    if (chunkSize < 1 || chunkSize > StorageRules.MAX_CHUNK_SIZE) {
      throw new IllegalArgumentException(
          "chunkSize must be in [1, " + StorageRules.MAX_CHUNK_SIZE + "], not " + chunkSize);
    }
  }
}
