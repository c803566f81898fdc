package io.depin.tokenomics.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class AggregateSinkTest {
  @Property(tries = 20)
  void aggregates_matchSortedValuesOfEveryRun(
      @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 60) int runs,
      @ForAll @IntRange(min = 0, max = 30) int steps,
      @ForAll @IntRange(min = 1, max = 3) int threads) {
    InMemorySink<Walk> states = new InMemorySink<>();
    AggregateSink aggregates = AggregateSink.of("x");
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
        .sink(aggregates)
        .build()
        .run();
    for (int p = 0; p < 2; p++) {
      AggregateSeries x = aggregates.series(p, "x");
      assertThat(x.runs()).isEqualTo(runs);
      assertThat(x.length()).isEqualTo(steps + 1);
      for (int t = 0; t <= steps; t++) {
        double[] v = new double[runs];
        double sum = 0;
        for (int r = 0; r < runs; r++) {
          v[r] = states.states(p, r).get(t).x();
          sum += v[r];
        }
        Arrays.sort(v);
        assertThat(x.mean(t)).isEqualTo(sum / runs);
        assertThat(x.p5(t)).isEqualTo(type7(v, 0.05));
        assertThat(x.p50(t)).isEqualTo(type7(v, 0.50));
        assertThat(x.p95(t)).isEqualTo(type7(v, 0.95));
      }
    }
    assertThatThrownBy(() -> aggregates.series(0, "n"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** Hyndman and Fan type 7 on sorted values, written the long way. */
  private static double type7(double[] sorted, double p) {
    double h = (sorted.length - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = (int) Math.ceil(h);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }

  @Test
  void percentiles_tenRunsValuedOneToTen_areTheNumpyFigures_failedRunLeftOut() {
    // numpy.percentile(range(1, 11), [5, 50, 95]) == [1.45, 5.5, 9.55]
    AggregateSink agg = AggregateSink.create();
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
    assertThat(v.p5(0)).isCloseTo(1.45, within(1e-12));
    assertThat(v.p50(0)).isEqualTo(5.5);
    assertThat(v.p95(0)).isCloseTo(9.55, within(1e-12));
    assertThat(v.mean(0)).isEqualTo(5.5);
    assertThat(agg.series(0, "w").p50(0)).isNaN();
    assertThat(agg.series(0, "w").mean(0)).isNaN();
  }

  @Test
  void series_beforeTheEnd_throws_andUnknownColumnIsRejectedAtOpen() {
    assertThatThrownBy(() -> AggregateSink.create().series(0, "x"))
        .isInstanceOf(IllegalStateException.class);
    AggregateSink bad = AggregateSink.of("nope");
    assertThatThrownBy(() -> bad.open(new SimulationPlan(List.of("x"), 1, 1, 1, 0, 1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
