package io.depin.tokenomics.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.depin.core.time.Epoch;
import io.depin.tokenomics.config.ConfigException;
import io.depin.tokenomics.emission.EmissionSchedule;
import io.depin.tokenomics.emission.EmissionSchedules;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/**
 * {@link EmissionSchedules#fromYaml(String, String)} on any text: either it returns a schedule,
 * whose first epochs keep the cumulative identity with amounts of 0 or more, or it throws {@link
 * ConfigException}.
 */
class EmissionYamlFuzzTest {
  @FuzzTest
  void fromYaml_anyText_returnsScheduleOrThrowsConfigException(byte[] bytes) {
    EmissionSchedule schedule;
    try {
      schedule = EmissionSchedules.fromYaml("fuzz.yaml", new String(bytes, StandardCharsets.UTF_8));
    } catch (ConfigException expected) {
      return;
    }
    BigInteger sum = BigInteger.ZERO;
    for (long e = 0; e < 4; e++) {
      BigInteger amount = schedule.amountAt(Epoch.of(e));
      assertThat(amount).isNotNegative();
      sum = sum.add(amount);
      assertThat(schedule.cumulativeThrough(Epoch.of(e))).isEqualTo(sum);
    }
    assertThat(schedule.amountBetween(Epoch.of(4), Epoch.of(300)))
        .isEqualTo(schedule.cumulativeThrough(Epoch.of(300)).subtract(sum));
  }
}
