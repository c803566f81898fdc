package io.depin.tokenomics.simulation.agents;

import io.depin.tokenomics.simulation.Policy;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

/**
 * Growth of demand for the network's service (data credits burned, bytes stored, rides taken) per
 * step: {@link #exponential(double)} or {@link #logistic(double, double)}.
 *
 * {@snippet :
 * DemandGrowth growth = DemandGrowth.logistic(0.01, 5_000_000);
 * Signal more = builder.signal("demand growth");
 * builder.substep("demand", s -> s
 *     .policy(more, growth.policy(State::demand))
 *     .update((p, t, st, sig) -> st.withDemand(st.demand() + sig.get(more))));
 * }
 *
 * @since 0.1.0
 */
public sealed interface DemandGrowth {
  /**
   * Returns the demand after one step.
   *
   * @param demand the demand now, at least 0
   * @return the demand one step later
   */
  double next(double demand);

  /**
   * Returns a policy whose signal is the change {@code next(demand) - demand}.
   *
   * @param demand reads the demand from the state
   * @param <P> the parameter type
   * @param <S> the state type
   * @return the policy
   */
  default <P, S> Policy<P, S> policy(ToDoubleFunction<? super S> demand) {
    Objects.requireNonNull(demand, "demand");
    return (p, t, s, rng) -> {
      double d = demand.applyAsDouble(s);
      return next(d) - d;
    };
  }

  /**
   * Exponential growth: {@code d' = d (1 + rate)}.
   *
   * @param rate the growth per step, above -1
   * @return the growth
   */
  static DemandGrowth exponential(double rate) {
    return new Exponential(rate);
  }

  /**
   * Logistic growth towards a capacity: {@code d' = d + rate d (1 - d / capacity)}. From a demand
   * between 0 and the capacity it rises towards the capacity and never passes it; start there. A
   * demand above the capacity falls, past {@code capacity (1 + 1 / rate)} to below zero.
   *
   * @param rate the growth per step while demand is far below capacity, in (0, 1]
   * @param capacity the demand the network saturates at, positive
   * @return the growth
   */
  static DemandGrowth logistic(double rate, double capacity) {
    return new Logistic(rate, capacity);
  }

  /**
   * Exponential growth.
   *
   * @param rate the growth per step, above -1
   */
  record Exponential(double rate) implements DemandGrowth {
    /** Checks the rate. */
    public Exponential {
      if (!(rate > -1) || Double.isInfinite(rate)) {
        throw new IllegalArgumentException("rate must be above -1 and finite: " + rate);
      }
    }

    @Override
    public double next(double demand) {
      return demand * (1 + rate);
    }
  }

  /**
   * Logistic growth. With a rate in (0, 1], demand below capacity stays below it and rises towards
   * it.
   *
   * @param rate the growth per step far below capacity, in (0, 1]
   * @param capacity the saturation level, positive
   */
  record Logistic(double rate, double capacity) implements DemandGrowth {
    /** Checks the fields. */
    public Logistic {
      if (!(rate > 0 && rate <= 1) || !(capacity > 0) || Double.isInfinite(capacity)) {
        throw new IllegalArgumentException("rate must be in (0, 1] and capacity positive");
      }
    }

    @Override
    public double next(double demand) {
      return demand + rate * demand * (1 - demand / capacity);
    }
  }
}
