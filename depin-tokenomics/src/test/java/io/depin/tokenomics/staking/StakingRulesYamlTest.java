package io.depin.tokenomics.staking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.depin.core.rules.RuleBook;
import io.depin.tokenomics.config.ConfigException;
import java.math.RoundingMode;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class StakingRulesYamlTest {
  private static final String V1 =
      """
      - effective: 2026-01-01T00:00:00Z
        bondingDelay: 1
        unbondingDelay: 7
        slashRounding: floor
      """;
  private static final String V2_AT_JUNE =
      """
      - effective: 2026-06-01T00:00:00Z
        bondingDelay: 2
        unbondingDelay: 14
        slashRounding: half-even
      """;

  @Test
  void bookFromYaml_increasingVersions_eachInForceFromItsInstant() throws ConfigException {
    RuleBook<StakingRules> book = StakingRules.bookFromYaml("s.yaml", V1 + V2_AT_JUNE);

    assertThat(book.inForceAt(Instant.parse("2026-03-01T00:00:00Z")).orElseThrow())
        .isEqualTo(new StakingRules(1, 7, RoundingMode.FLOOR));
    assertThat(book.inForceAt(Instant.parse("2026-06-01T00:00:00Z")).orElseThrow())
        .isEqualTo(new StakingRules(2, 14, RoundingMode.HALF_EVEN));
  }

  @Test
  void bookFromYaml_versionsOutOfOrder_rejectedAtTheLaterEffective() {
    assertThatThrownBy(() -> StakingRules.bookFromYaml("s.yaml", V2_AT_JUNE + V1))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("versions must be in increasing order of effective")
        .satisfies(e -> assertThat(((ConfigException) e).line()).isEqualTo(5));
  }

  @Test
  void bookFromYaml_emptyList_rejected() {
    assertThatThrownBy(() -> StakingRules.bookFromYaml("s.yaml", "[]"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("expected at least one version of the rules");
  }
}
