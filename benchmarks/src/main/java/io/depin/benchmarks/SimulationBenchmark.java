package io.depin.benchmarks;

import io.depin.tokenomics.simulation.AggregateSink;
import io.depin.tokenomics.simulation.Model;
import io.depin.tokenomics.simulation.PercentileMethod;
import io.depin.tokenomics.simulation.Simulation;
import io.depin.tokenomics.simulation.SimulationResult;
import io.depin.tokenomics.simulation.examples.HalvingBurnModel;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The radCAD/cadCAD comparison: {@link HalvingBurnModel} (halving emission, Gaussian burn), 1000
 * Monte Carlo runs of 3650 daily steps, every step of every run recorded to an {@link
 * AggregateSink} (per-step mean, p5, p50, p95 of supply, minted and burned), through the engine's
 * public API. Returns the mean final supply (about 520 million). The {@code percentiles} parameter
 * picks the {@link PercentileMethod}: {@code exact} (the default; memory grows with the runs) or a
 * sketch such as {@code sketch(0.01)} (memory independent of the runs), for example {@code -p
 * runs=10000 -p percentiles=exact,sketch(0.01)}.
 *
 * <p>Run (single shot, one fork; the heap cap shows the run fits in 256 MiB):
 *
 * <pre>
 * ./mvnw -B -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar SimulationBenchmark -f 1 -wi 3 -i 10 -jvmArgs -Xmx256m
 * java -jar benchmarks/target/benchmarks.jar SimulationBenchmark -f 1 -wi 3 -i 10 -prof gc
 * java -jar benchmarks/target/benchmarks.jar SimulationBenchmark -f 1 -wi 2 -i 5 -p runs=10000 \
 *     -p percentiles='sketch(0.01)' -jvmArgs -Xmx256m
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SimulationBenchmark {
  @Param({"1000"})
  public int runs;

  @Param({"3650"})
  public int steps;

  /** How percentiles are found: {@code exact} or {@code sketch(<relative accuracy>)}. */
  @Param({"exact"})
  public String percentiles;

  /** Threads; 0 means all available processors. */
  @Param({"0"})
  public int threads;

  private Model<HalvingBurnModel.Params, HalvingBurnModel.State> model;
  private int parallelism;
  private PercentileMethod method;

  /** Builds the model once; each invocation gets a fresh sink. */
  @Setup
  public void setUp() {
    model = HalvingBurnModel.model();
    parallelism = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    method = PercentileMethod.parse(percentiles);
  }

  /** Runs the whole simulation and returns the mean final supply. */
  @Benchmark
  public double monteCarlo1000x3650() {
    AggregateSink aggregates = AggregateSink.create(method);
    SimulationResult result =
        Simulation.builder(model)
            .params(HalvingBurnModel.Params.radcadComparison())
            .runs(runs)
            .steps(steps)
            .seed(42L)
            .parallelism(parallelism)
            .sink(aggregates)
            .build()
            .run();
    if (!result.succeeded()) {
      throw new IllegalStateException(result.failures().get(0).toString());
    }
    return aggregates.series(0, "supply").mean(steps);
  }
}
