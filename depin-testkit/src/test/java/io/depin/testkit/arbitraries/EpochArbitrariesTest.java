package io.depin.testkit.arbitraries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.depin.core.time.Epoch;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class EpochArbitrariesTest {

  @Property(tries = 200)
  void forAllEpoch_any_nonNegativeAndOrderedAgainstFirst(@ForAll Epoch epoch) {
    assertThat(epoch.index()).isNotNegative();
    assertThat(epoch).isGreaterThanOrEqualTo(Epoch.FIRST);
  }

  @Property(tries = 100)
  void forAllEpoch_longRange_withinRange(@ForAll @LongRange(min = 10, max = 20) Epoch epoch) {
    assertThat(epoch.index()).isBetween(10L, 20L);
    assertThat(epoch.next().previous()).isEqualTo(epoch);
  }

  @Test
  void epochs_edgeCases_includeFirstAndLast() {
    assertThat(EdgeCases.of(DepinArbitraries.epochs()))
        .contains(Epoch.FIRST, Epoch.of(1), Epoch.of(Long.MAX_VALUE));
  }

  @Test
  void epochs_negativeOrReversedBounds_throw() {
    assertThatThrownBy(() -> DepinArbitraries.epochs(-1, 4)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DepinArbitraries.epochs(5, 4)).isInstanceOf(IllegalArgumentException.class);
  }
}
