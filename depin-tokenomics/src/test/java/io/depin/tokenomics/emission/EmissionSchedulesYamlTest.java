package io.depin.tokenomics.emission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.depin.core.time.Epoch;
import io.depin.tokenomics.config.ConfigException;
import io.depin.tokenomics.emission.filecoin.FilecoinRewardMath;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmissionSchedulesYamlTest {
  private static EmissionSchedule load(String yaml) throws ConfigException {
    return EmissionSchedules.fromYaml("test.yaml", yaml);
  }

  private static BigInteger at(EmissionSchedule s, long e) {
    return s.amountAt(Epoch.of(e));
  }

  private static ConfigException error(String yaml) {
    return (ConfigException) org.assertj.core.api.Assertions.catchThrowable(() -> load(yaml));
  }

  @Test
  void fromYaml_everyType_buildsTheSchedule() throws ConfigException {
    assertThat(at(load("emission: {constant: {amount: 1_000}}"), 5)).isEqualTo(BigInteger.valueOf(1_000));
    assertThat(at(load("emission:\n  halving: {initial: 64, interval: 10}\n"), 25)).isEqualTo(BigInteger.valueOf(16));
    assertThat(load("emission: {exponential_decay: {total: 1000000, half_life: 10}}")
        .cumulativeThrough(Epoch.of(9))).isEqualTo(BigInteger.valueOf(500_000));
    assertThat(at(load("emission: {linear: {initial: 10, change: -3}}"), 2)).isEqualTo(BigInteger.valueOf(4));
    assertThat(at(load("emission: {inflation: {initial_supply: 1000000, annual_rate: 0.05, epochs_per_year: 10}}"), 0))
        .isEqualTo(BigInteger.valueOf(5_000));
    EmissionSchedule piecewise = load("""
        emission:
          piecewise:
            - start: 0
              schedule: {constant: {amount: 1}}
            - start: 100
              clock: absolute
              schedule: {halving: {initial: 1024, interval: 100}}
        """);
    assertThat(at(piecewise, 99)).isEqualTo(BigInteger.ONE);
    assertThat(at(piecewise, 100)).isEqualTo(BigInteger.valueOf(512));
    assertThat(at(load("emission: {sum: [{constant: {amount: 1}}, {constant: {amount: 2}}]}"), 0))
        .isEqualTo(BigInteger.valueOf(3));
    assertThat(load("emission: {capped: {cap: 15, schedule: {constant: {amount: 10}}}}")
        .cumulativeThrough(Epoch.of(100))).isEqualTo(BigInteger.valueOf(15));
    EmissionSchedule dataDriven = load("""
        emission:
          data_driven:
            genesis: 2023-01-01
            epoch_length: P1D
            entries:
              - {start: 2023-01-01, amount: 100}
              - {start: 2024-01-01T00:00:00Z, amount: 50}
              - {start: 2025-01-01, amount: 25}
        """);
    assertThat(dataDriven.cumulativeThrough(Epoch.of(729))).isEqualTo(BigInteger.valueOf(364 * 100 + 366 * 50));
    assertThat(at(load("emission: {filecoin: {}}"), 0))
        .isEqualTo(FilecoinRewardMath.computeReward(0, BigInteger.ZERO, BigInteger.ZERO,
            FilecoinRewardMath.SIMPLE_TOTAL, FilecoinRewardMath.BASELINE_TOTAL));
    assertThat(at(load("emission: {filecoin: {realized_power: [{from: 0, bytes: 0}, {from: 1, bytes: 1_152_921_504_606_846_976}]}}"), 1))
        .isGreaterThan(at(load("emission: {filecoin: {}}"), 1));
  }

  @Test
  void fromYaml_negativeInterval_namesKeyLineAndColumn() {
    ConfigException e = error("""
        description: demo
        emission:
          halving:
            interval: -3
            initial: 5
        """);
    assertThat(e.key()).isEqualTo("emission.halving.interval");
    assertThat(e.line()).isEqualTo(4);
    assertThat(e.getMessage()).isEqualTo(
        "test.yaml:4:15: emission.halving.interval: expected an integer from 1 to 9223372036854775807, found -3");
  }

  @Test
  void fromYaml_faults_nameTheKey() {
    assertThat(error("emission: {constant: {amount: -1}}").key()).isEqualTo("emission.constant.amount");
    assertThat(error("emission: {constant: {amount: 1}, halving: {initial: 1, interval: 1}}").key()).isEqualTo("emission");
    assertThat(error("emission: {spiral: {}}").key()).isEqualTo("emission.spiral");
    assertThat(error("emission: {constant: {amount: 1, extra: 2}}").key()).isEqualTo("emission.constant.extra");
    assertThat(error("emisson: {constant: {amount: 1}}").key()).isEqualTo("emisson");
    assertThat(error("emission: {piecewise: []}").key()).isEqualTo("emission.piecewise");
    assertThat(error("emission: {piecewise: [{start: 5, schedule: {constant: {amount: 1}}}, {start: 5, schedule: {constant: {amount: 1}}}]}").key())
        .isEqualTo("emission.piecewise[1].start");
    assertThat(error("emission: {piecewise: [{start: 0, clock: sideways, schedule: {constant: {amount: 1}}}]}").key())
        .isEqualTo("emission.piecewise[0].clock");
    assertThat(error("emission: {inflation: {initial_supply: 1, annual_rate: 101, epochs_per_year: 1}}").key())
        .isEqualTo("emission.inflation.annual_rate");
    assertThat(error("emission: {data_driven: {genesis: 2023-02-30, epoch_length: P1D, entries: [{start: 2023-01-01, amount: 1}]}}").key())
        .isEqualTo("emission.data_driven.genesis");
    assertThat(error("emission: {data_driven: {genesis: 2023-01-01, epoch_length: PT0S, entries: [{start: 2023-01-01, amount: 1}]}}").key())
        .isEqualTo("emission.data_driven.epoch_length");
    assertThat(error("emission: {data_driven: {genesis: 2023-01-01, epoch_length: PT1H, entries: [{start: 2024-01-01, amount: 1}, {start: 2023-06-01, amount: 1}]}}").key())
        .isEqualTo("emission.data_driven.entries[1].start");
    assertThat(error("emission: {constant: {amount: 1" + "0".repeat(61) + "}}").problem()).contains("10^60");
    assertThat(error("emission: {filecoin: {realized_power: [{from: 3, bytes: 1}, {from: 2, bytes: 1}]}}").key())
        .isEqualTo("emission.filecoin.realized_power[1].from");
    assertThat(error("").problem()).contains("empty");
  }

  @Test
  void fromYaml_exampleFile_loadsHeliumLikeHalving() throws ConfigException {
    Path example = Path.of("..", "examples", "schedules", "helium-like-halving.yaml");
    EmissionSchedule s = EmissionSchedules.fromYaml(example);
    BigInteger first = at(s, 0);
    assertThat(first).isEqualTo(new BigInteger("5707762557077"));
    assertThat(at(s, 17_520)).isEqualTo(first.shiftRight(1));
    assertThat(s.cumulativeThrough(Epoch.of(Long.MAX_VALUE))).isLessThanOrEqualTo(BigInteger.TEN.pow(18));
  }

  @Test
  void fromYaml_missingFile_throwsConfigException(@TempDir Path dir) throws Exception {
    assertThatThrownBy(() -> EmissionSchedules.fromYaml(dir.resolve("none.yaml")))
        .isInstanceOf(ConfigException.class).hasMessageContaining("cannot read");
    Path bad = dir.resolve("bad.yaml");
    Files.write(bad, new byte[] {(byte) 0xff, (byte) 0xfe, 'a'});
    assertThatThrownBy(() -> EmissionSchedules.fromYaml(bad)).isInstanceOf(ConfigException.class);
  }
}
