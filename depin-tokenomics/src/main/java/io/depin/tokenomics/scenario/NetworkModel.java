package io.depin.tokenomics.scenario;

import io.depin.core.time.Epoch;
import io.depin.core.token.Token;
import io.depin.core.token.TokenAmount;
import io.depin.tokenomics.burnmint.BurnMintException;
import io.depin.tokenomics.burnmint.CreditConverter;
import io.depin.tokenomics.burnmint.Credits;
import io.depin.tokenomics.burnmint.OraclePrice;
import io.depin.tokenomics.simulation.Model;
import io.depin.tokenomics.simulation.Signal;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * A {@link Scenario} compiled for simulation, and the simulation {@link Model} that runs it. The
 * model's parameters are a {@code NetworkModel} (so one model serves every point of a sweep) and
 * its state a {@link NetworkState}.
 *
 * <p>One step is one epoch {@code t} (from 0), starting from the state at time {@code t}:
 *
 * <ol>
 *   <li>{@code emission = schedule.amountAt(t)}, exact base units (computed once per scenario);
 *   <li>credits bought {@code = floor(demand * shock)}, where the shock is a mean-one log-normal
 *       draw from the run's generator ({@link Demand});
 *   <li>the oracle reports the price rounded {@link RoundingMode#HALF_EVEN} to {@value
 *       #ORACLE_DECIMALS} decimal places, with confidence {@code price * confidence} rounded the
 *       same way, and the credits are paid for by burning {@link CreditConverter#tokensFor} tokens
 *       (rounded up, at the haircut price), but never more than {@code supply + emission}: buyers
 *       can only burn tokens that exist;
 *   <li>the re-mint is {@code rules.remint().remint(burned, emission).minted()};
 *   <li>{@code supply' = supply + emission + remint - burned}, exactly;
 *   <li>the operators' pool is {@code floor((emission + remint) * rewardShare)}; its fiat value at
 *       the epoch's price drives {@link io.depin.tokenomics.simulation.agents.OperatorResponse};
 *   <li>demand grows by {@link io.depin.tokenomics.simulation.agents.DemandGrowth}, and the price
 *       moves by the {@link io.depin.tokenomics.simulation.agents.PriceProcess}.
 * </ol>
 *
 * A haircut price that is not positive (a price rounded to zero, or a confidence haircut larger
 * than the price) fails the run at that epoch with the {@link BurnMintException}'s reason code,
 * and so does a price that overflows to infinity; other runs still finish.
 *
 * <p>Recorded columns ({@link #COLUMNS}), in whole tokens where they are amounts (base units
 * divided by {@code 10^decimals}, as the nearest {@code double}): {@code supply}, {@code minted}
 * (emission plus re-mint in the epoch), {@code burned}, {@code emission}, {@code remint}, {@code
 * operator_rewards}, {@code operators}, {@code price}, {@code demand} (credits bought; where the
 * burn was capped at the supply, fewer were paid for).
 *
 * <p><b>Limits.</b> The price is exogenous: the price process never sees burns, mints or the
 * supply, while demand is in fiat. So where the price falls far, buying the same fiat of credits
 * burns ever more tokens, and the burn can reach the cap above, leaving the supply at the epoch's
 * re-mint (zero without one). In a market the shrinking supply would lift the price; this model
 * cannot, so read such runs as "demand outgrew the token's value", not as a forecast.
 *
 * {@snippet :
 * NetworkModel network = NetworkModel.of(scenario);
 * AggregateSink aggregates = AggregateSink.create();
 * Simulation.builder(NetworkModel.model()).params(network)
 *     .runs(scenario.runs()).steps(scenario.steps()).seed(scenario.seed())
 *     .sink(aggregates).build().run();
 * }
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class NetworkModel {
  /** The decimal places the simulated oracle quotes prices to. */
  public static final int ORACLE_DECIMALS = 12;

  /** The recorded columns, in order. */
  public static final List<String> COLUMNS = List.of("supply", "minted", "burned", "emission",
      "remint", "operator_rewards", "operators", "price", "demand");

  private static final BigInteger MAX_CREDITS = BigInteger.valueOf(1_000_000_000_000_000_000L);

  private static final Model<NetworkModel, NetworkState> MODEL = buildModel();

  private final Scenario scenario;
  private final BigInteger[] emission;
  private final CreditConverter converter;
  private final BigInteger shareNumerator;
  private final BigInteger shareDenominator;

  private NetworkModel(Scenario scenario) {
    this.scenario = scenario;
    this.emission = new BigInteger[scenario.steps()];
    for (int t = 0; t < emission.length; t++) {
      emission[t] = scenario.emission().amountAt(Epoch.of(t));
    }
    this.converter = CreditConverter.of(scenario.token(), scenario.burnAndMint().creditPrice(),
        scenario.burnAndMint().haircut());
    BigDecimal share = scenario.operators().rewardShare();
    BigDecimal s = share.scale() < 0 ? share.setScale(0) : share;
    this.shareNumerator = s.unscaledValue();
    this.shareDenominator = BigInteger.TEN.pow(s.scale());
  }

  /**
   * Compiles a scenario: computes its emission for every epoch.
   *
   * @param scenario the scenario (its sweep, if any, is ignored)
   * @return the compiled scenario
   */
  public static NetworkModel of(Scenario scenario) {
    return new NetworkModel(Objects.requireNonNull(scenario, "scenario"));
  }

  /** {@return the simulation model; its parameters are compiled scenarios} */
  public static Model<NetworkModel, NetworkState> model() {
    return MODEL;
  }

  /** {@return the scenario} */
  public Scenario scenario() {
    return scenario;
  }

  /**
   * Returns the scheduled emission of an epoch.
   *
   * @param t the epoch, 0 to {@code steps - 1}
   * @return base units
   */
  public BigInteger emissionAt(int t) {
    return emission[t];
  }

  /** {@return the state at time 0: the initial supply, operators, price and demand} */
  public NetworkState initialState() {
    BigInteger zero = BigInteger.ZERO;
    return new NetworkState(scenario.token(), scenario.initialSupply().baseUnits(), zero, zero, zero, zero, zero,
        zero, scenario.operators().initial(), scenario.price().initial(),
        scenario.demand().initialCredits(), 0L);
  }

  /**
   * Runs one epoch.
   *
   * @param t the epoch, 0 to {@code steps - 1}
   * @param s the state at time {@code t}
   * @param nextPrice the price at time {@code t + 1}
   * @param demandShock the factor on this epoch's demand, 0 or more
   * @return the state at time {@code t + 1}
   * @throws BurnMintException if the oracle price after the haircut is not positive
   * @throws IllegalStateException if the price or the next price is not finite
   */
  public NetworkState step(int t, NetworkState s, double nextPrice, double demandShock)
      throws BurnMintException {
    if (!Double.isFinite(s.price()) || !Double.isFinite(nextPrice)) {
      throw new IllegalStateException("the price is no longer a finite number at epoch " + t
          + ": the price process diverged");
    }
    Token token = scenario.token();
    BigInteger emitted = emission[t];
    double wanted = Math.floor(s.demand() * demandShock);
    BigInteger credits = wanted >= 1e18 ? MAX_CREDITS
        : BigInteger.valueOf(wanted > 0 ? (long) wanted : 0L);
    BigInteger burn = BigInteger.ZERO;
    if (credits.signum() > 0) {
      BigDecimal price = BigDecimal.valueOf(s.price()).setScale(ORACLE_DECIMALS, RoundingMode.HALF_EVEN);
      BigDecimal confidence = BigDecimal.valueOf(s.price() * scenario.price().confidence())
          .setScale(ORACLE_DECIMALS, RoundingMode.HALF_EVEN);
      burn = converter.tokensFor(new Credits(credits), OraclePrice.of(price, confidence))
          .baseUnits()
          .min(s.supply().add(emitted));
    }
    BigInteger remint = scenario.burnAndMint().remint()
        .remint(TokenAmount.ofBaseUnits(burn, token), TokenAmount.ofBaseUnits(emitted, token))
        .minted()
        .baseUnits();
    BigInteger mintedNow = emitted.add(remint);
    BigInteger rewards = mintedNow.multiply(shareNumerator).divide(shareDenominator); // FLOOR (>= 0)
    double rewardValue = s.tokens(rewards) * s.price();
    double operators = s.operators()
        + scenario.operators().response().change(s.operators(), rewardValue);
    return new NetworkState(
        token,
        s.supply().add(mintedNow).subtract(burn),
        s.minted().add(mintedNow),
        s.burned().add(burn),
        emitted,
        remint,
        burn,
        rewards,
        Math.max(0, operators),
        nextPrice,
        scenario.demand().growth().next(s.demand()),
        credits.longValue());
  }

  private static Model<NetworkModel, NetworkState> buildModel() {
    Model.Builder<NetworkModel, NetworkState> b = Model.builder();
    Signal price = b.signal("next price");
    Signal shock = b.signal("demand shock");
    return b.initialState(NetworkModel::initialState)
        .substep("epoch", s -> s
            .policy(price, (p, t, st, rng) -> p.scenario.price().process().next(t, st.price(), rng))
            .policy(shock, (p, t, st, rng) -> {
              double v = p.scenario.demand().volatility();
              return v == 0 ? 1.0 : Math.exp(v * rng.nextGaussian() - 0.5 * v * v);
            })
            .update((p, t, st, sig) -> {
              try {
                return p.step(t, st, sig.get(price), sig.get(shock));
              } catch (BurnMintException e) {
                throw new IllegalStateException(e.getMessage(), e);
              }
            }))
        .column("supply", st -> st.tokens(st.supply()))
        .column("minted", st -> st.tokens(st.emission().add(st.remint())))
        .column("burned", st -> st.tokens(st.burnedInEpoch()))
        .column("emission", st -> st.tokens(st.emission()))
        .column("remint", st -> st.tokens(st.remint()))
        .column("operator_rewards", st -> st.tokens(st.operatorRewards()))
        .column("operators", NetworkState::operators)
        .column("price", NetworkState::price)
        .column("demand", st -> (double) st.creditsBought())
        .build();
  }
}
