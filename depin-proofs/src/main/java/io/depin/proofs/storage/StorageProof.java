package io.depin.proofs.storage;

import java.util.List;
import java.util.Objects;

/**
 * A device's answer to a {@link StorageChallenge}: one {@link ChunkResponse} per distinct
 * challenged index, in the order the indices are first drawn. A repeated index is answered once.
 *
 * {@snippet :
 * StorageProof proof = prover.respond(challenge, randomness, rules.challenges());
 * SignedProof<StorageProof> signed = signer.signResponse(prover, challenge, clock.instant());
 * }
 *
 * @param challenge the challenge answered
 * @param responses the answers, at most {@link #MAX_RESPONSES}
 * @since 0.1.0
 */
public record StorageProof(StorageChallenge challenge, List<ChunkResponse> responses) {
  /** The most responses a proof carries: {@link StorageRules#MAX_CHALLENGES}. */
  public static final int MAX_RESPONSES = StorageRules.MAX_CHALLENGES;

  /**
   * Validates the proof and copies the responses.
   *
   * @throws IllegalArgumentException if there are more than {@link #MAX_RESPONSES} responses
   */
  public StorageProof {
    Objects.requireNonNull(challenge, "challenge");
    responses = List.copyOf(responses);
    if (responses.size() > MAX_RESPONSES) {
      throw new IllegalArgumentException(
          "a storage proof has at most " + MAX_RESPONSES + " responses, not " + responses.size());
    }
  }

  /** {@return the bytes the responses count for {@link StorageRules#maxResponseBytes()}} */
  public long countedBytes() {
    long total = 0;
    for (ChunkResponse response : responses) {
      total += response.countedBytes();
    }
    return total;
  }
}
