package io.depin.proofs.storage;

import io.depin.core.bytes.Bytes;
import io.depin.core.merkle.MerkleTree;
import io.depin.proofs.storage.internal.ResponseCheck;
import io.depin.proofs.vrf.VrfOutput;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The device side of a storage proof: holds a sector's bytes, commits to them and answers
 * challenges. The data is cut into chunks of {@code chunkSize} bytes, the last one padded with zero
 * bytes, and committed with a {@link MerkleTree} using RFC 6962 SHA-256 hashing (see {@link
 * SectorCommitment}).
 *
 * {@snippet :
 * SectorProver prover = SectorProver.of(sectorId, sectorBytes, rules.chunkSize());
 * SectorCommitment commitment = prover.commitment();      // sign and send once
 * VrfOutput randomness = challenge.randomness(challengerPublicKey);
 * StorageProof proof = prover.respond(challenge, randomness, rules.challenges());
 * }
 *
 * <p>Immutable and thread-safe. The sector is held in memory.
 *
 * @since 0.1.0
 */
public final class SectorProver {
  private final SectorId sectorId;
  private final List<Bytes> chunks;
  private final MerkleTree tree;
  private final SectorCommitment commitment;

  private SectorProver(SectorId sectorId, List<Bytes> chunks, int chunkSize) {
    this.sectorId = sectorId;
    this.chunks = chunks;
    this.tree = MerkleTree.of(ResponseCheck.HASHING, chunks);
    this.commitment = new SectorCommitment(sectorId, chunks.size(), chunkSize, tree.root());
  }

  /**
   * Cuts a sector into chunks and commits to them.
   *
   * @param sectorId the sector
   * @param data the sector's bytes, not empty; copied
   * @param chunkSize the chunk size, 1 to {@link StorageRules#MAX_CHUNK_SIZE}
   * @return the prover
   * @throws IllegalArgumentException if the data is empty or the chunk size out of range
   */
  public static SectorProver of(SectorId sectorId, byte[] data, int chunkSize) {
    Objects.requireNonNull(sectorId, "sectorId");
    Objects.requireNonNull(data, "data");
    if (data.length == 0) {
      throw new IllegalArgumentException("a sector holds at least one byte");
    }
    if (chunkSize < 1 || chunkSize > StorageRules.MAX_CHUNK_SIZE) {
      throw new IllegalArgumentException(
          "chunkSize must be in [1, " + StorageRules.MAX_CHUNK_SIZE + "], not " + chunkSize);
    }
    int count = (int) ((data.length + (long) chunkSize - 1) / chunkSize);
    List<Bytes> chunks = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int from = i * chunkSize;
      int length = Math.min(chunkSize, data.length - from);
      if (length == chunkSize) {
        chunks.add(Bytes.of(data, from, length));
      } else {
        byte[] padded = new byte[chunkSize];
        System.arraycopy(data, from, padded, 0, length);
        chunks.add(Bytes.of(padded));
      }
    }
    return new SectorProver(sectorId, List.copyOf(chunks), chunkSize);
  }

  /** {@return the sector} */
  public SectorId sectorId() {
    return sectorId;
  }

  /** {@return the commitment to the sector's chunks} */
  public SectorCommitment commitment() {
    return commitment;
  }

  /**
   * Returns chunk {@code index}, padded to the chunk size.
   *
   * @param index 0 to {@code chunkCount - 1}
   * @return the chunk
   */
  public Bytes chunk(int index) {
    return chunks.get(index);
  }

  /**
   * Answers a challenge: the chunk and Merkle path of every distinct challenged index, in order of
   * first appearance.
   *
   * @param challenge the challenge, for this prover's sector
   * @param randomness the challenge's verified randomness
   * @param challenges the number {@code k} of indices the rules in force draw
   * @return the proof
   * @throws IllegalArgumentException if the challenge is for another sector
   */
  public StorageProof respond(StorageChallenge challenge, VrfOutput randomness, int challenges) {
    if (!challenge.sectorId().equals(sectorId)) {
      throw new IllegalArgumentException(
          "the challenge is for sector " + challenge.sectorId() + ", not " + sectorId);
    }
    int[] indices =
        ResponseCheck.distinct(challenge.indices(randomness, chunks.size(), challenges));
    List<ChunkResponse> responses = new ArrayList<>(indices.length);
    for (int index : indices) {
      responses.add(new ChunkResponse(index, chunks.get(index), tree.proof(index).siblings()));
    }
    return new StorageProof(challenge, responses);
  }

  @Override
  public String toString() {
    return "SectorProver[" + commitment + "]";
  }
}
