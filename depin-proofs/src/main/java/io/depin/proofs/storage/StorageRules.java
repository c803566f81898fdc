package io.depin.proofs.storage;

/**
 * The storage rules of one period, versioned in a {@link io.depin.core.rules.RuleBook}: a proof is
 * judged by the rules in force at its own timestamp.
 *
 * {@snippet :
 * RuleBook<StorageRules> rules = RuleBook.startingAt(launch, StorageRules.defaults())
 *     .thenFrom(upgrade, new StorageRules(1024, 32, 96 * 1024, 1));
 * }
 *
 * <p>Choosing {@code challenges}: a device that dropped a fraction {@code f} of its chunks survives
 * one proof with probability {@code (1 - f)^k}; {@link StorageDetection#challengesFor(double,
 * double)} gives the smallest {@code k} that catches it with a target probability.
 *
 * @param chunkSize the size in bytes of every chunk of a sector committed under these rules, 1 to
 *     {@link #MAX_CHUNK_SIZE}; a sector's last chunk is padded with zero bytes to this size
 * @param challenges the number {@code k} of challenge indices drawn per proof, 1 to {@link
 *     #MAX_CHALLENGES}
 * @param maxResponseBytes the largest response accepted, counted as the chunk bytes plus 32 bytes
 *     per Merkle path hash, 1 to {@link #MAX_RESPONSE_BYTES}
 * @param maxChallengeAge how many epochs a challenge stays answerable: a proof made in epoch
 *     {@code e} may answer the challenge of epochs {@code e - maxChallengeAge} to {@code e}; 0 to
 *     {@link #MAX_CHALLENGE_AGE}
 * @since 0.1.0
 */
public record StorageRules(int chunkSize, int challenges, int maxResponseBytes, int maxChallengeAge) {
  /** The largest chunk size: 16 KiB. */
  public static final int MAX_CHUNK_SIZE = 16 * 1024;

  /** The most challenges per proof: 1024. */
  public static final int MAX_CHALLENGES = 1024;

  /** The largest response size a rule may allow: 16 MiB (a proof envelope is smaller anyway). */
  public static final int MAX_RESPONSE_BYTES = 16 * 1024 * 1024;

  /** The longest a challenge may stay answerable: 1024 epochs. */
  public static final int MAX_CHALLENGE_AGE = 1024;

  /**
   * Validates the rules.
   *
   * @throws IllegalArgumentException if a value is out of range
   */
  public StorageRules {
    requireRange(chunkSize, 1, MAX_CHUNK_SIZE, "chunkSize");
    requireRange(challenges, 1, MAX_CHALLENGES, "challenges");
    requireRange(maxResponseBytes, 1, MAX_RESPONSE_BYTES, "maxResponseBytes");
    requireRange(maxChallengeAge, 0, MAX_CHALLENGE_AGE, "maxChallengeAge");
  }

  /**
   * Returns rules that fit a response into the verifier's default 64 KiB envelope: 1 KiB chunks,
   * 16 challenges (a device missing 10% of its chunks is caught with probability 1 - 0.9^16, about
   * 81%, per proof, and 99.97% over 5 proofs), 40 KiB of response and challenges answerable in
   * their own epoch and the next. These are this SDK's defaults, not a published network's.
   *
   * @return the rules
   */
  public static StorageRules defaults() {
    return new StorageRules(1024, 16, 40 * 1024, 1);
  }

  private static void requireRange(int value, int min, int max, String name) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          name + " must be in [" + min + ", " + max + "], not " + value);
    }
  }
}
