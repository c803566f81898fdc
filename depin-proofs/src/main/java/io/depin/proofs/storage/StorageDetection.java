package io.depin.proofs.storage;

/**
 * How likely a storage proof is to catch a device that lost part of its data.
 *
 * <p><b>Model.</b> A device committed to {@code n} chunks but kept only {@code (1 - f) n} of them
 * (it dropped a fraction {@code f}). It cannot answer a challenge for a dropped chunk: the Merkle
 * leaf hash is {@code SHA-256(0x00 || chunk)}, so producing a chunk that verifies means finding a
 * preimage, even if the device kept every hash of the tree. Each of the {@code k} challenge indices
 * is independent and uniform over {@code [0, n)} ({@link StorageChallenge}), so each hits a kept
 * chunk with probability {@code 1 - f}, and the device passes all {@code k} with probability
 * {@code (1 - f)^k}. The proof detects the loss with probability
 *
 * <pre>
 * P(detect) = 1 - (1 - f)^k
 * </pre>
 *
 * <p><b>Caveats.</b> Indices are drawn <em>with</em> replacement, so a repeated index checks the
 * same chunk again; the formula already accounts for that (drawing without replacement would
 * detect slightly more often, {@code 1 - C((1-f)n, k) / C(n, k)}). It holds exactly when {@code f
 * n} is a whole number of chunks and up to the negligible bias of reducing a 64-bit value mod
 * {@code n}. Repeated proofs with fresh randomness multiply the pass probabilities: after {@code r}
 * proofs, {@code 1 - (1 - f)^(k r)}.
 *
 * {@snippet :
 * double p = StorageDetection.probability(0.10, 16);     // 0.8147...
 * int k = StorageDetection.challengesFor(0.01, 0.99);    // 459
 * }
 *
 * <p>The test {@code StorageDetectionStatisticsTest} checks the formula against a simulated
 * dishonest prover over many seeded challenges.
 *
 * @since 0.1.0
 */
public final class StorageDetection {
  private StorageDetection() {}

  /**
   * Returns {@code 1 - (1 - f)^k}.
   *
   * @param droppedFraction {@code f}, in {@code [0, 1]}
   * @param challenges {@code k}, not negative
   * @return the probability that one proof detects the loss
   * @throws IllegalArgumentException if an argument is out of range
   */
  public static double probability(double droppedFraction, int challenges) {
    requireFraction(droppedFraction, "droppedFraction");
    if (challenges < 0) {
      throw new IllegalArgumentException("challenges must not be negative: " + challenges);
    }
    // -expm1(k * log1p(-f)) = 1 - (1 - f)^k, accurate for small f
    return droppedFraction == 1.0 && challenges > 0
        ? 1.0
        : -Math.expm1(challenges * Math.log1p(-droppedFraction));
  }

  /**
   * Returns the smallest {@code k} with {@code 1 - (1 - f)^k >= target}: {@code ceil(ln(1 - target)
   * / ln(1 - f))}.
   *
   * @param droppedFraction {@code f}, in {@code (0, 1]}
   * @param target the detection probability wanted, in {@code [0, 1)}
   * @return the number of challenges
   * @throws IllegalArgumentException if an argument is out of range, or the answer exceeds {@link
   *     Integer#MAX_VALUE}
   */
  public static int challengesFor(double droppedFraction, double target) {
    requireFraction(droppedFraction, "droppedFraction");
    requireFraction(target, "target");
    if (droppedFraction == 0 || target == 1) {
      throw new IllegalArgumentException("need droppedFraction > 0 and target < 1");
    }
    if (target == 0) {
      return 0;
    }
    if (droppedFraction == 1) {
      return 1;
    }
    double exact = Math.log1p(-target) / Math.log1p(-droppedFraction);
    double k = Math.ceil(exact);
    if (k > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("more than 2^31 - 1 challenges needed");
    }
    // floating point may round ln(1 - target) / ln(1 - f) up past an integer that already suffices
    if (k >= 1 && probability(droppedFraction, (int) k - 1) >= target) {
      k -= 1;
    }
    return (int) k;
  }

  private static void requireFraction(double value, String name) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(name + " must be in [0, 1], not " + value);
    }
  }
}
