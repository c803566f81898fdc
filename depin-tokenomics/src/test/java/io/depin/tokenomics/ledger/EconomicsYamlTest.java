package io.depin.tokenomics.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.depin.core.rules.RuleBook;
import io.depin.core.token.Token;
import io.depin.core.token.TokenAmount;
import io.depin.tokenomics.burnmint.BurnMintRules;
import io.depin.tokenomics.burnmint.RemintBasis;
import io.depin.tokenomics.config.ConfigException;
import io.depin.tokenomics.staking.StakingRules;
import io.depin.tokenomics.vesting.UnlockTiming;
import io.depin.tokenomics.vesting.VestingSchedule;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EconomicsYamlTest {
  private static final Token HNT = new Token("HNT", 8);

  @Test
  void vestingFromYaml_presetAndExplicit() throws Exception {
    assertThat(VestingSchedule.fromYaml("v.yaml", "preset: filecoin-miner-reward\nquantizationOffset: 7\n"))
        .isEqualTo(VestingSchedule.filecoinMinerReward(7));
    assertThat(
            VestingSchedule.fromYaml(
                "v.yaml", "cliff: 3\nvestPeriod: 12\nstepDuration: 2\ntiming: after-tranche-epoch\n"))
        .isEqualTo(new VestingSchedule(0, 3, 12, 2, 1, 0, UnlockTiming.AFTER_TRANCHE_EPOCH));
  }

  @Test
  void vestingFromYaml_zeroStep_namesKeyAndLine() {
    assertThatThrownBy(() -> VestingSchedule.fromYaml("v.yaml", "vestPeriod: 10\nstepDuration: 0\n"))
        .isInstanceOfSatisfying(
            ConfigException.class,
            e -> {
              assertThat(e.key()).isEqualTo("stepDuration");
              assertThat(e.line()).isEqualTo(2);
            });
  }

  @Test
  void stakingBookFromYaml_versionsInOrder() throws Exception {
    RuleBook<StakingRules> book =
        StakingRules.bookFromYaml(
            "s.yaml",
            """
            - effective: 2026-01-01T00:00:00Z
              bondingDelay: 1
              unbondingDelay: 7
              slashRounding: floor
            - effective: 2026-06-01T00:00:00Z
              bondingDelay: 0
              unbondingDelay: 14
              slashRounding: half-even
            """);
    assertThat(book.inForceAt(Instant.parse("2026-07-01T00:00:00Z")))
        .contains(new StakingRules(0, 14, RoundingMode.HALF_EVEN));
    assertThatThrownBy(
            () ->
                StakingRules.bookFromYaml(
                    "s.yaml",
                    """
                    - effective: 2026-06-01T00:00:00Z
                      bondingDelay: 1
                      unbondingDelay: 7
                      slashRounding: floor
                    - effective: 2026-01-01T00:00:00Z
                      bondingDelay: 1
                      unbondingDelay: 7
                      slashRounding: unnecessary
                    """))
        .isInstanceOfSatisfying(
            ConfigException.class,
            e -> assertThat(e.key()).isEqualTo("[1].slashRounding"));
  }

  @Test
  void burnMintFromYaml_readsExactDecimals() throws Exception {
    BurnMintRules r =
        BurnMintRules.fromYaml(
            "b.yaml",
            "creditPrice: 0.00001\nhaircut: 2\nremint: {basis: burned, ratio: 0.75, capPerEpoch: \"50000.5\"}\n",
            HNT);
    assertThat(r.creditPrice().fiatPerCredit()).isEqualByComparingTo("0.00001");
    assertThat(r.remint().basis()).isEqualTo(RemintBasis.BURNED);
    assertThat(r.remint().ratio()).isEqualByComparingTo(new BigDecimal("0.75"));
    assertThat(r.remint().capPerEpoch()).isEqualTo(TokenAmount.parse("50000.5", HNT));
    assertThatThrownBy(
            () ->
                BurnMintRules.fromYaml(
                    "b.yaml",
                    "creditPrice: 0\nhaircut: 2\nremint: {basis: burned, ratio: 1, capPerEpoch: \"1\"}\n",
                    HNT))
        .isInstanceOfSatisfying(
            ConfigException.class, e -> assertThat(e.key()).isEqualTo("creditPrice"));
  }
}
