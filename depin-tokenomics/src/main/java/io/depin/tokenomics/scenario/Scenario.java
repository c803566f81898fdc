package io.depin.tokenomics.scenario;

import io.depin.core.token.Token;
import io.depin.core.token.TokenAmount;
import io.depin.tokenomics.burnmint.BurnMintRules;
import io.depin.tokenomics.emission.EmissionSchedule;
import io.depin.tokenomics.simulation.PercentileMethod;
import io.depin.tokenomics.simulation.agents.PriceProcess;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A whole token economy to simulate, as read from a scenario file by {@link Scenarios}: the token,
 * the number of epochs and their length, the Monte Carlo runs and master seed, the initial supply,
 * the emission schedule, the burn-and-mint rules, demand, price, operators, reward distribution
 * and an optional sweep.
 *
 * {@snippet :
 * Scenario scenario = Scenarios.fromYaml(Path.of("examples/scenarios/helium-like.yaml"));
 * Scenario quick = scenario.withRuns(20).withSeed(7);
 * ScenarioResult result = ScenarioRunner.builder().build().run(quick, Path.of("out"));
 * }
 *
 * @param name the scenario's name, 1 to 100 characters
 * @param description what it models; may be empty
 * @param token the token simulated
 * @param epochLength the length of one epoch (one simulation step), for labels
 * @param steps the epochs simulated, 1 to {@value #MAX_STEPS}
 * @param runs the Monte Carlo runs, 1 to {@value #MAX_RUNS}
 * @param seed the master seed every run's seed derives from
 * @param initialSupply the supply at epoch 0, 0 or more
 * @param emission the scheduled emission per epoch, in base units
 * @param burnAndMint the credit price, oracle haircut and re-mint policy
 * @param demand the demand for credits
 * @param price the token price and oracle confidence
 * @param operators the operators and their response to rewards
 * @param rewards how an epoch's operator rewards are distributed, for the Lorenz curve
 * @param sweep the parameter sweep, or {@code null}
 * @param percentiles how the runner finds percentiles (the file's {@code percentiles:} key, {@code
 *     exact} or {@code sketch(<accuracy>)}), or {@code null} for the runner's choice
 * @since 0.1.0
 */
public record Scenario(
    String name,
    String description,
    Token token,
    Duration epochLength,
    int steps,
    int runs,
    long seed,
    TokenAmount initialSupply,
    EmissionSchedule emission,
    BurnMintRules burnAndMint,
    Demand demand,
    PriceModel price,
    OperatorModel operators,
    RewardModel rewards,
    @Nullable ScenarioSweep sweep,
    @Nullable PercentileMethod percentiles) {
  /** The most epochs a scenario simulates. */
  public static final int MAX_STEPS = 100_000;

  /** The most runs a scenario has. */
  public static final int MAX_RUNS = 100_000;

  /**
   * Checks the fields.
   *
   * @throws IllegalArgumentException if a value is out of range, or an amount or the reward policy
   *     is of another token
   */
  public Scenario {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(epochLength, "epochLength");
    Objects.requireNonNull(initialSupply, "initialSupply");
    Objects.requireNonNull(emission, "emission");
    Objects.requireNonNull(burnAndMint, "burnAndMint");
    Objects.requireNonNull(demand, "demand");
    Objects.requireNonNull(price, "price");
    Objects.requireNonNull(operators, "operators");
    Objects.requireNonNull(rewards, "rewards");
    if (name.isBlank() || name.length() > 100) {
      throw new IllegalArgumentException("a name has 1 to 100 characters");
    }
    if (epochLength.isNegative() || epochLength.isZero()) {
      throw new IllegalArgumentException("the epoch length must be positive: " + epochLength);
    }
    if (steps < 1 || steps > MAX_STEPS) {
      throw new IllegalArgumentException("steps must be 1 to " + MAX_STEPS + ": " + steps);
    }
    if (runs < 1 || runs > MAX_RUNS) {
      throw new IllegalArgumentException("runs must be 1 to " + MAX_RUNS + ": " + runs);
    }
    if (!initialSupply.token().equals(token) || initialSupply.isNegative()) {
      throw new IllegalArgumentException("the initial supply must be 0 or more " + token.symbol());
    }
    if (!burnAndMint.remint().capPerEpoch().token().equals(token)) {
      throw new IllegalArgumentException("the re-mint cap must be in " + token.symbol());
    }
    if (!rewards.policy().token().equals(token)) {
      throw new IllegalArgumentException("the reward policy must distribute " + token.symbol());
    }
  }

  /**
   * Returns this scenario with a percentile method, which overrides the runner's default.
   *
   * @param method exact or sketched
   * @return the scenario
   */
  public Scenario withPercentiles(PercentileMethod method) {
    return new Scenario(name, description, token, epochLength, steps, runs, seed, initialSupply,
        emission, burnAndMint, demand, price, operators, rewards, sweep,
        Objects.requireNonNull(method, "method"));
  }

  /** {@return the sweep, if the scenario has one} */
  public Optional<ScenarioSweep> sweepOrEmpty() {
    return Optional.ofNullable(sweep);
  }

  /**
   * Returns this scenario with another number of runs (also for every sweep point).
   *
   * @param newRuns 1 to {@value #MAX_RUNS}
   * @return the scenario
   * @throws IllegalArgumentException if out of range
   */
  public Scenario withRuns(int newRuns) {
    return new Scenario(name, description, token, epochLength, steps, newRuns, seed, initialSupply,
        emission, burnAndMint, demand, price, operators, rewards, sweepMapped(newRuns, seed), percentiles);
  }

  /**
   * Returns this scenario with another master seed (also for every sweep point).
   *
   * @param newSeed the seed
   * @return the scenario
   */
  public Scenario withSeed(long newSeed) {
    return new Scenario(name, description, token, epochLength, steps, runs, newSeed, initialSupply,
        emission, burnAndMint, demand, price, operators, rewards, sweepMapped(runs, newSeed), percentiles);
  }

  /**
   * Describes the epoch length for people: {@code 1 day}, {@code 6 hours}, else its ISO-8601 form.
   *
   * @return the description, as reports and the command line show it
   */
  public String epochLengthDescription() {
    Duration d = epochLength;
    if (d.toSeconds() % 86_400 == 0 && d.toNanosPart() == 0) {
      long days = d.toDays();
      return days + (days == 1 ? " day" : " days");
    }
    if (d.toSeconds() % 3_600 == 0 && d.toNanosPart() == 0) {
      long hours = d.toHours();
      return hours + (hours == 1 ? " hour" : " hours");
    }
    return d.toString();
  }

  /**
   * Returns this scenario with fewer or more epochs (also for every sweep point), for a quick
   * look at a long scenario.
   *
   * @param newSteps 1 to {@value #MAX_STEPS}
   * @return the scenario
   * @throws IllegalArgumentException if out of range, or a price series has no price for an epoch
   */
  public Scenario withSteps(int newSteps) {
    if (price.process() instanceof PriceProcess.Series series && series.length() < newSteps + 1) {
      throw new IllegalArgumentException("the price series has " + series.length()
          + " prices; " + newSteps + " epochs need " + (newSteps + 1));
    }
    ScenarioSweep s = sweep;
    ScenarioSweep mapped = s == null ? null : new ScenarioSweep(s.mode(), s.parameters(),
        s.points().stream()
            .map(p -> new SweepPoint(p.index(), p.values(), p.scenario().withSteps(newSteps)))
            .toList());
    return new Scenario(name, description, token, epochLength, newSteps, runs, seed, initialSupply,
        emission, burnAndMint, demand, price, operators, rewards, mapped, percentiles);
  }

  /** {@return this scenario without its sweep} */
  public Scenario withoutSweep() {
    return new Scenario(name, description, token, epochLength, steps, runs, seed, initialSupply,
        emission, burnAndMint, demand, price, operators, rewards, null, percentiles);
  }

  private @Nullable ScenarioSweep sweepMapped(int newRuns, long newSeed) {
    ScenarioSweep s = sweep;
    if (s == null) {
      return null;
    }
    return new ScenarioSweep(s.mode(), s.parameters(), s.points().stream()
        .map(p -> new SweepPoint(p.index(), p.values(),
            p.scenario().withRuns(newRuns).withSeed(newSeed)))
        .toList());
  }
}
