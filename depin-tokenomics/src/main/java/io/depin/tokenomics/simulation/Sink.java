package io.depin.tokenomics.simulation;

import java.io.IOException;

/**
 * Where per-step records go. The engine calls {@link #open(SimulationPlan)} once, then {@link
 * #recorder(RunInfo)} once per run (from worker threads, concurrently), then {@link #close()} once
 * after every run ended. A sink serves one simulation at a time.
 *
 * <p>Implementations here: {@link AggregateSink} (per-step mean and percentiles, exact or from a
 * sketch whose memory does not grow with the runs), {@link CsvSink}
 * (streams rows in a deterministic order), {@link InMemorySink} (keeps every state, opt-in).
 *
 * {@snippet :
 * Sink<State> printFinal = run -> (t, state, columns) -> {
 *   if (t == 3650) System.out.println(run.seed() + " " + columns[0]);
 * };
 * }
 *
 * @param <S> the state type
 * @since 0.1.0
 */
@FunctionalInterface
public interface Sink<S> {
  /**
   * Prepares for a simulation.
   *
   * @param plan the columns and sizes
   */
  default void open(SimulationPlan plan) {}

  /**
   * Returns the recorder of one run; must be safe to call from several threads at once.
   *
   * @param run the run
   * @return a recorder used by that run's thread only
   */
  RunRecorder<S> recorder(RunInfo run);

  /**
   * Finishes after every run ended: flushes output, computes aggregates.
   *
   * @throws IOException if output cannot be written
   */
  default void close() throws IOException {}
}
