package io.depin.tokenomics.simulation;

/**
 * Identifies one run, as a sink sees it.
 *
 * {@snippet :
 * RunInfo run = new RunInfo(0, 17, RunSeeds.seed(42L, 0, 17));
 * }
 *
 * @param sweepIndex the parameter set's index in the sweep, from 0
 * @param runIndex the run's index within the parameter set, from 0
 * @param seed the run's seed, enough to reproduce it
 * @since 0.1.0
 */
public record RunInfo(int sweepIndex, int runIndex, long seed) {
  /** Checks the indices. */
  public RunInfo {
    if (sweepIndex < 0 || runIndex < 0) {
      throw new IllegalArgumentException("negative index");
    }
  }
}
