package io.depin.proofs.storage;

import io.depin.core.bytes.Bytes;
import io.depin.core.merkle.MerkleTree;
import io.depin.proofs.storage.internal.ResponseCheck;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;

/**
 * A dishonest prover: it committed to a sector honestly, then dropped exactly {@code dropped} of
 * its chunks, chosen at random, but kept every hash of the Merkle tree. It answers a challenged
 * index with the real chunk when it has it and with made-up bytes of the right size otherwise.
 */
final class DroppingProver {
  private final SectorProver honest;
  private final MerkleTree tree;
  private final BitSet missing = new BitSet();
  private final Random random;

  DroppingProver(SectorProver honest, int dropped, Random random) {
    this.honest = honest;
    this.random = random;
    int n = honest.commitment().chunkCount();
    List<Bytes> chunks = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      chunks.add(honest.chunk(i));
    }
    this.tree = MerkleTree.of(ResponseCheck.HASHING, chunks);
    // a partial Fisher-Yates shuffle picks exactly `dropped` distinct chunks
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    for (int i = 0; i < dropped; i++) {
      int j = i + random.nextInt(n - i);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
      missing.set(order[i]);
    }
  }

  SectorCommitment commitment() {
    return honest.commitment();
  }

  boolean has(int index) {
    return !missing.get(index);
  }

  List<ChunkResponse> respond(int[] challenged) {
    List<ChunkResponse> responses = new ArrayList<>();
    for (int index : ResponseCheck.distinct(challenged)) {
      Bytes chunk;
      if (missing.get(index)) {
        byte[] guess = new byte[commitment().chunkSize()];
        random.nextBytes(guess);
        chunk = Bytes.of(guess);
      } else {
        chunk = honest.chunk(index);
      }
      responses.add(new ChunkResponse(index, chunk, tree.proof(index).siblings()));
    }
    return responses;
  }

  StorageProof respond(StorageChallenge challenge, int[] challenged) {
    return new StorageProof(challenge, respond(challenged));
  }
}
