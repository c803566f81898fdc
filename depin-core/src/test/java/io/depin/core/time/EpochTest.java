package io.depin.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EpochTest {
  @Test
  void nextAndPrevious_stepByOne() {
    assertThat(Epoch.of(41).next()).isEqualTo(Epoch.of(42));
    assertThat(Epoch.of(42).previous()).isEqualTo(Epoch.of(41));
    assertThat(Epoch.FIRST.next().previous()).isEqualTo(Epoch.FIRST);
  }

  @Test
  void of_negative_throwsIllegalArgument() {
    assertThatThrownBy(() -> Epoch.of(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void previous_ofFirst_throwsIllegalState() {
    assertThatThrownBy(Epoch.FIRST::previous).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void next_ofLast_throwsArithmetic() {
    assertThatThrownBy(() -> Epoch.of(Long.MAX_VALUE).next()).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void compareTo_ordersByIndex() {
    assertThat(Epoch.of(1)).isLessThan(Epoch.of(2));
    assertThat(Epoch.of(Long.MAX_VALUE)).isGreaterThan(Epoch.FIRST);
    assertThat(Epoch.of(3).compareTo(Epoch.of(3))).isZero();
  }
}
