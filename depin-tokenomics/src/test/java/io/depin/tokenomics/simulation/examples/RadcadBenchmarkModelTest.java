package io.depin.tokenomics.simulation.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.depin.tokenomics.simulation.AggregateSeries;
import io.depin.tokenomics.simulation.AggregateSink;
import io.depin.tokenomics.simulation.InMemorySink;
import io.depin.tokenomics.simulation.Simulation;
import io.depin.tokenomics.simulation.SimulationResult;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class RadcadBenchmarkModelTest {
  private static final int STEPS = 3650;

  @Test
  void run_1000x3650_emitsExactlyAndMeanSupplyNear520Million() {
    AggregateSink aggregates = AggregateSink.create();
    SimulationResult result =
        Simulation.builder(HalvingBurnModel.model())
            .params(HalvingBurnModel.Params.radcadComparison())
            .runs(1000)
            .steps(STEPS)
            .seed(20261121L)
            .parallelism(2)
            .sink(aggregates)
            .build()
            .run();

    assertThat(result.succeeded()).isTrue();
    assertThat(result.completed()).isEqualTo(1000);
    AggregateSeries minted = aggregates.series(0, "minted");
    // every run mints the same: the 5th and 95th percentiles equal the mean
    assertThat(minted.mean(STEPS)).isEqualTo(1_414_375_000.0);
    assertThat(minted.p5(STEPS)).isEqualTo(1_414_375_000.0);
    assertThat(minted.p95(STEPS)).isEqualTo(1_414_375_000.0);

    AggregateSeries supply = aggregates.series(0, "supply");
    assertThat(supply.mean(0)).isEqualTo(100_000_000.0);
    // 100e6 + 1414.375e6 - 150e3 * (1.0003^3650 - 1) / 0.0003 = 520.03e6; one run has a standard
    // deviation of 5.2e6, so the mean of 1000 runs a standard error of 0.16e6
    double expectedBurn = 150_000 * (Math.pow(1.0003, STEPS) - 1) / 0.0003;
    double expected = 100_000_000 + 1_414_375_000 - expectedBurn;
    assertThat(expected).isCloseTo(520e6, within(1e6));
    assertThat(supply.mean(STEPS)).isCloseTo(expected, within(1e6));
    assertThat(supply.p5(STEPS)).isLessThan(supply.p50(STEPS));
    assertThat(supply.p50(STEPS)).isLessThan(supply.p95(STEPS));

    AggregateSeries burned = aggregates.series(0, "burned");
    assertThat(supply.mean(STEPS) + burned.mean(STEPS))
        .isCloseTo(100_000_000 + 1_414_375_000.0, within(1e-3));
  }

  @Property(tries = 30)
  void burn_neverTakesSupplyBelowZero_andSupplyIsMintedMinusBurned(
      @ForAll long seed, @ForAll @DoubleRange(min = 0, max = 5e7) double baseBurn) {
    HalvingBurnModel.Params p = new HalvingBurnModel.Params(1_000_000L, 1_000L, 30, baseBurn, 1.01, 0.9);
    InMemorySink<HalvingBurnModel.State> states = new InMemorySink<>();
    Simulation.builder(HalvingBurnModel.model())
        .params(p)
        .runs(3)
        .steps(200)
        .seed(seed)
        .sink(states)
        .build()
        .run();
    for (int r = 0; r < 3; r++) {
      for (HalvingBurnModel.State s : states.states(0, r)) {
        assertThat(s.supply()).isNotNegative();
        assertThat(s.supply()).isEqualTo(p.initialSupply() + s.minted() - s.burned());
      }
    }
  }

  @Test
  void emission_sumOver3650Steps_isExact() {
    HalvingBurnModel.Params p = HalvingBurnModel.Params.radcadComparison();
    long sum = 0;
    for (int t = 0; t < STEPS; t++) {
      sum += HalvingBurnModel.emission(p, t);
    }
    assertThat(sum).isEqualTo(1_414_375_000L);
    assertThat(HalvingBurnModel.emission(p, 730 * 70)).isZero();
  }
}
