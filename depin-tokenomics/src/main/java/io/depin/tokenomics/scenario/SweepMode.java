package io.depin.tokenomics.scenario;

/**
 * How the swept parameters of a scenario combine into points, as in {@link
 * io.depin.tokenomics.simulation.Sweep}.
 *
 * <p>Example, in a scenario file: two operator costs combined with two price volatilities give
 * four points.
 *
 * {@snippet lang=yaml :
 * sweep:
 *   mode: cartesian
 *   parameters:
 *     operators.cost_per_epoch: [0.05, 0.1]
 *     price.gbm.volatility: [0.02, 0.04]
 * }
 *
 * @since 0.1.0
 */
public enum SweepMode {
  /** Point i takes value i of every parameter; a parameter with one value applies to every point. */
  ZIP,
  /** Every combination of values; the first parameter varies slowest. */
  CARTESIAN
}
