package io.depin.tokenomics.scenario;

import io.depin.tokenomics.simulation.agents.DemandGrowth;
import java.util.Objects;

/**
 * Demand for the network's service, in credits bought (and so tokens burned) per epoch: it starts
 * at {@code initialCredits}, grows by {@code growth} each epoch, and each epoch's purchase is the
 * demand times a mean-one log-normal shock {@code exp(volatility Z - volatility^2 / 2)}.
 *
 * {@snippet :
 * Demand demand = new Demand(2e9, DemandGrowth.logistic(0.004, 4e10), 0.2);
 * }
 *
 * @param initialCredits credits demanded in the first epoch, 0 or more
 * @param growth how the demand grows from one epoch to the next
 * @param volatility the standard deviation of the log of the per-epoch shock, 0 to 5
 * @since 0.1.0
 */
public record Demand(double initialCredits, DemandGrowth growth, double volatility) {
  /**
   * Checks the fields.
   *
   * @throws IllegalArgumentException if a value is out of range
   */
  public Demand {
    Objects.requireNonNull(growth, "growth");
    if (!(initialCredits >= 0) || Double.isInfinite(initialCredits)) {
      throw new IllegalArgumentException("initial demand must be finite and 0 or more");
    }
    if (!(volatility >= 0 && volatility <= 5)) {
      throw new IllegalArgumentException("demand volatility must be 0 to 5: " + volatility);
    }
  }
}
