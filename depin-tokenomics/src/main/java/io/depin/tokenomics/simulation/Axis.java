package io.depin.tokenomics.simulation;

import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * One swept parameter: a name, its values, and how a value is set on a parameter record. Used by
 * {@link Sweep#zip(Object, Axis[])} and {@link Sweep#cartesian(Object, Axis[])}.
 *
 * {@snippet :
 * record Params(double growth, double price) {
 *   Params withGrowth(double g) { return new Params(g, price); }
 * }
 * Axis<Params, Double> growth = Axis.of("growth", List.of(0.01, 0.02, 0.05), Params::withGrowth);
 * }
 *
 * @param name the parameter's name, for reports
 * @param values the values, at least one, none null
 * @param setter returns a copy of the parameters with this axis set to a value
 * @param <P> the parameter type
 * @param <V> the value type
 * @since 0.1.0
 */
public record Axis<P, V>(String name, List<V> values, BiFunction<P, V, P> setter) {
  /** Checks and copies the fields. */
  public Axis {
    Objects.requireNonNull(name, "name");
    values = List.copyOf(values);
    Objects.requireNonNull(setter, "setter");
    if (values.isEmpty()) {
      throw new IllegalArgumentException("axis '" + name + "' has no value");
    }
  }

  /**
   * Creates an axis.
   *
   * @param name the parameter's name
   * @param values the values
   * @param setter sets a value on a parameter record
   * @param <P> the parameter type
   * @param <V> the value type
   * @return the axis
   */
  public static <P, V> Axis<P, V> of(String name, List<V> values, BiFunction<P, V, P> setter) {
    return new Axis<>(name, values, setter);
  }

  P apply(P params, int index) {
    return Objects.requireNonNull(setter.apply(params, values.get(index)), "setter result");
  }
}
