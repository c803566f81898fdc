package io.depin.tokenomics.simulation.agents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.depin.tokenomics.simulation.Policy;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class DemandGrowthTest {
  @Test
  void exponential_compounds() {
    DemandGrowth g = DemandGrowth.exponential(0.01);
    double d = 1000;
    for (int t = 0; t < 100; t++) {
      d = g.next(d);
    }
    assertThat(d).isCloseTo(1000 * Math.pow(1.01, 100), within(1e-6));
  }

  @Property
  void logistic_staysBelowCapacity_andRises(
      @ForAll @DoubleRange(min = 0.01, max = 1) double rate,
      @ForAll @DoubleRange(min = 1, max = 1e6) double start) {
    double capacity = 2e6;
    DemandGrowth g = DemandGrowth.logistic(rate, capacity);
    double d = start;
    for (int t = 0; t < 200; t++) {
      double n = g.next(d);
      assertThat(n).isGreaterThanOrEqualTo(d).isLessThanOrEqualTo(capacity);
      d = n;
    }
  }

  @Test
  void policy_signalIsTheChange() {
    Policy<Object, Double> p = DemandGrowth.logistic(0.5, 100).policy(Double::doubleValue);
    // 50 + 0.5 * 50 * (1 - 0.5) = 62.5
    assertThat(p.apply(new Object(), 0, 50.0, new java.util.SplittableRandom(1))).isEqualTo(12.5);
    assertThatThrownBy(() -> DemandGrowth.logistic(1.5, 10))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DemandGrowth.exponential(-1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
