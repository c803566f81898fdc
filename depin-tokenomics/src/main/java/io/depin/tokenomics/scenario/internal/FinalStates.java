package io.depin.tokenomics.scenario.internal;

import io.depin.tokenomics.scenario.NetworkState;
import io.depin.tokenomics.simulation.RunInfo;
import io.depin.tokenomics.simulation.RunRecorder;
import io.depin.tokenomics.simulation.Sink;
import io.depin.tokenomics.simulation.SimulationPlan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Keeps the exact final state of every completed run, for the median run's reward distribution and
 * for exact end-of-run figures. Each run writes only its own slot.
 */
public final class FinalStates implements Sink<NetworkState> {
  private @Nullable NetworkState[] last = new NetworkState[0];
  private boolean[] completed = new boolean[0];
  private int runs;
  private int steps;

  @Override
  public void open(SimulationPlan plan) {
    runs = plan.runs();
    steps = plan.steps();
    last = new NetworkState[plan.sweepSize() * runs];
    completed = new boolean[plan.sweepSize() * runs];
  }

  @Override
  public RunRecorder<NetworkState> recorder(RunInfo run) {
    int index = run.sweepIndex() * runs + run.runIndex();
    @Nullable NetworkState[] slots = last;
    boolean[] done = completed;
    int end = steps;
    return new RunRecorder<>() {
      @Override
      public void record(int t, NetworkState state, double[] columns) {
        if (t == end) {
          slots[index] = state;
        }
      }

      @Override
      public void completed() {
        done[index] = true;
      }
    };
  }

  /**
   * Returns the completed run of a sweep point whose final supply is the median (the lower median
   * for an even count; ties go to the lower run index).
   *
   * @param point the sweep index
   * @return the run's index and final state, or empty if no run of the point completed
   */
  public Optional<Run> medianRun(int point) {
    List<Run> done = new ArrayList<>();
    for (int r = 0; r < runs; r++) {
      NetworkState s = last[point * runs + r];
      if (completed[point * runs + r] && s != null) {
        done.add(new Run(r, s));
      }
    }
    if (done.isEmpty()) {
      return Optional.empty();
    }
    done.sort(Comparator.comparing((Run x) -> x.state().supply()).thenComparingInt(Run::index));
    return Optional.of(done.get((done.size() - 1) / 2));
  }

  /**
   * A run's index and final state.
   *
   * @param index the run's index within its sweep point
   * @param state its final state
   */
  public record Run(int index, NetworkState state) {}
}
