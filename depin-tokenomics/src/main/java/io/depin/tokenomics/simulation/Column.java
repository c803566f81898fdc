package io.depin.tokenomics.simulation;

import java.util.Objects;
import java.util.function.ToDoubleFunction;

/**
 * A recorded numeric field of the state: sinks receive each step's column values as a {@code
 * double[]} in the model's column order, computed once per step, so no sink reflects on the state.
 *
 * {@snippet :
 * Column<State> supply = new Column<>("supply", State::supply);
 * }
 *
 * @param name the column name, as written in CSV headers and reports
 * @param value reads the column from a state; integral {@code long} fields are exact below 2^53
 * @param <S> the state type
 * @since 0.1.0
 */
public record Column<S>(String name, ToDoubleFunction<? super S> value) {
  /** Checks the fields. */
  public Column {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    if (name.isBlank()) {
      throw new IllegalArgumentException("column name is blank");
    }
  }
}
