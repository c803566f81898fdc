package io.depin.tokenomics.simulation;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * Makes the generator of one run from its seed ({@link RunSeeds}). The default is {@link
 * #l64x128Mix()}; a model's results are reproducible for a given source, seed and JDK.
 *
 * {@snippet :
 * Simulation.of(model).random(RandomSource.splitMix()).seed(7).run();
 * }
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface RandomSource {
  /**
   * Creates a generator.
   *
   * @param seed the run's seed
   * @return a new generator, used by one run only
   */
  RandomGenerator create(long seed);

  /**
   * The JDK's {@code L64X128MixRandom} (an LXM generator, period 2^192, 2-dimensionally
   * equidistributed), seeded with the run's seed.
   *
   * @return the source
   */
  static RandomSource l64x128Mix() {
    RandomGeneratorFactory<RandomGenerator> factory = RandomGeneratorFactory.of("L64X128MixRandom");
    return factory::create;
  }

  /**
   * The JDK's {@link SplittableRandom} (SplitMix64), seeded with the run's seed.
   *
   * @return the source
   */
  static RandomSource splitMix() {
    return SplittableRandom::new;
  }
}
