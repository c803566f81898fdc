package io.depin.tokenomics.simulation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class QuantilesTest {
  @Test
  void compute_matchesNumpyLinearInterpolation() {
    // numpy.percentile([3, 1, 4, 1, 5, 9, 2, 6], [0, 5, 50, 95, 100]) == [1, 1, 3.5, 7.95, 9]
    double[] a = {3, 1, 4, 1, 5, 9, 2, 6};
    double[] out = new double[5];
    Quantiles.compute(a, a.length, new double[] {0, 0.05, 0.5, 0.95, 1}, out);
    assertThat(out[0]).isEqualTo(1);
    assertThat(out[1]).isEqualTo(1);
    assertThat(out[2]).isEqualTo(3.5);
    assertThat(out[3]).isCloseTo(7.95, within(1e-12));
    assertThat(out[4]).isEqualTo(9);
  }

  @Test
  void compute_oneValue_isThatValue() {
    double[] out = new double[3];
    Quantiles.compute(new double[] {42, 99}, 1, new double[] {0.05, 0.5, 0.95}, out);
    assertThat(out).containsExactly(42, 42, 42);
  }
}
