package io.depin.tokenomics.simulation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Keeps every state of every run, for tests and small simulations: memory grows with sweep size x
 * runs x steps, so use {@link AggregateSink} or {@link CsvSink} for large ones. A failed run keeps
 * the states recorded before its failure.
 *
 * {@snippet :
 * InMemorySink<State> states = new InMemorySink<>();
 * Simulation.builder(model).params(params).runs(3).steps(10).seed(1).sink(states).build().run();
 * State last = states.states(0, 2).get(10); // run 2, time 10
 * }
 *
 * @param <S> the state type
 * @since 0.1.0
 */
public final class InMemorySink<S> implements Sink<S> {
  private @Nullable List<S> @Nullable [] stored;
  private int runs;

  /** Creates an empty sink. */
  public InMemorySink() {}

  @Override
  @SuppressWarnings({"unchecked", "rawtypes"})
  public void open(SimulationPlan plan) {
    runs = plan.runs();
    stored = new List[plan.sweepSize() * runs];
  }

  @Override
  public RunRecorder<S> recorder(RunInfo run) {
    @Nullable List<S>[] all = Objects.requireNonNull(stored, "sink not opened");
    List<S> states = new ArrayList<>();
    synchronized (this) {
      all[run.sweepIndex() * runs + run.runIndex()] = states;
    }
    return (t, state, columns) -> states.add(state);
  }

  /**
   * Returns one run's states.
   *
   * @param sweepIndex the parameter set's index
   * @param runIndex the run's index
   * @return the states by time, unmodifiable; empty if the run never started
   */
  public synchronized List<S> states(int sweepIndex, int runIndex) {
    @Nullable List<S>[] all = Objects.requireNonNull(stored, "no simulation");
    Objects.checkIndex(runIndex, runs);
    List<S> s = all[sweepIndex * runs + runIndex];
    return s == null ? List.of() : Collections.unmodifiableList(s);
  }
}
