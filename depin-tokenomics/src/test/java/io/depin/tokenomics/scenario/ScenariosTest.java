package io.depin.tokenomics.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.depin.core.time.Epoch;
import io.depin.core.token.Token;
import io.depin.tokenomics.burnmint.RemintBasis;
import io.depin.tokenomics.config.ConfigException;
import io.depin.tokenomics.simulation.PercentileMethod;
import io.depin.tokenomics.simulation.agents.PriceProcess;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenariosTest {
  private static final Path EXAMPLES = Path.of("..", "examples", "scenarios");

  private static Scenario read(String yaml) throws ConfigException {
    return Scenarios.fromYaml("s.yaml", yaml);
  }

  private static ConfigException error(ThrowingCallable call) {
    Throwable t = org.assertj.core.api.Assertions.catchThrowable(call);
    assertThat(t).isInstanceOf(ConfigException.class);
    return (ConfigException) t;
  }

  @Test
  void fromYaml_base_readsEveryPart() throws Exception {
    Scenario s = read(TestScenarios.BASE);
    assertThat(s.name()).isEqualTo("test");
    assertThat(s.token()).isEqualTo(new Token("TOK", 8));
    assertThat(s.epochLength()).isEqualTo(Duration.ofDays(1));
    assertThat(s.steps()).isEqualTo(30);
    assertThat(s.runs()).isEqualTo(5);
    assertThat(s.seed()).isEqualTo(11);
    assertThat(s.initialSupply().baseUnits()).isEqualTo(BigInteger.valueOf(100_000_000_000_000L));
    assertThat(s.emission().amountAt(Epoch.of(10))).isEqualTo(BigInteger.valueOf(50_000_000_000L));
    assertThat(s.burnAndMint().remint().basis()).isEqualTo(RemintBasis.BURNED);
    assertThat(s.burnAndMint().remint().capPerEpoch().baseUnits())
        .isEqualTo(BigInteger.valueOf(10_000_000_000L));
    assertThat(s.demand().initialCredits()).isEqualTo(1e7);
    assertThat(s.price().process()).isEqualTo(PriceProcess.gbm(0.0, 0.05));
    assertThat(s.operators().rewardShare()).isEqualByComparingTo(new BigDecimal("0.5"));
    assertThat(s.rewards().maxOperators()).isEqualTo(10_000);
    assertThat(s.sweep()).isNull();
  }

  @Test
  void fromYaml_examples_allRead() throws Exception {
    for (String name : List.of("helium-like", "filecoin-like", "render-like", "helium-sweep")) {
      Scenario s = Scenarios.fromYaml(EXAMPLES.resolve(name + ".yaml"));
      assertThat(s.name()).isEqualTo(name);
      assertThat(s.description()).isNotBlank();
    }
    Scenario fil = Scenarios.fromYaml(EXAMPLES.resolve("filecoin-like.yaml"));
    assertThat(fil.token().decimals()).isEqualTo(18);
    assertThat(fil.initialSupply().baseUnits()).isEqualTo(new BigInteger("300000000" + "0".repeat(18)));
  }

  @Test
  void fromYaml_missingFile_saysSo(@TempDir Path dir) {
    Path missing = dir.resolve("nope.yaml");
    ConfigException e = error(() -> Scenarios.fromYaml(missing));
    assertThat(e.getMessage()).startsWith(missing.toString()).contains("no such file");
  }

  @Test
  void fromYaml_unknownTopLevelKey_namesKeyAndLine() {
    ConfigException e = error(() -> read(TestScenarios.BASE + "colour: blue\n"));
    assertThat(e.key()).isEqualTo("colour");
    assertThat(e.line()).isEqualTo(35);
    assertThat(e.getMessage()).startsWith("s.yaml:35:").contains("unknown key");
  }

  @Test
  void fromYaml_wrongType_namesKeyAndLine() {
    ConfigException e = error(() -> read(TestScenarios.replacing("steps: 30", "steps: many")));
    assertThat(e.key()).isEqualTo("steps");
    assertThat(e.line()).isEqualTo(4);
    assertThat(e.problem()).contains("expected an integer");
  }

  @Test
  void fromYaml_outOfRange_namesKeyAndLine() {
    ConfigException e = error(() -> read(TestScenarios.replacing(
        "  max_leave_rate: 0.05", "  max_leave_rate: 1.5")));
    assertThat(e.key()).isEqualTo("operators.max_leave_rate");
    assertThat(e.line()).isEqualTo(27);
    assertThat(e.problem()).contains("from 0 to 1");
  }

  @Test
  void fromYaml_unknownKeyInEmission_namesNestedKey() {
    ConfigException e = error(() -> read(TestScenarios.replacing(
        "  halving: {initial: 100_000_000_000, interval: 10}",
        "  halving: {initial: 100_000_000_000, interval: 10, every: 3}")));
    assertThat(e.key()).isEqualTo("emission.halving.every");
    assertThat(e.line()).isEqualTo(9);
  }

  @Test
  void fromYaml_missingKey_namesIt() {
    ConfigException e = error(() -> read(TestScenarios.replacing("seed: 11\n", "")));
    assertThat(e.key()).isEqualTo("seed");
    assertThat(e.problem()).isEqualTo("this key is required");
  }

  @Test
  void fromYaml_policyOfAnotherToken_namesPolicyToken() {
    ConfigException e = error(() -> read(TestScenarios.replacing(
        "    token: {symbol: TOK, decimals: 8}", "    token: {symbol: TOK, decimals: 6}")));
    assertThat(e.key()).isEqualTo("rewards.policy.token");
    assertThat(e.line()).isEqualTo(30);
  }

  @Test
  void fromYaml_percentiles_readKeptByWithMethods_andBadValueNamesTheKey() throws Exception {
    assertThat(read(TestScenarios.BASE).percentiles()).isNull();
    Scenario s = read(TestScenarios.BASE + "percentiles: sketch(0.002)\n");
    assertThat(s.percentiles()).isEqualTo(PercentileMethod.sketch(0.002));
    assertThat(s.withRuns(3).withSeed(4).withSteps(5).withoutSweep().percentiles())
        .isEqualTo(PercentileMethod.sketch(0.002));
    assertThat(read(TestScenarios.BASE + "percentiles: exact\n").percentiles())
        .isEqualTo(PercentileMethod.exact());
    ConfigException e = error(() -> read(TestScenarios.BASE + "percentiles: sketch(2)\n"));
    assertThat(e.key()).isEqualTo("percentiles");
    assertThat(e.getMessage()).contains("relative accuracy must be from");
  }

  @Test
  void fromYaml_negativeSupplyOrNonsense_rejected() {
    ConfigException e = error(() -> read(TestScenarios.replacing(
        "initial_supply: \"1000000\"", "initial_supply: \"-5\"")));
    assertThat(e.key()).isEqualTo("initial_supply");
    ConfigException f = error(() -> read(TestScenarios.replacing(
        "initial_supply: \"1000000\"", "initial_supply: \"1.123456789\"")));
    assertThat(f.key()).isEqualTo("initial_supply");
  }

  @Test
  void fromYaml_demandAboveLogisticCapacity_namesInitial() {
    // d' = d + rate d (1 - d / capacity) turns negative once d > capacity (1 + 1 / rate): here
    // 10,000,000 -> -80,000,000, and the demand would silently stay at zero for the whole run
    ConfigException e = error(() -> read(TestScenarios.replacing(
        "  growth: {exponential: {rate: 0.01}}",
        "  growth: {logistic: {rate: 1, capacity: 1_000_000}}")));
    assertThat(e.key()).isEqualTo("demand.initial");
    assertThat(e.line()).isEqualTo(15);
    assertThat(e.problem()).contains("capacity");
  }

  @Test
  void fromYaml_priceSeriesTooShort_namesSeries() {
    ConfigException e = error(() -> read(TestScenarios.replacing(
        "  gbm: {initial: 2.0, drift: 0.0, volatility: 0.05}", "  series: [1, 2, 3]")));
    assertThat(e.key()).isEqualTo("price.series");
    assertThat(e.problem()).contains("31 values");
  }

  @Test
  void fromYaml_priceSeries_readsEveryPrice() throws Exception {
    StringBuilder prices = new StringBuilder("[");
    for (int i = 0; i <= 30; i++) {
      prices.append(i == 0 ? "" : ", ").append(1 + i);
    }
    Scenario s = read(TestScenarios.replacing(
        "  gbm: {initial: 2.0, drift: 0.0, volatility: 0.05}", "  series: " + prices + "]"));
    assertThat(s.price().initial()).isEqualTo(1.0);
    assertThat(((PriceProcess.Series) s.price().process()).at(30)).isEqualTo(31.0);
  }

  @Test
  void fromYaml_bothGbmAndSeries_rejected() {
    ConfigException e = error(() -> read(TestScenarios.replacing(
        "  gbm: {initial: 2.0, drift: 0.0, volatility: 0.05}",
        "  gbm: {initial: 2.0, drift: 0.0, volatility: 0.05}\n  series: [1]")));
    assertThat(e.problem()).contains("exactly one of gbm or series");
  }

  @Test
  void fromYaml_zipSweep_givesOnePointPerValue() throws Exception {
    Scenario s = read(TestScenarios.BASE + """
        sweep:
          mode: zip
          parameters:
            operators.cost_per_epoch: [0.5, 1.0, 2.0]
            demand.growth.exponential.rate: [0.02]
        """);
    ScenarioSweep sweep = s.sweepOrEmpty().orElseThrow();
    assertThat(sweep.mode()).isEqualTo(SweepMode.ZIP);
    assertThat(sweep.parameters())
        .containsExactly("operators.cost_per_epoch", "demand.growth.exponential.rate");
    assertThat(sweep.points()).hasSize(3);
    SweepPoint last = sweep.points().get(2);
    assertThat(last.values()).containsExactly(
        Map.entry("operators.cost_per_epoch", "2.0"),
        Map.entry("demand.growth.exponential.rate", "0.02"));
    assertThat(last.scenario().operators().response().costPerStep()).isEqualTo(2.0);
    assertThat(last.scenario().demand().growth()).isEqualTo(
        io.depin.tokenomics.simulation.agents.DemandGrowth.exponential(0.02));
    assertThat(last.scenario().sweep()).isNull();
    assertThat(last.name()).isEqualTo("point-2");
  }

  @Test
  void fromYaml_cartesianSweep_givesEveryCombinationFirstSlowest() throws Exception {
    Scenario s = read(TestScenarios.BASE + """
        sweep:
          mode: cartesian
          parameters:
            operators.cost_per_epoch: [0.5, 1.0]
            emission.halving.interval: [5, 10, 20]
        """);
    List<SweepPoint> points = s.sweepOrEmpty().orElseThrow().points();
    assertThat(points).hasSize(6);
    assertThat(points.stream().map(p -> p.values().values().stream().toList()).toList())
        .containsExactly(List.of("0.5", "5"), List.of("0.5", "10"), List.of("0.5", "20"),
            List.of("1.0", "5"), List.of("1.0", "10"), List.of("1.0", "20"));
    assertThat(points.get(3).scenario().emission().amountAt(Epoch.of(5)))
        .isEqualTo(BigInteger.valueOf(50_000_000_000L));
    assertThat(points.get(1).scenario().emission().amountAt(Epoch.of(5)))
        .isEqualTo(BigInteger.valueOf(100_000_000_000L));
  }

  @Test
  void fromYaml_badSweptValue_namesTheValueInTheSweepList() {
    ConfigException e = error(() -> read(TestScenarios.BASE + """
        sweep:
          mode: zip
          parameters:
            operators.max_leave_rate: [0.1,
              3.0]
        """));
    assertThat(e.key()).isEqualTo("sweep.parameters.operators.max_leave_rate[1]");
    assertThat(e.line()).isEqualTo(39);
    assertThat(e.problem()).contains("from 0 to 1");
  }

  @Test
  void fromYaml_sweepNotTouchingTheLongestPart_readsItOnceForAllPoints() throws Exception {
    // a 4 MiB file may hold a price series of 100,001 values and a sweep of 1000 points: reading
    // the series again for every point took 10^8 number parses and 800 MB of copies
    StringBuilder prices = new StringBuilder();
    for (int i = 0; i <= Scenario.MAX_STEPS; i++) {
      prices.append(i == 0 ? "" : ", ").append(1 + i % 7);
    }
    StringBuilder values = new StringBuilder();
    for (int i = 0; i < 1000; i++) {
      values.append(i == 0 ? "" : ", ").append("0.").append(i);
    }
    String yaml = TestScenarios.replacing("  gbm: {initial: 2.0, drift: 0.0, volatility: 0.05}",
        "  series: [" + prices + "]")
        + "sweep:\n  mode: zip\n  parameters:\n    demand.volatility: [" + values + "]\n";
    Scenario s = read(yaml);
    assertThat(s.sweep().points()).hasSize(1000)
        .allSatisfy(p -> assertThat(p.scenario().price()).isSameAs(s.price()));
    assertThat(s.sweep().points().get(999).scenario().demand().volatility()).isEqualTo(0.999);

    // sweeping a value beside the series still reads the series once
    Scenario c = read(yaml.replace("demand.volatility: [" + values, "price.confidence: ["
        + values.toString().replace("0.", "0.0")));
    assertThat(c.sweep().points()).hasSize(1000)
        .allSatisfy(p -> assertThat(p.scenario().price().process()).isSameAs(c.price().process()));
    assertThat(c.sweep().points().get(999).scenario().price().confidence()).isEqualTo(0.0999);
  }

  @Test
  void fromYaml_zipOfDifferentLengths_rejected() {
    ConfigException e = error(() -> read(TestScenarios.BASE + """
        sweep:
          mode: zip
          parameters:
            operators.cost_per_epoch: [0.5, 1.0]
            operators.reward_share: [0.1, 0.2, 0.3]
        """));
    assertThat(e.key()).isEqualTo("sweep.parameters");
    assertThat(e.problem()).contains("same length");
  }

  @Test
  void fromYaml_sweepOfMissingOrForbiddenKey_rejected() {
    ConfigException missing = error(() -> read(TestScenarios.BASE + """
        sweep:
          mode: zip
          parameters:
            operators.colour: [1, 2]
        """));
    assertThat(missing.key()).isEqualTo("sweep.parameters.operators.colour");
    assertThat(missing.problem()).contains("no single value");
    ConfigException steps = error(() -> read(TestScenarios.BASE + """
        sweep:
          mode: zip
          parameters:
            steps: [10, 20]
        """));
    assertThat(steps.key()).isEqualTo("sweep.parameters.steps");
    assertThat(steps.problem()).contains("cannot be swept");
    ConfigException mode = error(() -> read(TestScenarios.BASE + """
        sweep:
          mode: grid
          parameters:
            operators.cost_per_epoch: [1]
        """));
    assertThat(mode.key()).isEqualTo("sweep.mode");
  }

  @Test
  void fromYaml_cartesianTooLarge_rejected() {
    String values = "[" + "1, ".repeat(40) + "1]";
    ConfigException e = error(() -> read(TestScenarios.BASE + "sweep:\n  mode: cartesian\n"
        + "  parameters:\n    operators.cost_per_epoch: " + values + "\n"
        + "    operators.response_rate: " + values + "\n"));
    assertThat(e.problem()).contains("1681 points");
  }

  @Test
  void withRunsSeedSteps_applyToEveryPoint() throws Exception {
    Scenario s = read(TestScenarios.BASE + """
        sweep:
          mode: zip
          parameters:
            operators.cost_per_epoch: [0.5, 1.0]
        """).withRuns(3).withSeed(99).withSteps(7);
    assertThat(List.of(s.runs(), (int) s.seed(), s.steps())).containsExactly(3, 99, 7);
    for (SweepPoint p : s.sweepOrEmpty().orElseThrow().points()) {
      assertThat(List.of(p.scenario().runs(), (int) p.scenario().seed(), p.scenario().steps()))
          .containsExactly(3, 99, 7);
    }
    assertThatThrownBy(() -> s.withRuns(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
