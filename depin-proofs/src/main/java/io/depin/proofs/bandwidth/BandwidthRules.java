package io.depin.proofs.bandwidth;

/**
 * The bandwidth rules of one period. Version them with a {@link io.depin.core.rules.RuleBook}; a
 * proof is judged by the rules in force at its timestamp.
 *
 * {@snippet :
 * BandwidthRules rules = new BandwidthRules(1L << 40);   // at most 1 TiB per session
 * }
 *
 * @param maxSessionBytes the most bytes one session may claim, at least 1
 * @since 0.1.0
 */
public record BandwidthRules(long maxSessionBytes) {
  /**
   * Validates the rules.
   *
   * @throws IllegalArgumentException if the limit is below 1
   */
  public BandwidthRules {
    if (maxSessionBytes < 1) {
      throw new IllegalArgumentException("maxSessionBytes must be at least 1: " + maxSessionBytes);
    }
  }
}
