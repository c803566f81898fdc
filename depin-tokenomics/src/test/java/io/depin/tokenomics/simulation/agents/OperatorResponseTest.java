package io.depin.tokenomics.simulation.agents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.depin.tokenomics.simulation.InMemorySink;
import io.depin.tokenomics.simulation.Model;
import io.depin.tokenomics.simulation.Signal;
import io.depin.tokenomics.simulation.Simulation;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class OperatorResponseTest {
  private static final OperatorResponse RESPONSE = new OperatorResponse(0.2, 10.0, 0.1, 0.1);

  @Test
  void change_profitableJoins_unprofitableLeaves_breakEvenStays() {
    // 100 operators sharing 2000 per step: 20 each, cost 10, roi 100 %: 0.2 * 1 * 100 = 20, capped
    // at 10
    assertThat(RESPONSE.roi(100, 2000)).isEqualTo(1.0);
    assertThat(RESPONSE.change(100, 2000)).isEqualTo(10.0);
    // 100 sharing 1100: roi 10 %: 0.2 * 0.1 * 100 = 2
    assertThat(RESPONSE.change(100, 1100)).isCloseTo(2.0, within(1e-12));
    assertThat(RESPONSE.change(100, 1000)).isZero();
    // 100 sharing 500: roi -50 %: -10, at the leave cap
    assertThat(RESPONSE.change(100, 500)).isEqualTo(-10.0);
    // no operators: the first one would earn everything
    assertThat(RESPONSE.change(0, 100)).isEqualTo(0.1);
    assertThat(RESPONSE.change(0, 0)).isZero();
  }

  @Property
  void change_neverRemovesMoreOperatorsThanThereAre(
      @ForAll @DoubleRange(min = 0, max = 1e9) double operators,
      @ForAll @DoubleRange(min = 0, max = 1e12) double rewards) {
    OperatorResponse all = new OperatorResponse(5, 1, 1, 1);
    assertThat(operators + all.change(operators, rewards)).isGreaterThanOrEqualTo(0);
  }

  record Net(double operators) {}

  @Test
  void policy_inAModel_settlesWhereRewardsPerOperatorMeetCost() {
    Model.Builder<Double, Net> b = Model.builder();
    Signal joined = b.signal("joined");
    Model<Double, Net> model =
        b.initialState(new Net(10))
            .substep(
                "operators",
                s ->
                    s.policy(joined, RESPONSE.policy(Net::operators, st -> 5000.0))
                        .update((p, t, st, sig) -> new Net(st.operators() + sig.get(joined))))
            .build();
    InMemorySink<Net> states = new InMemorySink<>();
    Simulation.builder(model).params(0.0).steps(400).seed(1).sink(states).build().run();
    // 5000 / n = 10 at n = 500
    assertThat(states.states(0, 0).get(400).operators()).isCloseTo(500, within(0.5));
    assertThat(states.states(0, 0).get(1).operators()).isCloseTo(11, within(1e-9));
  }

  @Test
  void constructor_rejectsNonsense() {
    assertThatThrownBy(() -> new OperatorResponse(0.1, 0, 0.1, 0.1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new OperatorResponse(0.1, 1, 0.1, 1.5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RESPONSE.change(-1, 10)).isInstanceOf(IllegalArgumentException.class);
  }
}
