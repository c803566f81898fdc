package io.depin.tokenomics.scenario;

/**
 * How the swept parameters of a scenario combine into points, as in {@link
 * io.depin.tokenomics.simulation.Sweep}.
 *
 * @since 0.1.0
 */
public enum SweepMode {
  /** Point i takes value i of every parameter; a parameter with one value applies to every point. */
  ZIP,
  /** Every combination of values; the first parameter varies slowest. */
  CARTESIAN
}
