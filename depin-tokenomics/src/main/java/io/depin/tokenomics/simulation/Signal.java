package io.depin.tokenomics.simulation;

/**
 * A named real-valued signal of one model: policies write it, state updates read it with {@link
 * Signals#get(Signal)}. Made by {@link Model.Builder#signal(String)}; a signal belongs to the
 * builder that made it and cannot be read from another model's signals.
 *
 * {@snippet :
 * Model.Builder<Params, State> b = Model.builder();
 * Signal burn = b.signal("burn");
 * b.substep("burn", s -> s
 *     .policy(burn, (p, t, st, rng) -> p.burnRate() * st.supply())
 *     .update((p, t, st, sig) -> st.withSupply(st.supply() - sig.get(burn))));
 * }
 *
 * @since 0.1.0
 */
public final class Signal {
  final SignalSlot slot;

  Signal(String name, int index, Object owner) {
    this.slot = new SignalSlot("Signal", name, index, owner);
  }

  /** {@return the name given to the builder} */
  public String name() {
    return slot.name;
  }

  @Override
  public String toString() {
    return slot.toString();
  }
}
