package io.depin.tokenomics.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.depin.core.time.Epoch;
import io.depin.core.token.TokenAmount;
import io.depin.tokenomics.burnmint.BurnMintException;
import io.depin.tokenomics.burnmint.CreditConverter;
import io.depin.tokenomics.burnmint.Credits;
import io.depin.tokenomics.burnmint.OraclePrice;
import io.depin.tokenomics.simulation.InMemorySink;
import io.depin.tokenomics.simulation.Simulation;
import io.depin.tokenomics.simulation.SimulationResult;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class NetworkModelTest {
  private static Scenario scenario(String line, String replacement) throws Exception {
    return Scenarios.fromYaml("s.yaml", TestScenarios.replacing(line, replacement));
  }

  @Provide
  Arbitrary<String> remint() {
    return Arbitraries.of(
        "  remint: {basis: burned, ratio: 0.5, capPerEpoch: \"100\"}",
        "  remint: {basis: burned, ratio: 1.5, capPerEpoch: \"0.00000001\"}",
        "  remint: {basis: emission, ratio: 0.25, capPerEpoch: \"1000000\"}",
        "  remint: {basis: burned, ratio: 0, capPerEpoch: \"0\"}");
  }

  @Property(tries = 200)
  void step_anyPricesAndShocks_supplyIsInitialPlusMintedMinusBurned(
      @ForAll("remint") String remint,
      @ForAll @IntRange(min = 0, max = 12) int demandExponent,
      @ForAll @Size(min = 1, max = 40) List<@DoubleRange(min = 0.01, max = 1000) Double> prices,
      @ForAll @DoubleRange(min = 0, max = 5) double shock) throws Exception {
    Scenario s = scenario("  remint: {basis: burned, ratio: 0.5, capPerEpoch: \"100\"}", remint)
        .withSteps(prices.size());
    s = new Scenario(s.name(), s.description(), s.token(), s.epochLength(), s.steps(), s.runs(),
        s.seed(), s.initialSupply(), s.emission(), s.burnAndMint(),
        new Demand(Math.pow(10, demandExponent), s.demand().growth(), 0), s.price(),
        s.operators(), s.rewards(), null, null);
    NetworkModel network = NetworkModel.of(s);
    NetworkState st = network.initialState();
    BigInteger initial = st.supply();
    for (int t = 0; t < prices.size(); t++) {
      BigInteger before = st.supply();
      st = network.step(t, st, prices.get(t), shock);
      assertThat(st.supply()).isEqualTo(initial.add(st.minted()).subtract(st.burned()));
      assertThat(st.supply()).isNotNegative();
      assertThat(st.burnedInEpoch()).isLessThanOrEqualTo(before.add(st.emission()));
      assertThat(st.remint()).isLessThanOrEqualTo(
          s.burnAndMint().remint().capPerEpoch().baseUnits());
      assertThat(st.operatorRewards()).isLessThanOrEqualTo(st.emission().add(st.remint()));
      assertThat(st.operators()).isNotNegative();
    }
  }

  @Test
  void step_burnsWhatTheConverterCharges_andRemintsHalfCapped() throws Exception {
    Scenario s = Scenarios.fromYaml("s.yaml", TestScenarios.BASE);
    NetworkModel network = NetworkModel.of(s);
    NetworkState start = network.initialState();
    NetworkState next = network.step(0, start, 2.5, 1.0);
    // 10,000,000 credits at $0.00001 = $100, at 2.0 - 2 * 0.02 = 1.96 per token, rounded up
    TokenAmount expected = CreditConverter.of(s.token(), s.burnAndMint().creditPrice(),
            s.burnAndMint().haircut())
        .tokensFor(Credits.of(10_000_000), OraclePrice.of(new BigDecimal("2.0"), new BigDecimal("0.02")));
    assertThat(next.burnedInEpoch()).isEqualTo(expected.baseUnits());
    assertThat(next.burnedInEpoch()).isEqualTo(BigInteger.valueOf(5_102_040_817L));
    assertThat(next.remint()).isEqualTo(BigInteger.valueOf(2_551_020_408L)); // floor(half), under 100 TOK
    assertThat(next.emission()).isEqualTo(BigInteger.valueOf(100_000_000_000L));
    assertThat(next.operatorRewards())
        .isEqualTo(next.emission().add(next.remint()).shiftRight(1)); // reward share 0.5, floor
    assertThat(next.price()).isEqualTo(2.5);
    assertThat(next.creditsBought()).isEqualTo(10_000_000L);
    assertThat(next.demand()).isEqualTo(1e7 * 1.01);
  }

  @Test
  void step_haircutAboveThePrice_failsWithReasonCode() throws Exception {
    Scenario s = scenario("  confidence: 0.01", "  confidence: 0.6");
    NetworkModel network = NetworkModel.of(s);
    assertThatThrownBy(() -> network.step(0, network.initialState(), 2.0, 1.0))
        .isInstanceOf(BurnMintException.class)
        .hasMessageStartingWith("price_not_positive");
  }

  @Test
  void step_infinitePrice_failsWithAMessage() throws Exception {
    NetworkModel network = NetworkModel.of(Scenarios.fromYaml("s.yaml", TestScenarios.BASE));
    assertThatThrownBy(() -> network.step(3, network.initialState(), Double.POSITIVE_INFINITY, 1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("epoch 3");
  }

  @Test
  void model_emissionColumnSumsToTheScheduleExactly() throws Exception {
    Scenario s = Scenarios.fromYaml("s.yaml", TestScenarios.BASE);
    NetworkModel network = NetworkModel.of(s);
    BigInteger sum = BigInteger.ZERO;
    for (int t = 0; t < s.steps(); t++) {
      sum = sum.add(network.emissionAt(t));
    }
    assertThat(sum).isEqualTo(s.emission().cumulativeThrough(Epoch.of(s.steps() - 1)));
    InMemorySink<NetworkState> states = new InMemorySink<>();
    SimulationResult r = Simulation.builder(NetworkModel.model()).params(network).runs(3)
        .steps(s.steps()).seed(s.seed()).sink(states).build().run();
    assertThat(r.succeeded()).isTrue();
    for (int run = 0; run < 3; run++) {
      List<NetworkState> path = states.states(0, run);
      assertThat(path).hasSize(s.steps() + 1);
      BigInteger emitted = BigInteger.ZERO;
      for (NetworkState st : path) {
        emitted = emitted.add(st.emission());
      }
      assertThat(emitted).isEqualTo(sum);
      NetworkState last = path.get(s.steps());
      assertThat(last.supply())
          .isEqualTo(s.initialSupply().baseUnits().add(last.minted()).subtract(last.burned()));
    }
    assertThat(NetworkModel.model().columns().stream().map(c -> c.name()).toList())
        .isEqualTo(NetworkModel.COLUMNS);
  }
}
