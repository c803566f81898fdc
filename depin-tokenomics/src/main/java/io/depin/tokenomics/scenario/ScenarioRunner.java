package io.depin.tokenomics.scenario;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.depin.core.token.TokenAmount;
import io.depin.tokenomics.report.Inequality;
import io.depin.tokenomics.report.Lorenz;
import io.depin.tokenomics.report.Report;
import io.depin.tokenomics.report.ReportWriter;
import io.depin.tokenomics.scenario.internal.FinalStates;
import io.depin.tokenomics.scenario.internal.ReportAssembler;
import io.depin.tokenomics.scenario.internal.RewardSample;
import io.depin.tokenomics.simulation.AggregateSeries;
import io.depin.tokenomics.simulation.AggregateSink;
import io.depin.tokenomics.simulation.PercentileMethod;
import io.depin.tokenomics.simulation.Axis;
import io.depin.tokenomics.simulation.CsvSink;
import io.depin.tokenomics.simulation.ProgressListener;
import io.depin.tokenomics.simulation.RandomSource;
import io.depin.tokenomics.simulation.RunFailure;
import io.depin.tokenomics.simulation.RunSeeds;
import io.depin.tokenomics.simulation.Simulation;
import io.depin.tokenomics.simulation.SimulationResult;
import io.depin.tokenomics.simulation.Sweep;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * Runs a {@link Scenario}, or every point of its sweep, and writes the reports.
 *
 * <p><b>One scenario</b> ({@link #run}) writes into its directory, with {@link ReportWriter}:
 * {@code report.html} (four plots: supply with its 5-95 % band, emission vs burn per epoch,
 * operator count, and the final epoch's reward distribution as a Lorenz curve with its Gini
 * coefficient), {@code report.json} (metadata: scenario, seed, runs, steps, parameters, completed
 * and failed runs with the seed, step and message of each failure; and every plot's data), one CSV
 * per plot, and {@code aggregates.csv}: per epoch, the mean, 5th, 50th and 95th percentile of
 * every column of {@link NetworkModel}. Each run is also written to {@code runs.csv} only if
 * {@link Builder#writeAllRuns(boolean)} asks for it. Runs that fail are listed; the others finish.
 *
 * <p><b>A sweep</b> ({@link #sweep}) runs every point in one simulation (run seeds derive from the
 * master seed, the point index and the run index), writes one complete report per point into
 * {@code point-<i>/}, and beside them {@code sweep-summary.csv} and {@code sweep-summary.json}: per
 * point, the swept values, completed and failed runs, mean and median final supply, median final
 * operators and the Gini coefficient. One report per point keeps each page readable and each
 * point's CSVs usable on their own; the summary is the table to compare points.
 *
 * <p><b>Percentiles</b> are exact, or found by a relative-error sketch whose memory does not grow
 * with the runs (see {@link AggregateSink} for both guarantees), as {@link
 * Builder#percentiles(PercentileMethod)} says. By default they are exact while the exact method
 * keeps at most {@link #MAX_EXACT_VALUES} values per column ({@code points * runs * (steps + 1)}
 * up to 20,000,000, 160 MB per column: the limit runs had before the sketch existed, so those
 * runs are unchanged), and sketched with relative accuracy {@link #DEFAULT_SKETCH_ACCURACY}
 * (0.1 %) beyond it, where exact percentiles used to be refused. Why 0.1 %: token supplies often
 * spread by only a few percent across runs (the benchmark model's final supply: p5 to p95 is
 * about 511 to 528 million, 3 %), so a 1 % sketch would draw that band with two or three buckets
 * (measured: p95 off by 0.5 %), while 0.1 % keeps each percentile within a twentieth of such a
 * band (measured: 0.05 %), for about 10 % more CPU time than 1 % and a few hundred bytes per
 * epoch and column. The report's metadata
 * ({@code percentiles}, {@code percentile_method}), each band's caption and {@code
 * sweep-summary.json} say which method was used. A scenario file can choose with a top-level
 * {@code percentiles: exact} or {@code percentiles: sketch(0.001)}; the builder's setting wins.
 *
 * <p>The steps, runs and seed are the base scenario's. The Lorenz curve uses the run whose final
 * supply is the median of its point, and weights drawn from a generator seeded with {@code
 * RunSeeds.seed(seed, point, runs)}, a seed no run uses; so every figure depends only on the
 * scenario and its seed, never on the thread count.
 *
 * {@snippet :
 * Scenario scenario = Scenarios.fromYaml(Path.of("examples/scenarios/helium-like.yaml"));
 * ScenarioResult result = ScenarioRunner.builder()
 *     .progress((done, total) -> System.err.print("\r" + done + "/" + total))
 *     .build()
 *     .run(scenario, Path.of("depin-report"));
 * System.out.println("seed " + result.seed() + " -> " + result.html());
 * }
 *
 * <p>Immutable and thread-safe; two runs must not write into the same directory at once.
 *
 * @since 0.1.0
 */
public final class ScenarioRunner {
  /** The per-epoch statistics of every column. */
  public static final String AGGREGATES_FILE = "aggregates.csv";

  /** Every run's every epoch, written only on request. */
  public static final String RUNS_FILE = "runs.csv";

  /** The sweep's summary table. */
  public static final String SUMMARY_CSV = "sweep-summary.csv";

  /** The sweep's summary as JSON. */
  public static final String SUMMARY_JSON = "sweep-summary.json";

  /** The most values per column the exact method keeps when no method is set. */
  public static final long MAX_EXACT_VALUES = 20_000_000L;

  /**
   * The most (point, epoch) pairs sketched percentiles keep, {@code points * (steps + 1)}: each
   * keeps one sketch per column, a few hundred bytes to a few kilobytes, whatever the runs.
   */
  public static final long MAX_SKETCHED_TIMES = 200_000L;

  /** The relative accuracy of the sketch chosen when no method is set and exact would not fit. */
  public static final double DEFAULT_SKETCH_ACCURACY = 0.001;

  private final @Nullable ProgressListener progress;
  private final int parallelism;
  private final boolean writeAllRuns;
  private final ReportWriter writer;
  private final @Nullable PercentileMethod percentiles;

  private ScenarioRunner(Builder b) {
    this.percentiles = b.percentiles;
    this.progress = b.progress;
    this.parallelism = b.parallelism;
    this.writeAllRuns = b.writeAllRuns;
    this.writer = b.writer;
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Runs the scenario (without its sweep, if it has one) and writes its report into {@code dir}.
   *
   * @param scenario the scenario
   * @param dir the output directory, created if needed
   * @return the figures and files
   * @throws IOException if a file cannot be written
   * @throws IllegalArgumentException if the percentiles would keep too much: see {@link
   *     #MAX_EXACT_VALUES} and {@link #MAX_SKETCHED_TIMES}
   */
  public ScenarioResult run(Scenario scenario, Path dir) throws IOException {
    Scenario base = scenario.withoutSweep();
    PercentileMethod method = percentiles(1, base);
    return simulate(
            base, List.of(NetworkModel.of(base)), List.of(Map.of()), List.of(dir), dir, method)
        .get(0);
  }

  /**
   * Runs every point of the scenario's sweep and writes one report per point into {@code
   * dir/point-<i>/}, and the summary files into {@code dir}.
   *
   * @param scenario a scenario with a sweep
   * @param dir the output directory, created if needed
   * @return the per-point results and the summary files
   * @throws IOException if a file cannot be written
   * @throws IllegalArgumentException if the scenario has no sweep, or the percentiles would keep
   *     too much: see {@link #MAX_EXACT_VALUES} and {@link #MAX_SKETCHED_TIMES}
   */
  public SweepResult sweep(Scenario scenario, Path dir) throws IOException {
    ScenarioSweep sweep = scenario.sweepOrEmpty().orElseThrow(
        () -> new IllegalArgumentException("scenario " + scenario.name() + " has no sweep"));
    // before compiling the points' emission
    PercentileMethod method = percentiles(sweep.points().size(), scenario);
    List<NetworkModel> networks = new ArrayList<>();
    List<Map<String, String>> labels = new ArrayList<>();
    List<Path> dirs = new ArrayList<>();
    for (SweepPoint p : sweep.points()) {
      networks.add(NetworkModel.of(p.scenario().withRuns(scenario.runs()).withSeed(scenario.seed())));
      labels.add(p.values());
      dirs.add(dir.resolve(p.name()));
    }
    List<ScenarioResult> results = simulate(scenario, networks, labels, dirs, dir, method);
    Files.createDirectories(dir);
    Path csv = dir.resolve(SUMMARY_CSV);
    Path json = dir.resolve(SUMMARY_JSON);
    writeSummaryCsv(csv, sweep, results);
    writeSummaryJson(json, scenario, sweep, results, method);
    return new SweepResult(sweep.mode(), results, csv, json);
  }

  private List<ScenarioResult> simulate(
      Scenario base,
      List<NetworkModel> networks,
      List<Map<String, String>> labels,
      List<Path> dirs,
      Path top,
      PercentileMethod method) throws IOException {
    Sweep<NetworkModel> sweep = networks.size() == 1
        ? Sweep.single(networks.get(0))
        : Sweep.zip(networks.get(0), Axis.of("point", networks, (p, v) -> v));
    AggregateSink aggregates = AggregateSink.of(method, "supply", "minted", "burned", "emission", "remint",
        "operator_rewards", "operators", "price", "demand");
    FinalStates finals = new FinalStates();
    Simulation.Builder<NetworkModel, NetworkState> sim = Simulation.builder(NetworkModel.model())
        .sweep(sweep)
        .runs(base.runs())
        .steps(base.steps())
        .seed(base.seed())
        .parallelism(parallelism)
        .sink(aggregates)
        .sink(finals);
    if (writeAllRuns) {
      Files.createDirectories(top);
      sim.sink(CsvSink.to(top.resolve(RUNS_FILE)));
    }
    ProgressListener listener = progress;
    if (listener != null) {
      sim.progress(listener);
    }
    SimulationResult result;
    try {
      result = sim.build().run();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    List<ScenarioResult> out = new ArrayList<>();
    for (int p = 0; p < networks.size(); p++) {
      Scenario scenario = networks.get(p).scenario();
      int point = p;
      List<RunFailure> failures =
          result.failures().stream().filter(f -> f.sweepIndex() == point).toList();
      long completed = (long) base.runs() - failures.size();
      ReportAssembler.Aggregates agg = new ReportAssembler.Aggregates(
          aggregates.series(p, "supply"), aggregates.series(p, "emission"),
          aggregates.series(p, "remint"), aggregates.series(p, "burned"),
          aggregates.series(p, "operators"));
      Lorenz lorenz = null;
      int medianIndex = -1;
      Optional<FinalStates.Run> median = finals.medianRun(p);
      if (median.isPresent()) {
        NetworkState last = median.get().state();
        medianIndex = median.get().index();
        List<BigInteger> amounts = RewardSample.distribute(
            scenario.rewards(),
            TokenAmount.ofBaseUnits(last.operatorRewards(), scenario.token()),
            Math.round(last.operators()),
            RandomSource.l64x128Mix().create(RunSeeds.seed(base.seed(), p, base.runs())));
        lorenz = Inequality.lorenz(amounts);
      }
      Report report = ReportAssembler.build(
          scenario, labels.get(p), agg, completed, failures, lorenz, medianIndex);
      Path dir = dirs.get(p);
      List<Path> files = new ArrayList<>(writer.write(report, dir));
      Path aggregatesCsv = dir.resolve(AGGREGATES_FILE);
      writeAggregates(aggregatesCsv, aggregates, p);
      files.add(aggregatesCsv);
      int steps = base.steps();
      out.add(new ScenarioResult(scenario.name(), base.seed(), base.runs(), steps, completed,
          failures, agg.supply().mean(steps), agg.supply().p50(steps),
          agg.operators().p50(steps),
          lorenz == null ? OptionalDouble.empty() : OptionalDouble.of(lorenz.gini()), dir, files));
    }
    return out;
  }

  /**
   * The method set, or the default for this size; rejects exact percentiles asked for beyond
   * {@link #MAX_EXACT_VALUES} values per column.
   */
  private PercentileMethod percentiles(int points, Scenario base) {
    long times = (long) points * (base.steps() + 1);
    long cells = times * base.runs();
    PercentileMethod set = percentiles != null ? percentiles : base.percentiles();
    String exactLimit = "points x runs x (steps + 1) = " + cells + " is more than "
        + MAX_EXACT_VALUES + " for exact percentiles";
    String sketchLimit = "points x (steps + 1) = " + times + " is more than "
        + MAX_SKETCHED_TIMES + " for sketched percentiles";
    if (set == null) {
      if (cells <= MAX_EXACT_VALUES) {
        return PercentileMethod.exact();
      }
      if (times > MAX_SKETCHED_TIMES) {
        throw new IllegalArgumentException(
            exactLimit + ", and " + sketchLimit + "; use fewer points or steps");
      }
      return PercentileMethod.sketch(DEFAULT_SKETCH_ACCURACY);
    }
    if (set.isExact() && cells > MAX_EXACT_VALUES) {
      throw new IllegalArgumentException(exactLimit + "; use fewer runs or steps, or sketched"
          + " percentiles (such as sketch(0.001)), whose memory does not grow with the runs");
    }
    if (!set.isExact() && times > MAX_SKETCHED_TIMES) {
      throw new IllegalArgumentException(sketchLimit + "; use fewer points or steps");
    }
    return set;
  }

  private static void writeAggregates(Path file, AggregateSink aggregates, int point)
      throws IOException {
    List<String> columns = aggregates.columns();
    List<AggregateSeries> series = new ArrayList<>();
    StringBuilder sb = new StringBuilder("step");
    for (String c : columns) {
      series.add(aggregates.series(point, c));
      sb.append(',').append(c).append("_mean,").append(c).append("_p5,").append(c)
          .append("_p50,").append(c).append("_p95");
    }
    sb.append('\n');
    int length = series.get(0).length();
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(sb.toString());
      for (int t = 0; t < length; t++) {
        sb.setLength(0);
        sb.append(t);
        for (AggregateSeries s : series) {
          sb.append(',').append(ReportAssembler.format(s.mean(t)))
              .append(',').append(ReportAssembler.format(s.p5(t)))
              .append(',').append(ReportAssembler.format(s.p50(t)))
              .append(',').append(ReportAssembler.format(s.p95(t)));
        }
        sb.append('\n');
        w.write(sb.toString());
      }
    }
  }

  private static void writeSummaryCsv(Path file, ScenarioSweep sweep, List<ScenarioResult> results)
      throws IOException {
    StringBuilder sb = new StringBuilder("point");
    for (String p : sweep.parameters()) {
      sb.append(',').append(quote(p));
    }
    sb.append(",completed,failed,final_supply_mean,final_supply_p50,final_operators_p50,gini\n");
    for (int i = 0; i < results.size(); i++) {
      ScenarioResult r = results.get(i);
      sb.append(i);
      for (String v : sweep.points().get(i).values().values()) {
        sb.append(',').append(quote(v));
      }
      sb.append(',').append(r.completed()).append(',').append(r.failures().size())
          .append(',').append(ReportAssembler.format(r.meanFinalSupply()))
          .append(',').append(ReportAssembler.format(r.medianFinalSupply()))
          .append(',').append(ReportAssembler.format(r.medianFinalOperators()))
          .append(',').append(r.gini().isPresent() ? ReportAssembler.format(r.gini().getAsDouble()) : "")
          .append('\n');
    }
    Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
  }

  private static String quote(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }

  private static void writeSummaryJson(
      Path file,
      Scenario scenario,
      ScenarioSweep sweep,
      List<ScenarioResult> results,
      PercentileMethod method)
      throws IOException {
    try (OutputStream os = Files.newOutputStream(file);
        JsonGenerator g = new JsonFactory().createGenerator(os)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("scenario", scenario.name());
      g.writeStringField("mode", sweep.mode().name().toLowerCase(java.util.Locale.ROOT));
      g.writeNumberField("seed", scenario.seed());
      g.writeNumberField("runs", scenario.runs());
      g.writeNumberField("steps", scenario.steps());
      g.writeStringField("percentiles", method.toString());
      g.writeStringField("percentile_method", method.description());
      g.writeArrayFieldStart("parameters");
      for (String p : sweep.parameters()) {
        g.writeString(p);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("points");
      for (int i = 0; i < results.size(); i++) {
        ScenarioResult r = results.get(i);
        SweepPoint point = sweep.points().get(i);
        g.writeStartObject();
        g.writeNumberField("point", i);
        g.writeStringField("directory", point.name());
        g.writeObjectFieldStart("values");
        for (Map.Entry<String, String> e : point.values().entrySet()) {
          g.writeStringField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
        g.writeNumberField("completed", r.completed());
        g.writeNumberField("failed", r.failures().size());
        number(g, "final_supply_mean", r.meanFinalSupply());
        number(g, "final_supply_p50", r.medianFinalSupply());
        number(g, "final_operators_p50", r.medianFinalOperators());
        if (r.gini().isPresent()) {
          g.writeNumberField("gini", r.gini().getAsDouble());
        } else {
          g.writeNullField("gini");
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
  }

  private static void number(JsonGenerator g, String name, double v) throws IOException {
    if (Double.isFinite(v)) {
      g.writeNumberField(name, v);
    } else {
      g.writeNullField(name);
    }
  }

  /**
   * Configures a {@link ScenarioRunner}. Not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private @Nullable ProgressListener progress;
    private int parallelism = Runtime.getRuntime().availableProcessors();
    private boolean writeAllRuns;
    private ReportWriter writer = ReportWriter.ofDefaults();
    private @Nullable PercentileMethod percentiles;

    private Builder() {}

    /**
     * Sets a listener told after each run (for a progress bar).
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder progress(ProgressListener listener) {
      this.progress = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * Sets the number of threads; results do not depend on it.
     *
     * @param threads at least 1
     * @return this builder
     */
    public Builder parallelism(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("parallelism must be at least 1: " + threads);
      }
      this.parallelism = threads;
      return this;
    }

    /**
     * Also writes every run's every epoch to {@value ScenarioRunner#RUNS_FILE} (default: no).
     *
     * @param all whether to write it
     * @return this builder
     */
    public Builder writeAllRuns(boolean all) {
      this.writeAllRuns = all;
      return this;
    }

    /**
     * Sets the report writer (default {@link ReportWriter#ofDefaults()}).
     *
     * @param writer the writer
     * @return this builder
     */
    public Builder reportWriter(ReportWriter writer) {
      this.writer = Objects.requireNonNull(writer, "writer");
      return this;
    }

    /**
     * Sets how percentiles are found, over the scenario's own {@code percentiles:} key (default:
     * the scenario's key, else exact up to 20,000,000
     * ({@link ScenarioRunner#MAX_EXACT_VALUES}) values per column, else a sketch of relative accuracy
     * {@value ScenarioRunner#DEFAULT_SKETCH_ACCURACY}).
     *
     * @param method exact or sketched
     * @return this builder
     */
    public Builder percentiles(PercentileMethod method) {
      this.percentiles = Objects.requireNonNull(method, "method");
      return this;
    }

    /** {@return the runner} */
    public ScenarioRunner build() {
      return new ScenarioRunner(this);
    }
  }
}
