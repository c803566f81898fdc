package io.depin.tokenomics.simulation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.jspecify.annotations.Nullable;

/**
 * A simulation model: typed state, an initial state per parameter set, an ordered list of substeps,
 * and the numeric columns that sinks record.
 *
 * <p>One step runs every substep in order. In a substep, the policies run first, in the order they
 * were added, all seeing the state at the start of the substep; the values written to the same
 * signal are added. Then the updates run in order, each receiving the state returned by the
 * previous one (unlike cadCAD, where each update returns one field: a record state is a whole
 * value) and the same signals. After the last substep, the state is recorded to the sinks.
 *
 * <p>The time {@code t} passed to policies and updates is the time of the state they start from: 0
 * for the first step, {@code steps - 1} for the last. Sinks receive the initial state as time 0 and
 * the state after step {@code t} as time {@code t + 1}.
 *
 * <p>A model is immutable and thread-safe if its functions are; they must not share mutable state
 * between runs, and they must draw randomness only from the generator they are given.
 *
 * {@snippet :
 * record Params(double burnRate) {}
 * record State(long supply) {}
 *
 * Model.Builder<Params, State> b = Model.<Params, State>builder().initialState(new State(1_000_000));
 * LongSignal burn = b.longSignal("burn");
 * Model<Params, State> model = b
 *     .substep("burn", s -> s
 *         .policy(burn, (p, t, st, rng) -> (long) Math.floor(p.burnRate() * st.supply()))
 *         .update((p, t, st, sig) -> new State(st.supply() - sig.get(burn))))
 *     .column("supply", State::supply)
 *     .build();
 * }
 *
 * @param <P> the parameter type, typically a record
 * @param <S> the state type, typically a record
 * @since 0.1.0
 */
public final class Model<P, S> {
  private final Function<? super P, ? extends S> initialState;
  final List<Substep<P, S>> substeps;
  private final List<Column<S>> columns;
  final Object owner;
  final int doubleSignals;
  final int longSignals;

  private Model(Builder<P, S> b, Function<? super P, ? extends S> initialState) {
    this.initialState = initialState;
    this.substeps = List.copyOf(b.substeps);
    this.columns = List.copyOf(b.columns);
    this.owner = b.owner;
    this.doubleSignals = b.signals.size();
    this.longSignals = b.longSignals.size();
  }

  /**
   * Starts a model.
   *
   * @param <P> the parameter type
   * @param <S> the state type
   * @return a new builder
   */
  public static <P, S> Builder<P, S> builder() {
    return new Builder<>();
  }

  /**
   * Builds the initial state for a parameter set.
   *
   * @param params the parameters of a run
   * @return the state at time 0
   * @throws NullPointerException if the initial-state function returns null
   */
  public S initialState(P params) {
    return Objects.requireNonNull(initialState.apply(params), "initial state");
  }

  /** {@return the recorded columns, in order} */
  public List<Column<S>> columns() {
    return columns;
  }

  /** {@return the substep names, in order} */
  public List<String> substepNames() {
    return substeps.stream().map(s -> s.name).toList();
  }

  /**
   * Builds a {@link Model}. Not thread-safe.
   *
   * @param <P> the parameter type
   * @param <S> the state type
   * @since 0.1.0
   */
  public static final class Builder<P, S> {
    private final Object owner = new Object();
    private final List<Signal> signals = new ArrayList<>();
    private final List<LongSignal> longSignals = new ArrayList<>();
    private final Set<String> signalNames = new HashSet<>();
    private final List<Substep<P, S>> substeps = new ArrayList<>();
    private final List<Column<S>> columns = new ArrayList<>();
    private final Set<String> columnNames = new HashSet<>();
    private @Nullable Function<? super P, ? extends S> initialState;

    private Builder() {}

    /**
     * Sets the same initial state for every parameter set.
     *
     * @param state the state at time 0
     * @return this builder
     */
    public Builder<P, S> initialState(S state) {
      Objects.requireNonNull(state, "state");
      this.initialState = p -> state;
      return this;
    }

    /**
     * Sets the initial state as a function of the parameters.
     *
     * @param initialState builds the state at time 0 from a run's parameters
     * @return this builder
     */
    public Builder<P, S> initialState(Function<? super P, ? extends S> initialState) {
      this.initialState = Objects.requireNonNull(initialState, "initialState");
      return this;
    }

    /**
     * Declares a real-valued signal.
     *
     * @param name a name unique among this model's signals
     * @return the signal, for policies and updates of this model
     * @throws IllegalArgumentException if the name is blank or already used
     */
    public Signal signal(String name) {
      claimSignalName(name);
      Signal s = new Signal(name, signals.size(), owner);
      signals.add(s);
      return s;
    }

    /**
     * Declares an exact integer signal.
     *
     * @param name a name unique among this model's signals
     * @return the signal, for policies and updates of this model
     * @throws IllegalArgumentException if the name is blank or already used
     */
    public LongSignal longSignal(String name) {
      claimSignalName(name);
      LongSignal s = new LongSignal(name, longSignals.size(), owner);
      longSignals.add(s);
      return s;
    }

    private void claimSignalName(String name) {
      Objects.requireNonNull(name, "name");
      if (name.isBlank()) {
        throw new IllegalArgumentException("signal name is blank");
      }
      if (!signalNames.add(name)) {
        throw new IllegalArgumentException("signal name used twice: " + name);
      }
    }

    /**
     * Appends a substep.
     *
     * @param name the substep's name, for messages
     * @param definition adds the substep's policies and updates
     * @return this builder
     * @throws IllegalArgumentException if the substep has no update or uses another model's signal
     */
    public Builder<P, S> substep(String name, Consumer<SubstepBuilder<P, S>> definition) {
      Objects.requireNonNull(name, "name");
      SubstepBuilder<P, S> sb = new SubstepBuilder<>(name, owner);
      definition.accept(sb);
      if (sb.updates.isEmpty()) {
        throw new IllegalArgumentException("substep '" + name + "' has no state update");
      }
      substeps.add(
          new Substep<>(
              name, sb.policies, sb.targets, sb.longPolicies, sb.longTargets, sb.updates));
      return this;
    }

    /**
     * Adds a recorded column.
     *
     * @param name a name unique among this model's columns
     * @param value reads the value from a state
     * @return this builder
     * @throws IllegalArgumentException if the name is blank or already used
     */
    public Builder<P, S> column(String name, ToDoubleFunction<? super S> value) {
      Column<S> c = new Column<>(name, value);
      if (!columnNames.add(name)) {
        throw new IllegalArgumentException("column name used twice: " + name);
      }
      columns.add(c);
      return this;
    }

    /**
     * Builds the model.
     *
     * @return the model
     * @throws IllegalStateException if no initial state or no substep was given
     */
    public Model<P, S> build() {
      Function<? super P, ? extends S> init = initialState;
      if (init == null) {
        throw new IllegalStateException("no initial state");
      }
      if (substeps.isEmpty()) {
        throw new IllegalStateException("no substep");
      }
      return new Model<>(this, init);
    }
  }

  /**
   * Adds the policies and updates of one substep; see {@link Builder#substep(String, Consumer)}.
   *
   * @param <P> the parameter type
   * @param <S> the state type
   * @since 0.1.0
   */
  public static final class SubstepBuilder<P, S> {
    private final String name;
    private final Object owner;
    private final List<Policy<P, S>> policies = new ArrayList<>();
    private final List<Signal> targets = new ArrayList<>();
    private final List<LongPolicy<P, S>> longPolicies = new ArrayList<>();
    private final List<LongSignal> longTargets = new ArrayList<>();
    private final List<StateUpdate<P, S>> updates = new ArrayList<>();

    private SubstepBuilder(String name, Object owner) {
      this.name = name;
      this.owner = owner;
    }

    /**
     * Adds a policy writing a real-valued signal.
     *
     * @param signal the signal it adds to
     * @param policy the policy
     * @return this builder
     * @throws IllegalArgumentException if the signal belongs to another model
     */
    public SubstepBuilder<P, S> policy(Signal signal, Policy<P, S> policy) {
      signal.slot.requireOwner(owner, " in substep '" + name + "'");
      targets.add(signal);
      policies.add(Objects.requireNonNull(policy, "policy"));
      return this;
    }

    /**
     * Adds a policy writing an exact integer signal.
     *
     * @param signal the signal it adds to
     * @param policy the policy
     * @return this builder
     * @throws IllegalArgumentException if the signal belongs to another model
     */
    public SubstepBuilder<P, S> policy(LongSignal signal, LongPolicy<P, S> policy) {
      signal.slot.requireOwner(owner, " in substep '" + name + "'");
      longTargets.add(signal);
      longPolicies.add(Objects.requireNonNull(policy, "policy"));
      return this;
    }

    /**
     * Adds a state update; updates run in the order they are added.
     *
     * @param update the update
     * @return this builder
     */
    public SubstepBuilder<P, S> update(StateUpdate<P, S> update) {
      updates.add(Objects.requireNonNull(update, "update"));
      return this;
    }
  }
}
