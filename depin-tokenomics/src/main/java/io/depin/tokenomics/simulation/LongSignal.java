package io.depin.tokenomics.simulation;

/**
 * A named integer signal of one model, for exact amounts such as token base units: policies that
 * write it return a {@code long}, and the values of several policies are added with {@link
 * Math#addExact(long, long)}, so an overflow fails the run instead of wrapping. Made by {@link
 * Model.Builder#longSignal(String)}.
 *
 * {@snippet :
 * LongSignal minted = builder.longSignal("minted");
 * builder.substep("mint", s -> s
 *     .policy(minted, (p, t, st, rng) -> 1_000_000L >> (t / 730))
 *     .update((p, t, st, sig) -> st.withSupply(st.supply() + sig.get(minted))));
 * }
 *
 * @since 0.1.0
 */
public final class LongSignal {
  final SignalSlot slot;

  LongSignal(String name, int index, Object owner) {
    this.slot = new SignalSlot("LongSignal", name, index, owner);
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
