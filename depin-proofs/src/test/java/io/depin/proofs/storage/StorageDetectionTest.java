package io.depin.proofs.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class StorageDetectionTest {
  @Test
  void probability_examples_matchFormula() {
    assertThat(StorageDetection.probability(0.10, 16)).isCloseTo(1 - Math.pow(0.9, 16), within(1e-15));
    assertThat(StorageDetection.probability(0.5, 1)).isEqualTo(0.5);
    assertThat(StorageDetection.probability(0.0, 100)).isZero();
    assertThat(StorageDetection.probability(1.0, 1)).isEqualTo(1.0);
    assertThat(StorageDetection.probability(0.3, 0)).isZero();
    assertThat(StorageDetection.probability(1e-9, 1)).isCloseTo(1e-9, within(1e-20));
  }

  @Test
  void challengesFor_examples_areSmallestSufficient() {
    assertThat(StorageDetection.challengesFor(0.01, 0.99)).isEqualTo(459);
    assertThat(StorageDetection.challengesFor(0.5, 0.75)).isEqualTo(2);
    assertThat(StorageDetection.challengesFor(0.5, 0.7501)).isEqualTo(3);
    assertThat(StorageDetection.challengesFor(0.2, 0)).isZero();
    assertThat(StorageDetection.challengesFor(1.0, 0.9)).isEqualTo(1);
    for (double f : new double[] {0.01, 0.05, 0.1, 0.25, 0.5}) {
      for (double target : new double[] {0.5, 0.9, 0.99, 0.999}) {
        int k = StorageDetection.challengesFor(f, target);
        assertThat(StorageDetection.probability(f, k)).isGreaterThanOrEqualTo(target);
        assertThat(StorageDetection.probability(f, k - 1)).isLessThan(target);
      }
    }
  }

  @Test
  void badArguments_throw() {
    assertThatThrownBy(() -> StorageDetection.probability(-0.1, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StorageDetection.probability(Double.NaN, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StorageDetection.probability(0.1, -1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StorageDetection.challengesFor(0, 0.5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StorageDetection.challengesFor(0.5, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StorageDetection.challengesFor(1e-300, 0.99))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
