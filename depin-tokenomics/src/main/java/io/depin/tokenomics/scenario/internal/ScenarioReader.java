package io.depin.tokenomics.scenario.internal;

import io.depin.core.DecodingException;
import io.depin.core.token.Token;
import io.depin.core.token.TokenAmount;
import io.depin.tokenomics.burnmint.BurnMintRules;
import io.depin.tokenomics.burnmint.internal.BurnMintYaml;
import io.depin.tokenomics.config.ConfigException;
import io.depin.tokenomics.config.internal.YamlNode;
import io.depin.tokenomics.distribution.DistributionPolicy;
import io.depin.tokenomics.distribution.internal.PolicyYaml;
import io.depin.tokenomics.emission.EmissionSchedule;
import io.depin.tokenomics.emission.internal.ScheduleReader;
import io.depin.tokenomics.scenario.Demand;
import io.depin.tokenomics.scenario.OperatorModel;
import io.depin.tokenomics.scenario.PriceModel;
import io.depin.tokenomics.scenario.RewardModel;
import io.depin.tokenomics.scenario.Scenario;
import io.depin.tokenomics.scenario.ScenarioSweep;
import io.depin.tokenomics.scenario.SweepMode;
import io.depin.tokenomics.scenario.SweepPoint;
import io.depin.tokenomics.simulation.Axis;
import io.depin.tokenomics.simulation.PercentileMethod;
import io.depin.tokenomics.simulation.Sweep;
import io.depin.tokenomics.simulation.agents.DemandGrowth;
import io.depin.tokenomics.simulation.agents.OperatorResponse;
import io.depin.tokenomics.simulation.agents.PriceProcess;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Reads a {@link Scenario} from a YAML tree; see {@code Scenarios} for the format. */
public final class ScenarioReader {
  /** The most points a sweep may have. */
  public static final int MAX_POINTS = 1_000;

  /** The most values one swept parameter may list. */
  private static final int MAX_VALUES = 1_000;

  private static final Set<String> TOP = Set.of("name", "description", "token", "epoch_length",
      "steps", "runs", "seed", "initial_supply", "emission", "burn_and_mint", "demand", "price",
      "operators", "rewards", "sweep", "percentiles");

  /** Keys a sweep may not vary: they shape the simulation as a whole, not a point of it. */
  private static final Set<String> NOT_SWEPT =
      Set.of("name", "description", "token", "epoch_length", "steps", "runs", "seed", "sweep",
          "percentiles");

  private ScenarioReader() {}

  /**
   * Reads a scenario document, with its sweep.
   *
   * @param root the document's root
   * @return the scenario
   * @throws ConfigException naming the key and line at fault
   */
  public static Scenario read(YamlNode root) throws ConfigException {
    Parts parts = new Parts();
    Scenario base = readBase(root, parts);
    Optional<YamlNode> sweep = root.find("sweep");
    if (sweep.isEmpty()) {
      return base;
    }
    return withSweep(base, root, sweep.get(), parts);
  }

  /**
   * The parts already read, by node identity: a sweep point's tree shares every subtree its swept
   * values do not touch, so each such part (a long price series, a data-driven schedule) is read
   * once for all points, not once per point. The other inputs of a part (token, steps) are the
   * same for every point, since they cannot be swept.
   */
  private static final class Parts {
    private final IdentityHashMap<YamlNode, Object> read = new IdentityHashMap<>();

    @SuppressWarnings("unchecked")
    <T> T get(YamlNode node, PartReader<T> reader) throws ConfigException {
      Object known = read.get(node);
      if (known != null) {
        return (T) known;
      }
      T value = reader.read(node);
      read.put(node, value);
      return value;
    }
  }

  /** Reads one part of a scenario. */
  @FunctionalInterface
  private interface PartReader<T> {
    T read(YamlNode node) throws ConfigException;
  }

  private static Scenario readBase(YamlNode root, Parts parts) throws ConfigException {
    root.requireKeys(TOP);
    YamlNode nameNode = root.get("name");
    String name = nameNode.text();
    if (name.isBlank() || name.length() > 100) {
      throw nameNode.error("expected a name of 1 to 100 characters");
    }
    String description = root.find("description").isPresent() ? root.get("description").text() : "";
    Token token = token(root.get("token"));
    YamlNode lengthNode = root.get("epoch_length");
    Duration epochLength = lengthNode.duration();
    if (epochLength.isNegative() || epochLength.isZero()) {
      throw lengthNode.error("expected a positive duration, found " + epochLength);
    }
    int steps = (int) root.get("steps").longInRange(1, Scenario.MAX_STEPS);
    int runs = (int) root.get("runs").longInRange(1, Scenario.MAX_RUNS);
    long seed = root.get("seed").longInRange(Long.MIN_VALUE, Long.MAX_VALUE);
    TokenAmount initialSupply = wholeTokens(root.get("initial_supply"), token);
    EmissionSchedule emission = parts.get(root.get("emission"), ScheduleReader::read);
    BurnMintRules burnAndMint =
        parts.get(root.get("burn_and_mint"), n -> BurnMintYaml.rules(n, token, false));
    Demand demand = parts.get(root.get("demand"), ScenarioReader::demand);
    PriceModel price = parts.get(root.get("price"), n -> price(n, steps, parts));
    OperatorModel operators = parts.get(root.get("operators"), ScenarioReader::operators);
    RewardModel rewards = parts.get(root.get("rewards"), n -> rewards(n, token));
    return new Scenario(name, description, token, epochLength, steps, runs, seed, initialSupply,
        emission, burnAndMint, demand, price, operators, rewards, null, percentiles(root));
  }

  /** The optional {@code percentiles: exact | sketch(<accuracy>)} key. */
  private static @Nullable PercentileMethod percentiles(YamlNode root) throws ConfigException {
    Optional<YamlNode> node = root.find("percentiles");
    if (node.isEmpty()) {
      return null;
    }
    try {
      return PercentileMethod.parse(node.get().text());
    } catch (IllegalArgumentException e) {
      throw node.get().error(Objects.requireNonNullElse(e.getMessage(), e.toString()));
    }
  }

  private static Token token(YamlNode node) throws ConfigException {
    node.requireKeys(Set.of("symbol", "decimals"));
    YamlNode symbol = node.get("symbol");
    int decimals = (int) node.get("decimals").longInRange(0, Token.MAX_DECIMALS);
    try {
      return new Token(symbol.text(), decimals);
    } catch (IllegalArgumentException e) {
      throw symbol.error(Objects.requireNonNullElse(e.getMessage(), e.toString()));
    }
  }

  private static TokenAmount wholeTokens(YamlNode node, Token token) throws ConfigException {
    TokenAmount amount;
    try {
      amount = TokenAmount.parse(node.text().replace("_", ""), token);
    } catch (DecodingException e) {
      throw node.error("expected an amount of " + token.symbol() + " in whole tokens, such as"
          + " \"1000.5\": " + e.getMessage());
    }
    if (amount.isNegative()) {
      throw node.error("expected 0 or more");
    }
    if (amount.baseUnits().compareTo(ScheduleReader.MAX_AMOUNT) > 0) {
      throw node.error("expected at most 10^60 base units");
    }
    return amount;
  }

  private static Demand demand(YamlNode node) throws ConfigException {
    node.requireKeys(Set.of("initial", "growth", "volatility"));
    YamlNode initialNode = node.get("initial");
    double initial = number(initialNode, 0, 1e15, true);
    YamlNode growthNode = node.get("growth");
    growthNode.requireKeys(Set.of("exponential", "logistic"));
    String type = onlyKey(growthNode, "exponential or logistic");
    YamlNode body = growthNode.get(type);
    DemandGrowth growth;
    if (type.equals("exponential")) {
      body.requireKeys(Set.of("rate"));
      YamlNode rate = body.get("rate");
      double r = number(rate, -0.5, 1, true);
      growth = DemandGrowth.exponential(r);
    } else {
      body.requireKeys(Set.of("rate", "capacity"));
      double rate = number(body.get("rate"), 0, 1, false);
      double capacity = number(body.get("capacity"), 0, 1e15, false);
      if (initial > capacity) {
        // above capacity the logistic step overshoots; past capacity (1 + 1/rate) it goes negative
        throw initialNode.error("expected at most the logistic capacity " + plain(capacity)
            + ", found " + initialNode.text());
      }
      growth = DemandGrowth.logistic(rate, capacity);
    }
    double volatility =
        node.find("volatility").isPresent() ? number(node.get("volatility"), 0, 5, true) : 0;
    return new Demand(initial, growth, volatility);
  }

  private static PriceModel price(YamlNode node, int steps, Parts parts) throws ConfigException {
    node.requireKeys(Set.of("confidence", "gbm", "series"));
    double confidence = node.find("confidence").isPresent()
        ? number(node.get("confidence"), 0, 0.99, true) : 0;
    String type = onlyKey(node, Set.of("gbm", "series"), "gbm or series");
    if (type.equals("gbm")) {
      YamlNode gbm = node.get("gbm").requireKeys(Set.of("initial", "drift", "volatility"));
      double initial = number(gbm.get("initial"), 0, 1e12, false);
      double drift = number(gbm.get("drift"), -1, 1, true);
      double volatility = number(gbm.get("volatility"), 0, 2, true);
      return new PriceModel(initial, confidence, PriceProcess.gbm(drift, volatility));
    }
    // read once even when a sweep varies the confidence next to it
    PriceProcess.Series series = parts.get(node.get("series"), n -> series(n, steps));
    return new PriceModel(series.at(0), confidence, series);
  }

  private static PriceProcess.Series series(YamlNode series, int steps) throws ConfigException {
    List<YamlNode> elements = series.elements();
    if (elements.size() < steps + 1 || elements.size() > Scenario.MAX_STEPS + 1) {
      throw series.error("expected one price per epoch from 0 to steps (" + (steps + 1)
          + " values), found " + elements.size());
    }
    double[] prices = new double[elements.size()];
    for (int i = 0; i < prices.length; i++) {
      prices[i] = number(elements.get(i), 0, 1e12, false);
    }
    return (PriceProcess.Series) PriceProcess.series(prices);
  }

  private static OperatorModel operators(YamlNode node) throws ConfigException {
    node.requireKeys(Set.of("initial", "cost_per_epoch", "reward_share", "response_rate",
        "max_join_rate", "max_leave_rate"));
    double initial = number(node.get("initial"), 0, 1e9, true);
    double cost = number(node.get("cost_per_epoch"), 0, 1e12, false);
    YamlNode shareNode = node.get("reward_share");
    BigDecimal share = shareNode.decimal();
    if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0 || share.scale() > 36) {
      throw shareNode.error("expected a fraction from 0 to 1 with at most 36 decimal places,"
          + " found " + shareNode.text());
    }
    double response = number(node.get("response_rate"), 0, 100, true);
    double join = number(node.get("max_join_rate"), 0, 100, true);
    double leave = number(node.get("max_leave_rate"), 0, 1, true);
    return new OperatorModel(initial, share, new OperatorResponse(response, cost, join, leave));
  }

  private static RewardModel rewards(YamlNode node, Token token) throws ConfigException {
    node.requireKeys(Set.of("policy", "weight_sigma", "max_operators"));
    YamlNode policyNode = node.get("policy");
    DistributionPolicy policy = PolicyYaml.read(policyNode);
    if (!policy.token().equals(token)) {
      throw policyNode.get("token").error("expected the scenario's token " + token.symbol()
          + " with " + token.decimals() + " decimals");
    }
    double sigma = number(node.get("weight_sigma"), 0, 5, true);
    int max = node.find("max_operators").isPresent()
        ? (int) node.get("max_operators").longInRange(1, 1_000_000) : 10_000;
    return new RewardModel(policy, sigma, max);
  }

  private static String onlyKey(YamlNode node, String expected) throws ConfigException {
    if (node.keys().size() != 1) {
      throw node.error("expected exactly one of " + expected);
    }
    return node.keys().iterator().next();
  }

  private static String onlyKey(YamlNode node, Set<String> among, String expected)
      throws ConfigException {
    String found = null;
    for (String k : node.keys()) {
      if (among.contains(k)) {
        if (found != null) {
          throw node.get(k).error("expected exactly one of " + expected);
        }
        found = k;
      }
    }
    if (found == null) {
      throw node.error("expected exactly one of " + expected);
    }
    return found;
  }

  /** Reads a decimal in a range (the lower bound inclusive or not) as the nearest double. */
  private static double number(YamlNode node, double min, double max, boolean minInclusive)
      throws ConfigException {
    BigDecimal value = node.decimal();
    double d = value.doubleValue();
    boolean low = minInclusive ? d >= min : d > min;
    if (!low || d > max) {
      throw node.error("expected a number " + (minInclusive ? "from " : "above ")
          + plain(min) + (minInclusive ? " to " : " and at most ") + plain(max) + ", found "
          + node.text());
    }
    return d;
  }

  private static String plain(double d) {
    return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
  }

  private static Scenario withSweep(Scenario base, YamlNode root, YamlNode node, Parts parts)
      throws ConfigException {
    node.requireKeys(Set.of("mode", "parameters"));
    YamlNode modeNode = node.get("mode");
    SweepMode mode = switch (modeNode.text()) {
      case "zip" -> SweepMode.ZIP;
      case "cartesian" -> SweepMode.CARTESIAN;
      default -> throw modeNode.error("expected zip or cartesian, found " + modeNode.text());
    };
    YamlNode params = node.get("parameters");
    Set<String> keys = params.keys();
    if (keys.isEmpty()) {
      throw params.error("expected at least one parameter to sweep");
    }
    List<String> names = new ArrayList<>();
    List<List<String>> paths = new ArrayList<>();
    List<List<YamlNode>> values = new ArrayList<>();
    long product = 1;
    for (String key : keys) {
      YamlNode list = params.get(key);
      List<String> path = Arrays.asList(key.split("\\.", -1));
      if (path.contains("") || NOT_SWEPT.contains(path.get(0))) {
        throw list.error("this key cannot be swept; sweep a value inside emission, burn_and_mint,"
            + " demand, price, operators, rewards or initial_supply");
      }
      try {
        root.replace(path, list);
      } catch (ConfigException e) {
        throw list.error("no single value at " + key + " in this scenario (" + e.problem() + ")");
      }
      List<YamlNode> elements = list.elements();
      if (elements.isEmpty() || elements.size() > MAX_VALUES) {
        throw list.error("expected 1 to " + MAX_VALUES + " values");
      }
      for (YamlNode v : elements) {
        v.text();
      }
      product = Math.min(product * elements.size(), Integer.MAX_VALUE);
      names.add(key);
      paths.add(path);
      values.add(elements);
    }
    if (mode == SweepMode.CARTESIAN && product > MAX_POINTS) {
      throw params.error("the cartesian product has " + product + " points; at most " + MAX_POINTS);
    }
    @SuppressWarnings({"unchecked", "rawtypes"}) // a generic array is created from the raw type
    Axis<Map<String, YamlNode>, YamlNode>[] axes = new Axis[names.size()];
    for (int i = 0; i < axes.length; i++) {
      String name = names.get(i);
      axes[i] = Axis.of(name, values.get(i), (m, v) -> with(m, name, v));
    }
    Sweep<Map<String, YamlNode>> sweep;
    try {
      sweep = mode == SweepMode.ZIP ? Sweep.zip(Map.of(), axes) : Sweep.cartesian(Map.of(), axes);
    } catch (IllegalArgumentException e) {
      throw params.error("zip needs lists of the same length (or of one value): " + e.getMessage());
    }
    List<SweepPoint> points = new ArrayList<>(sweep.size());
    for (int p = 0; p < sweep.size(); p++) {
      Map<String, YamlNode> point = sweep.points().get(p);
      YamlNode tree = root;
      LinkedHashMap<String, String> labels = new LinkedHashMap<>();
      for (int i = 0; i < names.size(); i++) {
        YamlNode v = point.get(names.get(i));
        tree = tree.replace(paths.get(i), Objects.requireNonNull(v));
        labels.put(names.get(i), v.text());
      }
      points.add(new SweepPoint(p, labels, readBase(tree, parts)));
    }
    ScenarioSweep result = new ScenarioSweep(mode, names, points);
    return new Scenario(base.name(), base.description(), base.token(), base.epochLength(),
        base.steps(), base.runs(), base.seed(), base.initialSupply(), base.emission(),
        base.burnAndMint(), base.demand(), base.price(), base.operators(), base.rewards(), result,
        base.percentiles());
  }

  private static Map<String, YamlNode> with(Map<String, YamlNode> m, String key, YamlNode value) {
    Map<String, YamlNode> copy = new LinkedHashMap<>(m);
    copy.put(key, value);
    return copy;
  }
}
