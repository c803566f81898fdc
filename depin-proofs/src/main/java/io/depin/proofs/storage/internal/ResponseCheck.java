package io.depin.proofs.storage.internal;

import io.depin.core.hash.HashAlgorithm;
import io.depin.core.merkle.InclusionProof;
import io.depin.core.merkle.MerkleHashing;
import io.depin.core.merkle.MerkleTree;
import io.depin.proofs.CheckResult;
import io.depin.proofs.storage.ChunkResponse;
import io.depin.proofs.storage.SectorCommitment;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks the responses of a storage proof against the committed root and the challenged indices,
 * the part of {@link io.depin.proofs.storage.StorageProofKind#check} after the randomness is
 * verified. Cost: one SHA-256 per challenge, then per distinct index one leaf hash over the chunk
 * and {@code log2 n} node hashes.
 */
public final class ResponseCheck {
  /** The Merkle hashing of sector commitments: RFC 6962 over SHA-256. */
  public static final MerkleHashing HASHING = MerkleHashing.rfc6962(HashAlgorithm.SHA_256);

  /** The number of responses is not the number of distinct challenged indices. */
  public static final String RESPONSE_COUNT = "storage.response-count";

  /** An index is answered twice. */
  public static final String DUPLICATE_RESPONSE = "storage.duplicate-response";

  /** A response is not for the index challenged at its position. */
  public static final String WRONG_INDEX = "storage.wrong-index";

  /** A chunk is not of the committed chunk size. */
  public static final String CHUNK_SIZE = "storage.chunk-size";

  /** A chunk and its path do not lead to the committed root. */
  public static final String BAD_PATH = "storage.bad-path";

  private ResponseCheck() {}

  /**
   * Returns the distinct indices in order of first appearance.
   *
   * @param indices the challenged indices, repeats allowed
   * @return the distinct ones
   */
  public static int[] distinct(int[] indices) {
    Set<Integer> seen = new HashSet<>(indices.length * 2);
    int[] out = new int[indices.length];
    int count = 0;
    for (int index : indices) {
      if (seen.add(index)) {
        out[count++] = index;
      }
    }
    return Arrays.copyOf(out, count);
  }

  /**
   * Checks the responses.
   *
   * @param commitment the sector's commitment
   * @param indices the challenged indices, repeats allowed
   * @param responses the device's responses
   * @return ok, or the first failure
   */
  public static CheckResult check(
      SectorCommitment commitment, int[] indices, List<ChunkResponse> responses) {
    int[] expected = distinct(indices);
    if (responses.size() != expected.length) {
      return CheckResult.fail(RESPONSE_COUNT, responses.size() + " responses for "
          + expected.length + " distinct challenged indices");
    }
    Set<Integer> answered = new HashSet<>(expected.length * 2);
    for (int j = 0; j < expected.length; j++) {
      ChunkResponse response = responses.get(j);
      int index = response.index();
      if (!answered.add(index)) {
        return CheckResult.fail(DUPLICATE_RESPONSE, "index " + index + " is answered twice");
      }
      if (index != expected[j]) {
        return CheckResult.fail(WRONG_INDEX,
            "response " + j + " is for index " + index + ", the challenge is index " + expected[j]);
      }
      if (response.chunk().length() != commitment.chunkSize()) {
        return CheckResult.fail(CHUNK_SIZE, "chunk " + index + " has " + response.chunk().length()
            + " bytes, the commitment " + commitment.chunkSize());
      }
      InclusionProof proof = new InclusionProof(index, commitment.chunkCount(), response.path());
      if (!MerkleTree.verify(commitment.root(), HASHING, response.chunk(), proof)) {
        return CheckResult.fail(BAD_PATH,
            "chunk " + index + " and its path do not lead to the committed root");
      }
    }
    return CheckResult.ok();
  }
}
