package io.depin.tokenomics.simulation;

import java.util.random.RandomGenerator;

/**
 * A policy: reads the parameters, the time and the state, may draw from the run's generator, and
 * returns a real-valued signal. Registered on a substep with {@link
 * Model.SubstepBuilder#policy(Signal, Policy)}; when several policies of a substep write the same
 * signal, the updates see the sum.
 *
 * {@snippet :
 * Policy<Params, State> burn = (p, t, st, rng) -> Math.max(0, rng.nextGaussian(p.mu(t), 0.3 * p.mu(t)));
 * }
 *
 * @param <P> the parameter type
 * @param <S> the state type
 * @since 0.1.0
 */
@FunctionalInterface
public interface Policy<P, S> {
  /**
   * Computes the signal.
   *
   * @param params the run's parameters
   * @param t the time of the state, 0 for the first step
   * @param state the state at the start of the substep
   * @param rng the run's generator; draw only from this one so that runs are reproducible
   * @return the signal's value
   */
  double apply(P params, int t, S state, RandomGenerator rng);
}
