package io.depin.tokenomics.simulation;

import java.util.Arrays;

/**
 * The signals of the current substep, as the state updates see them: for each signal, the sum of
 * what the substep's policies returned for it (0 when no policy of this substep writes it).
 *
 * <p>One instance is reused for every substep of a run and is only valid during the update call;
 * keep values, not the object. Not thread-safe (a run is confined to one thread).
 *
 * {@snippet :
 * StateUpdate<Params, State> update = (p, t, st, sig) -> st.withSupply(st.supply() + sig.get(minted));
 * }
 *
 * @since 0.1.0
 */
public final class Signals {
  private final Object owner;
  final double[] doubles;
  final long[] longs;

  Signals(Object owner, int doubleCount, int longCount) {
    this.owner = owner;
    this.doubles = new double[doubleCount];
    this.longs = new long[longCount];
  }

  /**
   * Returns the value of a real-valued signal.
   *
   * @param signal a signal of this model
   * @return the sum of the policies' values for it in this substep
   * @throws IllegalArgumentException if the signal belongs to another model
   */
  public double get(Signal signal) {
    signal.slot.requireOwner(owner, "");
    return doubles[signal.slot.index];
  }

  /**
   * Returns the value of an integer signal.
   *
   * @param signal a signal of this model
   * @return the exact sum of the policies' values for it in this substep
   * @throws IllegalArgumentException if the signal belongs to another model
   */
  public long get(LongSignal signal) {
    signal.slot.requireOwner(owner, "");
    return longs[signal.slot.index];
  }

  void clear() {
    Arrays.fill(doubles, 0.0);
    Arrays.fill(longs, 0L);
  }
}
