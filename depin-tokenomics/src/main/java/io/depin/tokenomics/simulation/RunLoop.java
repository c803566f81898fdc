package io.depin.tokenomics.simulation;

import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/** Runs one run of a model: the hot loop, with no allocation besides the model's own states. */
final class RunLoop<P, S> {
  private final Model<P, S> model;
  private final Substep<P, S>[] substeps;
  private final ToDoubleFunction<? super S>[] columns;
  private final int steps;

  @SuppressWarnings({"unchecked", "rawtypes"})
  RunLoop(Model<P, S> model, int steps) {
    this.model = model;
    this.substeps = model.substeps.toArray(new Substep[0]);
    List<Column<S>> cols = model.columns();
    this.columns = new ToDoubleFunction[cols.size()];
    for (int i = 0; i < columns.length; i++) {
      columns[i] = cols.get(i).value();
    }
    this.steps = steps;
  }

  /**
   * Runs and records one run.
   *
   * @return null if the run finished, else its failure (the recorders were told)
   */
  @Nullable RunFailure run(
      P params, RunInfo info, RandomGenerator rng, RunRecorder<? super S>[] recorders) {
    Signals signals = new Signals(model.owner, model.doubleSignals, model.longSignals);
    double[] values = new double[columns.length];
    int t = -1;
    try {
      S s = model.initialState(params);
      record(0, s, values, recorders);
      for (t = 0; t < steps; t++) {
        for (Substep<P, S> sub : substeps) {
          s = substep(sub, params, t, s, rng, signals);
        }
        record(t + 1, s, values, recorders);
      }
    } catch (Exception | StackOverflowError | AssertionError e) {
      RunFailure failure = new RunFailure(info.seed(), info.sweepIndex(), info.runIndex(), t, e);
      for (RunRecorder<? super S> r : recorders) {
        try {
          r.failed(failure);
        } catch (RuntimeException suppressed) {
          e.addSuppressed(suppressed);
        }
      }
      return failure;
    }
    for (RunRecorder<? super S> r : recorders) {
      r.completed();
    }
    return null;
  }

  private S substep(
      Substep<P, S> sub, P params, int t, S state, RandomGenerator rng, Signals signals) {
    signals.clear();
    double[] d = signals.doubles;
    long[] l = signals.longs;
    Policy<P, S>[] policies = sub.policies;
    int[] targets = sub.policyTargets;
    for (int i = 0; i < policies.length; i++) {
      d[targets[i]] += policies[i].apply(params, t, state, rng);
    }
    LongPolicy<P, S>[] longPolicies = sub.longPolicies;
    int[] longTargets = sub.longTargets;
    for (int i = 0; i < longPolicies.length; i++) {
      int k = longTargets[i];
      l[k] = Math.addExact(l[k], longPolicies[i].apply(params, t, state, rng));
    }
    S s = state;
    for (StateUpdate<P, S> u : sub.updates) {
      s = u.apply(params, t, s, signals);
      if (s == null) {
        throw new NullPointerException("substep '" + sub.name + "' returned a null state");
      }
    }
    return s;
  }

  private void record(int t, S s, double[] values, RunRecorder<? super S>[] recorders) {
    ToDoubleFunction<? super S>[] cols = columns;
    for (int i = 0; i < cols.length; i++) {
      values[i] = cols[i].applyAsDouble(s);
    }
    for (RunRecorder<? super S> r : recorders) {
      r.record(t, s, values);
    }
  }
}
