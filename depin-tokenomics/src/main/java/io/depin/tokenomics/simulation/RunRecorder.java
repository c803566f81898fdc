package io.depin.tokenomics.simulation;

/**
 * Receives the states of one run, from the one thread that runs it, in time order; then exactly one
 * of {@link #completed()} or {@link #failed(RunFailure)}.
 *
 * {@snippet :
 * RunRecorder<State> recorder = (t, state, columns) -> System.out.println(t + " " + columns[0]);
 * }
 *
 * @param <S> the state type
 * @since 0.1.0
 */
@FunctionalInterface
public interface RunRecorder<S> {
  /**
   * Records the state at one time.
   *
   * @param t the time, 0 for the initial state, up to the number of steps
   * @param state the state
   * @param columns the model's column values for this state; the array is reused for the next call,
   *     so copy the values, not the array
   */
  void record(int t, S state, double[] columns);

  /** Called after the last state of a run that finished. */
  default void completed() {}

  /**
   * Called instead of {@link #completed()} when the run failed; the states recorded so far stay.
   *
   * @param failure the failure, with the run's seed and step
   */
  default void failed(RunFailure failure) {}
}
