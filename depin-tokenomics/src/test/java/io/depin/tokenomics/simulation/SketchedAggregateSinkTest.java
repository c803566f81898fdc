package io.depin.tokenomics.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class SketchedAggregateSinkTest {
  private static final double ALPHA = 0.01;

  /** Runs the walk (zeros at t = 0, negatives, duplicates in "n") with both sinks attached. */
  private static AggregateSink[] simulate(
      long seed, int runs, int steps, int threads, double alpha, InMemorySink<Walk> states) {
    AggregateSink exact = AggregateSink.create();
    AggregateSink sketched = AggregateSink.create(PercentileMethod.sketch(alpha));
    Sweep<Walk.Params> sweep =
        Sweep.zip(
            new Walk.Params(0, 1), Axis.of("drift", List.of(0.0, 2.0), Walk.Params::withDrift));
    Simulation.builder(Walk.model())
        .sweep(sweep)
        .runs(runs)
        .steps(steps)
        .seed(seed)
        .parallelism(threads)
        .sink(states)
        .sink(exact)
        .sink(sketched)
        .build()
        .run();
    return new AggregateSink[] {exact, sketched};
  }

  @Property(tries = 15)
  void sketched_throughTheEngine_withinStatedBoundOfExact_andSameOnAnyThreadCount(
      @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 150) int runs,
      @ForAll @IntRange(min = 0, max = 40) int steps,
      @ForAll @IntRange(min = 2, max = 4) int threads) {
    InMemorySink<Walk> states = new InMemorySink<>();
    AggregateSink[] one = simulate(seed, runs, steps, 1, ALPHA, new InMemorySink<>());
    AggregateSink[] many = simulate(seed, runs, steps, threads, ALPHA, states);
    AggregateSink exact = many[0];
    AggregateSink sketched = many[1];
    assertThat(sketched.method()).isEqualTo(PercentileMethod.sketch(ALPHA));
    for (int p = 0; p < 2; p++) {
      for (String column : List.of("x", "n")) {
        AggregateSeries s = sketched.series(p, column);
        AggregateSeries single = one[1].series(p, column);
        AggregateSeries e = exact.series(p, column);
        assertThat(s.method()).isEqualTo(PercentileMethod.sketch(ALPHA));
        assertThat(e.method()).isEqualTo(PercentileMethod.exact());
        assertThat(s.runs()).isEqualTo(runs);
        for (int t = 0; t <= steps; t++) {
          // bit-identical whatever the thread count
          assertThat(new double[] {s.mean(t), s.p5(t), s.p50(t), s.p95(t)})
              .isEqualTo(new double[] {single.mean(t), single.p5(t), single.p50(t), single.p95(t)});
          double[] v = new double[runs];
          for (int r = 0; r < runs; r++) {
            double[] row = {states.states(p, r).get(t).x(), states.states(p, r).get(t).n()};
            v[r] = row[column.equals("x") ? 0 : 1];
          }
          Arrays.sort(v);
          assertWithin(s.p5(t), e.p5(t), v, 0.05);
          assertWithin(s.p50(t), e.p50(t), v, 0.50);
          assertWithin(s.p95(t), e.p95(t), v, 0.95);
          assertThat(s.mean(t)).isCloseTo(e.mean(t), org.assertj.core.data.Offset.offset(
              1e-12 * Math.max(1, Math.abs(v[0]) + Math.abs(v[runs - 1]))));
        }
      }
    }
  }

  /** The bound of AggregateSink's javadoc, with 4 ulps for the rounding of the interpolation. */
  private static void assertWithin(double sketched, double exact, double[] sorted, double p) {
    double h = (sorted.length - 1) * p;
    int lo = (int) Math.floor(h);
    double f = h - lo;
    double xlo = sorted[lo];
    double xhi = sorted[Math.min(lo + 1, sorted.length - 1)];
    double bound = ALPHA * ((1 - f) * Math.abs(xlo) + f * Math.abs(xhi))
        + 4 * Math.ulp(Math.max(Math.abs(xlo), Math.abs(xhi)));
    assertThat(Math.abs(sketched - exact)).isLessThanOrEqualTo(bound);
  }

  @Test
  void sketched_failedRunLeftOut_nanColumnIsNan_andWithinAccuracyOfNumpy() {
    // numpy.percentile(range(1, 11), [5, 50, 95]) == [1.45, 5.5, 9.55]
    AggregateSink agg = AggregateSink.of(PercentileMethod.sketch(ALPHA), "v", "w");
    agg.open(new SimulationPlan(List.of("v", "w"), 1, 11, 0, 0, 2));
    int[] order = {7, 1, 10, 3, 5, 2, 9, 4, 8, 6};
    for (int r = 0; r < 10; r++) {
      RunRecorder<Object> rec = agg.recorder(new RunInfo(0, r, r));
      rec.record(0, "state", new double[] {order[r], Double.NaN});
      rec.completed();
    }
    RunRecorder<Object> failed = agg.recorder(new RunInfo(0, 10, 10));
    failed.record(0, "state", new double[] {1e9, 0});
    failed.failed(new RunFailure(10, 0, 10, 0, new IllegalStateException()));
    agg.close();
    AggregateSeries v = agg.series(0, "v");
    assertThat(v.runs()).isEqualTo(10);
    assertThat(v.mean(0)).isEqualTo(5.5);
    assertThat(v.p5(0)).isBetween(1.45 * (1 - ALPHA), 1.45 * (1 + ALPHA));
    assertThat(v.p50(0)).isBetween(5.5 * (1 - ALPHA), 5.5 * (1 + ALPHA));
    assertThat(v.p95(0)).isBetween(9.55 * (1 - ALPHA), 9.55 * (1 + ALPHA));
    assertThat(agg.series(0, "w").p50(0)).isNaN();
    assertThat(agg.series(0, "w").mean(0)).isNaN();
  }

  @Test
  void sketched_manyRunsOfAFewSteps_memoryDoesNotGrowWithRuns_noRunLimit() {
    // 3 million runs x 1000 steps would not fit the exact sink's one array per column
    AggregateSink agg = AggregateSink.of(PercentileMethod.sketch(ALPHA), "v");
    agg.open(new SimulationPlan(List.of("v"), 1, 3_000_000, 999, 0, 1));
    for (int r = 0; r < 100; r++) {
      RunRecorder<Object> rec = agg.recorder(new RunInfo(0, r, r));
      for (int t = 0; t < 1000; t++) {
        rec.record(t, "state", new double[] {t - r});
      }
      rec.completed();
    }
    agg.close();
    AggregateSeries v = agg.series(0, "v");
    assertThat(v.runs()).isEqualTo(100);
    assertThat(v.mean(500)).isEqualTo(500 - 49.5);
    assertThat(v.p50(999)).isBetween(949.5 * (1 - ALPHA), 949.5 * (1 + ALPHA));
    assertThatThrownBy(
            () -> AggregateSink.create().open(new SimulationPlan(List.of("v"), 1, 3_000_000, 999, 0, 1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void percentileMethod_textForm_roundTrips_andRejectsOutOfRange() {
    assertThat(PercentileMethod.parse("exact")).isEqualTo(PercentileMethod.exact());
    assertThat(PercentileMethod.parse(" Sketch( 0.01 ) ")).isEqualTo(PercentileMethod.sketch(0.01));
    assertThat(PercentileMethod.sketch(0.005).toString()).isEqualTo("sketch(0.005)");
    assertThat(PercentileMethod.parse(PercentileMethod.sketch(0.005).toString()))
        .isEqualTo(PercentileMethod.sketch(0.005));
    assertThat(PercentileMethod.sketch(0.01).description()).endsWith("accuracy 1%");
    assertThat(PercentileMethod.exact().isExact()).isTrue();
    assertThat(PercentileMethod.exact().relativeAccuracy()).isZero();
    for (String bad : List.of("sketch(0)", "sketch(0.5)", "sketch(x)", "sketch", "approx", "")) {
      assertThatThrownBy(() -> PercentileMethod.parse(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThatThrownBy(() -> PercentileMethod.sketch(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
