package io.depin.tokenomics.scenario;

import io.depin.tokenomics.simulation.agents.OperatorResponse;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The supply side: how many operators there are at first, which share of each epoch's minted
 * tokens they earn together, and how they join or leave on the fiat value of those rewards against
 * their cost ({@link OperatorResponse}).
 *
 * {@snippet :
 * OperatorModel ops = new OperatorModel(10_000, new BigDecimal("0.6"),
 *     new OperatorResponse(0.05, 0.5, 0.01, 0.02));
 * }
 *
 * @param initial operators at epoch 0, 0 to 10^9
 * @param rewardShare the share of each epoch's minted tokens (emission plus re-mint) paid to
 *     operators, 0 to 1; the operators' pool is rounded down ({@link java.math.RoundingMode#FLOOR})
 *     to a base unit
 * @param response how operators respond to their return
 * @since 0.1.0
 */
public record OperatorModel(double initial, BigDecimal rewardShare, OperatorResponse response) {
  /**
   * Checks the fields.
   *
   * @throws IllegalArgumentException if a value is out of range
   */
  public OperatorModel {
    Objects.requireNonNull(rewardShare, "rewardShare");
    Objects.requireNonNull(response, "response");
    if (!(initial >= 0 && initial <= 1e9)) {
      throw new IllegalArgumentException("initial operators must be 0 to 1e9: " + initial);
    }
    if (rewardShare.signum() < 0 || rewardShare.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException("the reward share must be 0 to 1: " + rewardShare);
    }
  }
}
