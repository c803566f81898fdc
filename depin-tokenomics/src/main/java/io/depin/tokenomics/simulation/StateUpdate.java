package io.depin.tokenomics.simulation;

/**
 * A state update: returns the new state from the parameters, the time, the current state and the
 * substep's signals. The state is usually an immutable record, so an update returns a new value.
 *
 * {@snippet :
 * StateUpdate<Params, State> update =
 *     (p, t, st, sig) -> new State(st.supply() + sig.get(minted) - sig.get(burned));
 * }
 *
 * @param <P> the parameter type
 * @param <S> the state type
 * @since 0.1.0
 */
@FunctionalInterface
public interface StateUpdate<P, S> {
  /**
   * Computes the next state.
   *
   * @param params the run's parameters
   * @param t the time of the state, 0 for the first step
   * @param state the current state
   * @param signals the substep's signals, valid during this call only
   * @return the new state, never null
   */
  S apply(P params, int t, S state, Signals signals);
}
