package io.depin.tokenomics.simulation.agents;

import io.depin.tokenomics.simulation.Policy;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.ToDoubleFunction;
import java.util.random.RandomGenerator;

/**
 * The token price, as an input series ({@link #series(double...)}) or a seeded stochastic process
 * ({@link #gbm(double, double)}). Its policy's signal is the price after the step; an update sets
 * the state's price to it.
 *
 * {@snippet :
 * PriceProcess price = PriceProcess.gbm(0.0002, 0.04);    // per step (day)
 * Signal nextPrice = builder.signal("price");
 * builder.substep("price", s -> s
 *     .policy(nextPrice, price.policy(State::price))
 *     .update((p, t, st, sig) -> st.withPrice(sig.get(nextPrice))));
 * }
 *
 * @since 0.1.0
 */
public sealed interface PriceProcess {
  /**
   * Returns the price after step {@code t}.
   *
   * @param t the time of the current price, from 0
   * @param price the current price
   * @param rng the run's generator
   * @return the price at time {@code t + 1}
   */
  double next(int t, double price, RandomGenerator rng);

  /**
   * Returns a policy whose signal is {@link #next(int, double, RandomGenerator)}.
   *
   * @param price reads the current price from the state
   * @param <P> the parameter type
   * @param <S> the state type
   * @return the policy
   */
  default <P, S> Policy<P, S> policy(ToDoubleFunction<? super S> price) {
    Objects.requireNonNull(price, "price");
    return (p, t, s, rng) -> next(t, price.applyAsDouble(s), rng);
  }

  /**
   * A price given for every time: {@code prices[t]} is the price at time {@code t}.
   *
   * @param prices the prices from time 0; at least the number of steps plus one
   * @return the process
   */
  static PriceProcess series(double... prices) {
    return new Series(prices);
  }

  /**
   * Geometric Brownian motion with one step as the time unit: {@code p' = p exp(drift -
   * volatility^2 / 2 + volatility Z)} with {@code Z} standard normal from the run's generator, so
   * {@code E[p'] = p exp(drift)}.
   *
   * @param drift the expected log-growth per step plus {@code volatility^2 / 2}
   * @param volatility the standard deviation of the log-return per step, at least 0
   * @return the process
   */
  static PriceProcess gbm(double drift, double volatility) {
    return new Gbm(drift, volatility);
  }

  /**
   * Geometric Brownian motion; see {@link PriceProcess#gbm(double, double)}.
   *
   * @param drift the drift per step
   * @param volatility the volatility per step, at least 0
   */
  record Gbm(double drift, double volatility) implements PriceProcess {
    /** Checks the fields. */
    public Gbm {
      if (!Double.isFinite(drift) || !(volatility >= 0) || Double.isInfinite(volatility)) {
        throw new IllegalArgumentException("drift must be finite and volatility at least 0");
      }
    }

    @Override
    public double next(int t, double price, RandomGenerator rng) {
      return price
          * Math.exp(drift - 0.5 * volatility * volatility + volatility * rng.nextGaussian());
    }
  }

  /** A price series; see {@link PriceProcess#series(double...)}. */
  final class Series implements PriceProcess {
    private final double[] prices;

    private Series(double[] prices) {
      if (prices.length == 0) {
        throw new IllegalArgumentException("empty price series");
      }
      for (double p : prices) {
        if (!(p >= 0) || Double.isInfinite(p)) {
          throw new IllegalArgumentException("price must be finite and at least 0: " + p);
        }
      }
      this.prices = prices.clone();
    }

    /** {@return the number of prices} */
    public int length() {
      return prices.length;
    }

    /**
     * Returns the price at a time.
     *
     * @param t the time, from 0 to {@code length() - 1}
     * @return the price
     */
    public double at(int t) {
      return prices[t];
    }

    /**
     * Returns the price at time {@code t + 1}, whatever the current price.
     *
     * @throws IllegalStateException if the series is shorter than {@code t + 2}, which fails the
     *     run at that step
     */
    @Override
    public double next(int t, double price, RandomGenerator rng) {
      if (t + 1 >= prices.length) {
        throw new IllegalStateException(
            "price series of " + prices.length + " values has no price for time " + (t + 1));
      }
      return prices[t + 1];
    }

    @Override
    public String toString() {
      return "Series" + Arrays.toString(prices);
    }
  }
}
