package io.depin.tokenomics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.depin.tokenomics.simulation.AggregateSink;
import io.depin.tokenomics.simulation.Axis;
import io.depin.tokenomics.simulation.LongSignal;
import io.depin.tokenomics.simulation.Model;
import io.depin.tokenomics.simulation.Simulation;
import io.depin.tokenomics.simulation.SimulationResult;
import io.depin.tokenomics.simulation.Sweep;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The simulation quickstart of the root README, compiled and checked. */
class ReadmeSimulationQuickstartTest {
  // BEGIN README TYPES
  record Params(long emission, double meanBurn) {
    Params withMeanBurn(double burn) { return new Params(emission, burn); }
  }
  record State(long supply, long minted, long burned) {}
  // END README TYPES

  @Test
  void quickstart_runsACartesianSweepOnAllCores() {
    // BEGIN README
    Model.Builder<Params, State> b = Model.builder();
    LongSignal minted = b.longSignal("minted");
    LongSignal burned = b.longSignal("burned");
    Model<Params, State> model = b.initialState(p -> new State(1_000_000, 0, 0))
        .substep("mint and burn", s -> s
            .policy(minted, (p, t, st, rng) -> p.emission())
            .policy(burned, (p, t, st, rng) -> Math.min(st.supply(),
                Math.max(0, Math.round(p.meanBurn() * (1 + 0.3 * rng.nextGaussian())))))
            .update((p, t, st, sig) -> new State(st.supply() + sig.get(minted) - sig.get(burned),
                st.minted() + sig.get(minted), st.burned() + sig.get(burned))))
        .column("supply", State::supply)
        .build();

    AggregateSink stats = AggregateSink.create();                  // mean, p5, p50, p95 per step
    SimulationResult result = Simulation.builder(model)
        .sweep(Sweep.cartesian(new Params(1_000, 800.0),
            Axis.of("meanBurn", List.of(500.0, 1_000.0, 1_500.0), Params::withMeanBurn)))
        .runs(200).steps(365).seed(42).sink(stats)                 // a seed per run: same results on any core count
        .build().run();
    double median = stats.series(2, "supply").p50(365);            // third sweep point, after the last step
    // END README

    assertThat(result.succeeded()).isTrue();
    assertThat(stats.series(0, "supply").mean(365)).isCloseTo(1_000_000 + 365 * 500.0, within(2_000.0));
    assertThat(median).isCloseTo(1_000_000 - 365 * 500.0, within(2_000.0));
    assertThat(stats.series(0, "supply").p5(365)).isLessThan(stats.series(0, "supply").p95(365));
  }
}
