package io.depin.tokenomics.simulation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The parameter sets of a simulation, each run {@code runs} times. Two ways to combine axes, named
 * as such:
 *
 * <ul>
 *   <li>{@link #zip(Object, Axis[])}: the i-th point takes the i-th value of every axis (radCAD's
 *       and cadCAD's default sweep); all axes have the same length, except that an axis with one
 *       value applies it to every point.
 *   <li>{@link #cartesian(Object, Axis[])}: every combination; the first axis varies slowest.
 * </ul>
 *
 * {@snippet :
 * Sweep<Params> zip = Sweep.zip(base,
 *     Axis.of("growth", List.of(0.01, 0.02), Params::withGrowth),
 *     Axis.of("price", List.of(1.0, 2.0), Params::withPrice));       // 2 points
 * Sweep<Params> grid = Sweep.cartesian(base,
 *     Axis.of("growth", List.of(0.01, 0.02), Params::withGrowth),
 *     Axis.of("price", List.of(1.0, 2.0), Params::withPrice));       // 4 points
 * }
 *
 * @param <P> the parameter type
 * @since 0.1.0
 */
public final class Sweep<P> {
  private final List<P> points;
  private final List<Map<String, Object>> labels;

  private Sweep(List<P> points, List<Map<String, Object>> labels) {
    this.points = List.copyOf(points);
    this.labels = List.copyOf(labels);
  }

  /**
   * A sweep of one parameter set.
   *
   * @param params the parameters
   * @param <P> the parameter type
   * @return the sweep
   */
  public static <P> Sweep<P> single(P params) {
    return new Sweep<>(List.of(params), List.of(Map.of()));
  }

  /**
   * Zips axes: point i takes value i of every axis.
   *
   * @param base the parameters the axes are applied to
   * @param axes the axes, applied in order
   * @param <P> the parameter type
   * @return the sweep
   * @throws IllegalArgumentException if two axes longer than one have different lengths
   */
  @SafeVarargs
  public static <P> Sweep<P> zip(P base, Axis<P, ?>... axes) {
    Objects.requireNonNull(base, "base");
    int n = 1;
    for (Axis<P, ?> a : axes) {
      int len = a.values().size();
      if (len > 1) {
        if (n > 1 && len != n) {
          throw new IllegalArgumentException(
              "zip of axes of different lengths: '"
                  + a.name()
                  + "' has "
                  + len
                  + ", expected "
                  + n);
        }
        n = len;
      }
    }
    List<P> points = new ArrayList<>(n);
    List<Map<String, Object>> labels = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      P p = base;
      Map<String, Object> label = new LinkedHashMap<>();
      for (Axis<P, ?> a : axes) {
        int k = a.values().size() == 1 ? 0 : i;
        p = a.apply(p, k);
        label.put(a.name(), a.values().get(k));
      }
      points.add(p);
      labels.add(label);
    }
    return new Sweep<>(points, labels);
  }

  /**
   * The cartesian product of axes: every combination, the first axis varying slowest.
   *
   * @param base the parameters the axes are applied to
   * @param axes the axes
   * @param <P> the parameter type
   * @return the sweep
   * @throws IllegalArgumentException if the product has more than {@link Integer#MAX_VALUE} points
   */
  @SafeVarargs
  public static <P> Sweep<P> cartesian(P base, Axis<P, ?>... axes) {
    Objects.requireNonNull(base, "base");
    long total = 1;
    for (Axis<P, ?> a : axes) {
      total *= a.values().size();
      if (total > Integer.MAX_VALUE) {
        throw new IllegalArgumentException("cartesian product too large");
      }
    }
    int n = (int) total;
    List<P> points = new ArrayList<>(n);
    List<Map<String, Object>> labels = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      P p = base;
      Map<String, Object> label = new LinkedHashMap<>();
      int rest = i;
      int[] idx = new int[axes.length];
      for (int k = axes.length - 1; k >= 0; k--) {
        int size = axes[k].values().size();
        idx[k] = rest % size;
        rest /= size;
      }
      for (int k = 0; k < axes.length; k++) {
        p = axes[k].apply(p, idx[k]);
        label.put(axes[k].name(), axes[k].values().get(idx[k]));
      }
      points.add(p);
      labels.add(label);
    }
    return new Sweep<>(points, labels);
  }

  /** {@return the number of parameter sets} */
  public int size() {
    return points.size();
  }

  /** {@return the parameter sets, by sweep index} */
  public List<P> points() {
    return points;
  }

  /**
   * Returns the swept values of one point, by axis name in axis order (empty for {@link #single}).
   *
   * @param index the sweep index
   * @return an unmodifiable map from axis name to value
   */
  public Map<String, Object> label(int index) {
    return Collections.unmodifiableMap(labels.get(index));
  }
}
