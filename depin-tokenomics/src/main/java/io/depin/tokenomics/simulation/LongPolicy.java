package io.depin.tokenomics.simulation;

import java.util.random.RandomGenerator;

/**
 * A policy returning an exact integer signal, such as an amount in token base units. Registered
 * with {@link Model.SubstepBuilder#policy(LongSignal, LongPolicy)}.
 *
 * {@snippet :
 * LongPolicy<Params, State> emission = (p, t, st, rng) -> 1_000_000L >> (t / 730); // halving every 730 steps
 * }
 *
 * @param <P> the parameter type
 * @param <S> the state type
 * @since 0.1.0
 */
@FunctionalInterface
public interface LongPolicy<P, S> {
  /**
   * Computes the signal.
   *
   * @param params the run's parameters
   * @param t the time of the state, 0 for the first step
   * @param state the state at the start of the substep
   * @param rng the run's generator
   * @return the signal's value
   */
  long apply(P params, int t, S state, RandomGenerator rng);
}
