package io.depin.tokenomics.simulation.examples;

import io.depin.tokenomics.simulation.LongSignal;
import io.depin.tokenomics.simulation.Model;
import java.util.random.RandomGenerator;

/**
 * The model measured against radCAD and cadCAD ({@code benchmarks/README.md}): a daily step with a
 * halving emission and a noisy, growing burn.
 *
 * <ul>
 *   <li>emission(t) = 1,000,000 * 0.5^floor(t / 730), exact in whole tokens (a right shift);
 *   <li>burn(t) = max(0, N(mu_t, 0.3 mu_t)) with mu_t = 150,000 * 1.0003^t, rounded down to a whole
 *       token ({@link java.math.RoundingMode#FLOOR}) and capped at supply + emission(t);
 *   <li>supply starts at 100,000,000; the state tracks supply and the cumulative minted and burned.
 * </ul>
 *
 * <p>Over 3650 steps exactly 1,414,375,000 tokens are minted, and the mean final supply is about
 * 520 million (100,000,000 + 1,414,375,000 - about 994.4 million burned on average).
 *
 * {@snippet :
 * AggregateSink aggregates = AggregateSink.create();
 * Simulation.builder(HalvingBurnModel.model())
 *     .params(HalvingBurnModel.Params.radcadComparison())
 *     .runs(1000).steps(3650).seed(42).sink(aggregates)
 *     .build().run();
 * double meanFinalSupply = aggregates.series(0, "supply").mean(3650); // about 5.2e8
 * }
 *
 * @since 0.1.0
 */
public final class HalvingBurnModel {
  private HalvingBurnModel() {}

  /**
   * The model's parameters.
   *
   * @param initialSupply the supply at time 0, whole tokens
   * @param baseEmission the emission per step before the first halving, whole tokens
   * @param halvingInterval the steps between halvings
   * @param baseBurn the mean burn at time 0
   * @param burnGrowth the mean burn's growth factor per step
   * @param burnVolatility the burn's standard deviation as a fraction of its mean
   */
  public record Params(
      long initialSupply,
      long baseEmission,
      int halvingInterval,
      double baseBurn,
      double burnGrowth,
      double burnVolatility) {
    /** Checks the fields. */
    public Params {
      if (initialSupply < 0 || baseEmission < 0 || halvingInterval < 1) {
        throw new IllegalArgumentException("negative supply or emission, or interval below 1");
      }
      if (!(baseBurn >= 0) || !(burnGrowth > 0) || !(burnVolatility >= 0)) {
        throw new IllegalArgumentException("burn parameters out of range");
      }
    }

    /** {@return the parameters of the radCAD/cadCAD comparison} */
    public static Params radcadComparison() {
      return new Params(100_000_000L, 1_000_000L, 730, 150_000.0, 1.0003, 0.3);
    }
  }

  /**
   * The model's state.
   *
   * @param supply the circulating supply, whole tokens
   * @param minted the tokens minted so far
   * @param burned the tokens burned so far
   */
  public record State(long supply, long minted, long burned) {}

  /**
   * Returns the emission of one step.
   *
   * @param params the parameters
   * @param t the time, from 0
   * @return {@code baseEmission >> floor(t / halvingInterval)}: exact, and 0 after 63 halvings
   */
  public static long emission(Params params, int t) {
    int halvings = t / params.halvingInterval();
    return halvings >= 63 ? 0L : params.baseEmission() >> halvings;
  }

  /**
   * Draws the burn of one step.
   *
   * @param params the parameters
   * @param t the time
   * @param supply the supply before the step
   * @param emission the step's emission
   * @param rng the run's generator
   * @return the burn, whole tokens, between 0 and {@code supply + emission}
   */
  public static long burn(Params params, int t, long supply, long emission, RandomGenerator rng) {
    double mu = params.baseBurn() * Math.pow(params.burnGrowth(), t);
    double draw = mu + params.burnVolatility() * mu * rng.nextGaussian();
    long burn = draw > 0 ? (long) Math.floor(draw) : 0L;
    return Math.min(burn, supply + emission);
  }

  /**
   * Builds the model: one substep with two integer signals (minted, burned), and columns {@code
   * supply}, {@code minted} and {@code burned}.
   *
   * @return the model
   */
  public static Model<Params, State> model() {
    Model.Builder<Params, State> b = Model.builder();
    LongSignal minted = b.longSignal("minted");
    LongSignal burned = b.longSignal("burned");
    return b.initialState(p -> new State(p.initialSupply(), 0L, 0L))
        .substep(
            "mint and burn",
            s ->
                s.policy(minted, (p, t, st, rng) -> emission(p, t))
                    .policy(burned, (p, t, st, rng) -> burn(p, t, st.supply(), emission(p, t), rng))
                    .update(
                        (p, t, st, sig) -> {
                          long m = sig.get(minted);
                          long x = sig.get(burned);
                          return new State(st.supply() + m - x, st.minted() + m, st.burned() + x);
                        }))
        .column("supply", State::supply)
        .column("minted", State::minted)
        .column("burned", State::burned)
        .build();
  }
}
