package io.depin.tokenomics.scenario;

import io.depin.tokenomics.simulation.agents.PriceProcess;
import java.util.Objects;

/**
 * The token's fiat price and what the oracle reports about it: the price starts at {@code initial}
 * and moves by {@code process}; the oracle reports it with a confidence half-width of {@code
 * confidence} times the price, which the burn-and-mint haircut takes off.
 *
 * {@snippet :
 * PriceModel price = new PriceModel(4.0, 0.01, PriceProcess.gbm(0.0, 0.04));
 * }
 *
 * @param initial the price at epoch 0, positive
 * @param confidence the oracle's confidence half-width as a fraction of the price, in [0, 1)
 * @param process how the price moves from one epoch to the next
 * @since 0.1.0
 */
public record PriceModel(double initial, double confidence, PriceProcess process) {
  /**
   * Checks the fields.
   *
   * @throws IllegalArgumentException if a value is out of range
   */
  public PriceModel {
    Objects.requireNonNull(process, "process");
    if (!(initial > 0) || Double.isInfinite(initial)) {
      throw new IllegalArgumentException("the initial price must be positive and finite");
    }
    if (!(confidence >= 0 && confidence < 1)) {
      throw new IllegalArgumentException("the confidence fraction must be in [0, 1): " + confidence);
    }
  }
}
