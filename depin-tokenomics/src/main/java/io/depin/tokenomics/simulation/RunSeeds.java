package io.depin.tokenomics.simulation;

/**
 * Derives the seed of each run from the master seed, the sweep index and the run index, so that a
 * run's random numbers depend on nothing else (not the thread count, not the order runs finish).
 *
 * <p>The seed is {@code mix(mix(mix(master) + sweepIndex * G) + runIndex * G)} where {@code mix} is
 * the SplitMix64 finaliser (Steele, Lea and Flood, "Fast splittable pseudorandom number
 * generators", OOPSLA 2014; the variant-13 constants of D. Stafford's "Better bit mixing") and
 * {@code G = 0x9E3779B97F4A7C15}.
 *
 * {@snippet :
 * long seed = RunSeeds.seed(42L, 0, 17); // run 17 of the first parameter set
 * }
 *
 * @since 0.1.0
 */
public final class RunSeeds {
  private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

  private RunSeeds() {}

  /**
   * Returns the seed of one run.
   *
   * @param masterSeed the simulation's seed
   * @param sweepIndex the parameter set's index, from 0
   * @param runIndex the run's index within the parameter set, from 0
   * @return the run's seed
   */
  public static long seed(long masterSeed, int sweepIndex, int runIndex) {
    long h = mix(masterSeed);
    h = mix(h + sweepIndex * GOLDEN_GAMMA);
    return mix(h + runIndex * GOLDEN_GAMMA);
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
