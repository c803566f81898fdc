package io.depin.tokenomics.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class RunSeedsTest {
  @Property(tries = 50)
  void seed_neighbouringRunsAndPoints_allDistinct(@ForAll long master) {
    Set<Long> seeds = new HashSet<>();
    for (int p = 0; p < 20; p++) {
      for (int r = 0; r < 50; r++) {
        seeds.add(RunSeeds.seed(master, p, r));
      }
    }
    assertThat(seeds).hasSize(1000);
  }

  @Test
  void seed_isAFunctionOfItsArguments_andMixesTheMasterSeed() {
    assertThat(RunSeeds.seed(42, 3, 4)).isEqualTo(RunSeeds.seed(42, 3, 4));
    assertThat(RunSeeds.seed(42, 0, 0)).isNotEqualTo(RunSeeds.seed(43, 0, 0));
    // swapping sweep and run index gives another seed
    assertThat(RunSeeds.seed(42, 1, 2)).isNotEqualTo(RunSeeds.seed(42, 2, 1));
  }
}
