package io.depin.tokenomics.scenario;

import io.depin.tokenomics.distribution.DistributionPolicy;
import java.util.Objects;

/**
 * How one epoch's operator rewards are shared, for the report's Lorenz curve and Gini coefficient:
 * the final epoch's operator pool of the median run is distributed exactly with {@code policy}
 * over that run's operators, each with a seeded log-normal weight per bucket, {@code
 * max(1, round(1000 * exp(weightSigma * Z)))} points (coverage or storage varies across operators
 * roughly log-normally). At most {@code maxOperators} operators are drawn.
 *
 * {@snippet :
 * RewardModel rewards = new RewardModel(policy, 1.0, 10_000);
 * }
 *
 * @param policy the distribution policy, in the scenario's token
 * @param weightSigma the standard deviation of the log of a weight, 0 (all equal) to 5
 * @param maxOperators the most operators drawn, 1 to 1,000,000
 * @since 0.1.0
 */
public record RewardModel(DistributionPolicy policy, double weightSigma, int maxOperators) {
  /**
   * Checks the fields.
   *
   * @throws IllegalArgumentException if a value is out of range
   */
  public RewardModel {
    Objects.requireNonNull(policy, "policy");
    if (!(weightSigma >= 0 && weightSigma <= 5)) {
      throw new IllegalArgumentException("weight sigma must be 0 to 5: " + weightSigma);
    }
    if (maxOperators < 1 || maxOperators > 1_000_000) {
      throw new IllegalArgumentException("max operators must be 1 to 1000000: " + maxOperators);
    }
  }
}
