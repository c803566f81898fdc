package io.depin.tokenomics.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.depin.tokenomics.simulation.PercentileMethod;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioRunnerTest {
  private static final Pattern PLOT = Pattern.compile("<img class=\"plot\"");

  @TempDir Path dir;

  private static Scenario base() throws Exception {
    return Scenarios.fromYaml("s.yaml", TestScenarios.BASE);
  }

  private static long plots(Path html) throws Exception {
    return PLOT.matcher(Files.readString(html)).results().count();
  }

  @Test
  void run_writesFourPlotsJsonCsvAndReportsProgress() throws Exception {
    AtomicLong last = new AtomicLong();
    ScenarioResult r = ScenarioRunner.builder()
        .progress((done, total) -> last.set(done * 1000 + total))
        .build()
        .run(base(), dir);
    assertThat(last.get()).isEqualTo(5 * 1000 + 5);
    assertThat(r.completed()).isEqualTo(5);
    assertThat(r.failures()).isEmpty();
    assertThat(r.seed()).isEqualTo(11);
    assertThat(r.gini()).isPresent();
    assertThat(r.files()).extracting(p -> p.getFileName().toString()).containsExactly(
        "supply.csv", "emission-burn.csv", "operators.csv", "rewards-lorenz.csv", "report.json",
        "report.html", "aggregates.csv");
    assertThat(plots(r.html())).isEqualTo(4);
    JsonNode json = new ObjectMapper().readTree(dir.resolve("report.json").toFile());
    JsonNode meta = json.get("metadata");
    assertThat(meta.get("scenario").asText()).isEqualTo("test");
    assertThat(meta.get("seed").asText()).isEqualTo("11");
    assertThat(meta.get("runs").asText()).isEqualTo("5");
    assertThat(meta.get("steps").asText()).isEqualTo("30");
    assertThat(meta.get("failed_runs").asText()).isEqualTo("0");
    assertThat(meta.get("percentiles").asText()).isEqualTo("exact"); // small: exact by default
    assertThat(Double.parseDouble(meta.get("gini_final_epoch").asText()))
        .isCloseTo(r.gini().getAsDouble(), within(1e-6)); // shown to six significant digits
    List<String> aggregates = Files.readAllLines(dir.resolve("aggregates.csv"));
    assertThat(aggregates).hasSize(32);
    assertThat(aggregates.get(0)).startsWith("step,supply_mean,supply_p5,supply_p50,supply_p95,");
    assertThat(aggregates.get(1)).startsWith("0,1000000,1000000,1000000,1000000,");
    assertThat(dir.resolve(ScenarioRunner.RUNS_FILE)).doesNotExist();
  }

  @Test
  void run_resultsDoNotDependOnThreads() throws Exception {
    Scenario s = base().withRuns(12);
    ScenarioRunner.builder().parallelism(1).build().run(s, dir.resolve("one"));
    ScenarioRunner.builder().parallelism(3).writeAllRuns(true).build().run(s, dir.resolve("three"));
    for (String f : List.of("report.json", "aggregates.csv", "rewards-lorenz.csv")) {
      assertThat(Files.readString(dir.resolve("three").resolve(f)))
          .as(f).isEqualTo(Files.readString(dir.resolve("one").resolve(f)));
    }
    assertThat(Files.readAllLines(dir.resolve("three").resolve(ScenarioRunner.RUNS_FILE)))
        .hasSize(1 + 12 * 31);
  }

  @Test
  void run_someRunsFail_listsThemAndFinishesTheOthers() throws Exception {
    // the price collapses below the oracle's 12 decimal places in some runs only
    Scenario s = Scenarios.fromYaml("s.yaml", TestScenarios.replacing(
        "  gbm: {initial: 2.0, drift: 0.0, volatility: 0.05}",
        "  gbm: {initial: 1.0, drift: 0.6, volatility: 2}")).withRuns(40).withSteps(20);
    ScenarioResult r = ScenarioRunner.builder().build().run(s, dir);
    assertThat(r.failures()).isNotEmpty();
    assertThat(r.completed()).isPositive().isEqualTo(40 - r.failures().size());
    JsonNode meta = new ObjectMapper().readTree(dir.resolve("report.json").toFile()).get("metadata");
    assertThat(meta.get("failed_runs").asInt()).isEqualTo(r.failures().size());
    assertThat(meta.get("failure_1").asText())
        .contains("seed " + r.failures().get(0).seed())
        .contains("at step " + r.failures().get(0).step())
        .contains("price_not_positive");
    assertThat(Files.readString(r.html())).contains("Failed runs");
    assertThat(plots(r.html())).isEqualTo(4);
  }

  @Test
  void sweep_zipAndCartesian_writeOneReportPerPointAndASummary() throws Exception {
    String sweep = """
        sweep:
          mode: %s
          parameters:
            operators.cost_per_epoch: [0.5, 1.0]
            price.gbm.volatility: [0.01, 0.1]
        """;
    Scenario zip = Scenarios.fromYaml("s.yaml", TestScenarios.BASE + sweep.formatted("zip"));
    SweepResult z = ScenarioRunner.builder().build().sweep(zip, dir.resolve("zip"));
    assertThat(z.points()).hasSize(2);
    Scenario cart = Scenarios.fromYaml("s.yaml", TestScenarios.BASE + sweep.formatted("cartesian"));
    SweepResult c = ScenarioRunner.builder().build().sweep(cart, dir.resolve("cartesian"));
    assertThat(c.mode()).isEqualTo(SweepMode.CARTESIAN);
    assertThat(c.points()).hasSize(4);
    for (int i = 0; i < 4; i++) {
      assertThat(plots(dir.resolve("cartesian").resolve("point-" + i).resolve("report.html")))
          .isEqualTo(4);
    }
    List<String> rows = Files.readAllLines(c.summaryCsv());
    assertThat(rows).hasSize(5);
    assertThat(rows.get(0)).startsWith("point,operators.cost_per_epoch,price.gbm.volatility,");
    assertThat(rows.get(3)).startsWith("2,1.0,0.01,5,0,");
    JsonNode json = new ObjectMapper().readTree(c.summaryJson().toFile());
    assertThat(json.get("mode").asText()).isEqualTo("cartesian");
    assertThat(json.get("points")).hasSize(4);
    assertThat(json.get("points").get(3).get("values").get("price.gbm.volatility").asText())
        .isEqualTo("0.1");
    JsonNode pointMeta = new ObjectMapper()
        .readTree(dir.resolve("cartesian/point-3/report.json").toFile()).get("metadata");
    assertThat(pointMeta.get("sweep.operators.cost_per_epoch").asText()).isEqualTo("1.0");
  }

  @Test
  void sweep_tooLargeForTheAggregates_rejectedBeforeAnyPointIsCompiled() throws Exception {
    // 1000 points x 100,000 epochs: compiling every point's emission first would hold 10^8
    // BigIntegers (gigabytes) before the size check could reject the sweep
    StringBuilder values = new StringBuilder();
    for (int i = 1; i <= 1000; i++) {
      values.append(i == 1 ? "" : ", ").append(i);
    }
    String decaying = TestScenarios.replacing("  halving: {initial: 100_000_000_000, interval: 10}",
        "  exponential_decay: {total: 1_000_000_000_000_000_000, half_life: 1_000_000}");
    Scenario s = Scenarios.fromYaml("s.yaml", decaying + "sweep:\n  mode: zip\n"
        + "  parameters:\n    operators.cost_per_epoch: [" + values + "]\n")
        .withSteps(Scenario.MAX_STEPS).withRuns(1);
    assertThatThrownBy(() -> ScenarioRunner.builder().build().sweep(s, dir))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is more than 20000000 for exact percentiles")
        .hasMessageContaining("is more than 200000 for sketched percentiles");
    assertThat(dir).isEmptyDirectory();
  }

  @Test
  void run_sketchedPercentiles_saidInMetadataAndCaption_withinAccuracyOfExact() throws Exception {
    Scenario s = base().withRuns(40);
    ScenarioResult exact = ScenarioRunner.builder().percentiles(PercentileMethod.exact()).build()
        .run(s, dir.resolve("exact"));
    ScenarioResult sketched = ScenarioRunner.builder()
        .percentiles(PercentileMethod.sketch(0.01)).parallelism(3).build()
        .run(s, dir.resolve("sketch"));
    JsonNode meta = new ObjectMapper()
        .readTree(dir.resolve("sketch/report.json").toFile()).get("metadata");
    assertThat(meta.get("percentiles").asText()).isEqualTo("sketch(0.01)");
    assertThat(meta.get("percentile_method").asText()).contains("DDSketch").contains("1%");
    assertThat(Files.readString(sketched.html())).contains("each within 1% of the exact value");
    assertThat(sketched.meanFinalSupply()).isCloseTo(exact.meanFinalSupply(), within(1e-6));
    assertThat(sketched.medianFinalSupply())
        .isCloseTo(exact.medianFinalSupply(), within(0.01 * exact.medianFinalSupply()));
  }

  @Test
  void run_percentilesBeyondTheirLimits_rejectedBeforeSimulating() throws Exception {
    // 1000 runs x 20,001 epochs = 20,001,000 values per column: one more than exact keeps
    Scenario s = base().withRuns(1000).withSteps(20_000);
    assertThatThrownBy(() -> ScenarioRunner.builder().percentiles(PercentileMethod.exact()).build()
            .run(s, dir))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is more than 20000000 for exact percentiles");
    StringBuilder values = new StringBuilder();
    for (int i = 1; i <= 3; i++) {
      values.append(i == 1 ? "" : ", ").append(i);
    }
    Scenario sweep = Scenarios.fromYaml("s.yaml", TestScenarios.BASE + "sweep:\n  mode: zip\n"
        + "  parameters:\n    operators.cost_per_epoch: [" + values + "]\n")
        .withSteps(Scenario.MAX_STEPS);
    // 3 points x 100,001 epochs = 300,003 sketched times, more than 200,000
    assertThatThrownBy(() -> ScenarioRunner.builder().percentiles(PercentileMethod.sketch(0.01))
            .build().sweep(sweep, dir))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is more than 200000 for sketched percentiles");
    assertThat(dir).isEmptyDirectory();
  }

  @Test
  void sweep_withoutSweep_rejected() {
    assertThatThrownBy(() -> ScenarioRunner.builder().build().sweep(base(), dir))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no sweep");
  }
}
