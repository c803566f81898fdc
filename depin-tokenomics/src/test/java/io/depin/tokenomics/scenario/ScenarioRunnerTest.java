package io.depin.tokenomics.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioRunnerTest {
  @TempDir Path dir;

  @Test
  void run_heliumExample_writesReport() throws Exception {
    Scenario s = Scenarios.fromYaml(Path.of("..", "examples", "scenarios", "helium-like.yaml"));
    long start = System.nanoTime();
    ScenarioResult r = ScenarioRunner.builder().build().run(s, dir);
    System.out.println("took " + (System.nanoTime() - start) / 1e6 + " ms " + r);
    assertThat(r.failures()).isEmpty();
  }
}
