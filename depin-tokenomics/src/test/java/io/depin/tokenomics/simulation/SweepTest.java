package io.depin.tokenomics.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.HashSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.UniqueElements;
import org.junit.jupiter.api.Test;

class SweepTest {
  private static final Walk.Params BASE = new Walk.Params(0, 1);

  @Test
  void zip_pairsValuesByIndex_andBroadcastsSingleValues() {
    Sweep<Walk.Params> s =
        Sweep.zip(
            BASE,
            Axis.of("drift", List.of(1.0, 2.0, 3.0), Walk.Params::withDrift),
            Axis.of("sigma", List.of(9.0), Walk.Params::withSigma));
    assertThat(s.points())
        .containsExactly(new Walk.Params(1, 9), new Walk.Params(2, 9), new Walk.Params(3, 9));
    assertThat(s.label(1)).containsExactly(Map.entry("drift", 2.0), Map.entry("sigma", 9.0));
  }

  @Test
  void zip_differentLengths_throws() {
    assertThatThrownBy(
            () ->
                Sweep.zip(
                    BASE,
                    Axis.of("drift", List.of(1.0, 2.0), Walk.Params::withDrift),
                    Axis.of("sigma", List.of(1.0, 2.0, 3.0), Walk.Params::withSigma)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sigma");
  }

  @Test
  void cartesian_everyCombination_firstAxisSlowest() {
    Sweep<Walk.Params> s =
        Sweep.cartesian(
            BASE,
            Axis.of("drift", List.of(1.0, 2.0), Walk.Params::withDrift),
            Axis.of("sigma", List.of(5.0, 6.0, 7.0), Walk.Params::withSigma));
    assertThat(s.size()).isEqualTo(6);
    assertThat(s.points())
        .containsExactly(
            new Walk.Params(1, 5),
            new Walk.Params(1, 6),
            new Walk.Params(1, 7),
            new Walk.Params(2, 5),
            new Walk.Params(2, 6),
            new Walk.Params(2, 7));
    assertThat(s.label(4)).containsExactly(Map.entry("drift", 2.0), Map.entry("sigma", 6.0));
  }

  @Property(tries = 50)
  void cartesian_containsEachCombinationOnce(
      @ForAll @Size(min = 1, max = 5) @UniqueElements List<@IntRange(max = 100) Integer> a,
      @ForAll @Size(min = 1, max = 5) @UniqueElements List<@IntRange(max = 100) Integer> b) {
    Sweep<Walk.Params> s =
        Sweep.cartesian(
            BASE,
            Axis.of("drift", a, (p, v) -> p.withDrift(v)),
            Axis.of("sigma", b, (p, v) -> p.withSigma(v)));
    assertThat(s.size()).isEqualTo(a.size() * b.size());
    assertThat(new HashSet<>(s.points())).hasSize(a.size() * b.size());
    for (Walk.Params p : s.points()) {
      assertThat(a).contains((int) p.drift());
      assertThat(b).contains((int) p.sigma());
    }
  }

  @Test
  void single_andNoAxes_giveOnePoint() {
    assertThat(Sweep.single(BASE).points()).containsExactly(BASE);
    assertThat(Sweep.cartesian(BASE).points()).containsExactly(BASE);
    assertThat(Sweep.zip(BASE).points()).containsExactly(BASE);
    assertThatThrownBy(() -> Axis.of("a", List.of(), Walk.Params::withDrift))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
