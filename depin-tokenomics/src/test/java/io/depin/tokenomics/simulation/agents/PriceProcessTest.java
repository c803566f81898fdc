package io.depin.tokenomics.simulation.agents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.depin.tokenomics.simulation.AggregateSink;
import io.depin.tokenomics.simulation.Model;
import io.depin.tokenomics.simulation.Signal;
import io.depin.tokenomics.simulation.Simulation;
import io.depin.tokenomics.simulation.SimulationResult;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PriceProcessTest {
  record Market(double price) {}

  private static Model<PriceProcess, Market> model() {
    Model.Builder<PriceProcess, Market> b = Model.builder();
    Signal next = b.signal("price");
    return b.initialState(new Market(2.0))
        .substep(
            "price",
            s ->
                s.policy(next, (p, t, st, rng) -> p.next(t, st.price(), rng))
                    .update((p, t, st, sig) -> new Market(sig.get(next))))
        .column("price", Market::price)
        .build();
  }

  @Test
  void gbm_meanPriceGrowsByExpDrift_andLogReturnsHaveTheVolatility() {
    AggregateSink agg = AggregateSink.create();
    Simulation.builder(model())
        .params(PriceProcess.gbm(0.001, 0.05))
        .runs(4000)
        .steps(100)
        .seed(11)
        .sink(agg)
        .build()
        .run();
    // E[p_100] = 2 exp(0.1) = 2.2103; standard error about 2.21 * 0.5 / sqrt(4000) = 0.018
    assertThat(agg.series(0, "price").mean(100)).isCloseTo(2 * Math.exp(0.1), within(0.06));
    // median = 2 exp(100 (0.001 - 0.00125)) = 1.9506
    assertThat(agg.series(0, "price").p50(100)).isCloseTo(2 * Math.exp(-0.025), within(0.06));
  }

  @Test
  void gbm_withoutVolatility_isDeterministic_andSeededRunsRepeat() {
    PriceProcess flat = PriceProcess.gbm(0.01, 0);
    assertThat(flat.next(0, 100, new SplittableRandom(1)))
        .isCloseTo(100 * Math.exp(0.01), within(1e-9));
    PriceProcess noisy = PriceProcess.gbm(0, 0.1);
    assertThat(noisy.next(0, 1, new SplittableRandom(5)))
        .isEqualTo(noisy.next(0, 1, new SplittableRandom(5)));
  }

  @Test
  void series_givesTheNextPrice_andARunPastItsEndFailsAtThatStep() {
    AggregateSink agg = AggregateSink.create();
    SimulationResult r =
        Simulation.builder(model())
            .params(PriceProcess.series(2.0, 2.5, 3.0))
            .runs(2)
            .steps(3)
            .seed(1)
            .sink(agg)
            .build()
            .run();
    assertThat(r.failures()).hasSize(2).allSatisfy(f -> assertThat(f.step()).isEqualTo(2));
    SimulationResult ok =
        Simulation.builder(model())
            .params(PriceProcess.series(2.0, 2.5, 3.0))
            .steps(2)
            .seed(1)
            .sink(agg)
            .build()
            .run();
    assertThat(ok.succeeded()).isTrue();
    assertThat(agg.series(0, "price").mean(2)).isEqualTo(3.0);
    assertThatThrownBy(() -> PriceProcess.series()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PriceProcess.series(1, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
