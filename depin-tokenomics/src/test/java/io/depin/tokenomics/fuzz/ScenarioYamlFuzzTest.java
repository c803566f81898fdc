package io.depin.tokenomics.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.depin.tokenomics.config.ConfigException;
import io.depin.tokenomics.scenario.Scenario;
import io.depin.tokenomics.scenario.ScenarioSweep;
import io.depin.tokenomics.scenario.Scenarios;
import io.depin.tokenomics.scenario.SweepPoint;
import java.nio.charset.StandardCharsets;

/**
 * {@link Scenarios#fromYaml(String, String)} on any text: either it returns a scenario whose sweep
 * points are complete scenarios of the same shape (same token, steps, runs and seed, no sweep of
 * their own), or it throws {@link ConfigException}; never another exception.
 */
class ScenarioYamlFuzzTest {
  @FuzzTest
  void fromYaml_anyText_returnsScenarioOrThrowsConfigException(byte[] bytes) {
    Scenario scenario;
    try {
      scenario = Scenarios.fromYaml("fuzz.yaml", new String(bytes, StandardCharsets.UTF_8));
    } catch (ConfigException expected) {
      return;
    }
    assertThat(scenario.steps()).isBetween(1, Scenario.MAX_STEPS);
    assertThat(scenario.initialSupply().isNegative()).isFalse();
    ScenarioSweep sweep = scenario.sweep();
    if (sweep != null) {
      assertThat(sweep.points()).isNotEmpty();
      for (SweepPoint p : sweep.points()) {
        assertThat(p.scenario().sweep()).isNull();
        assertThat(p.scenario().token()).isEqualTo(scenario.token());
        assertThat(p.scenario().steps()).isEqualTo(scenario.steps());
        assertThat(p.scenario().seed()).isEqualTo(scenario.seed());
        assertThat(p.values().keySet()).containsExactlyElementsOf(sweep.parameters());
      }
    }
  }
}
