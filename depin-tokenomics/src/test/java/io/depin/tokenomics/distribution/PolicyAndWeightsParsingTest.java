package io.depin.tokenomics.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.depin.core.rules.RuleBook;
import io.depin.tokenomics.config.ConfigException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PolicyAndWeightsParsingTest {
  private static final String POLICY = """
      token: {symbol: HNT, decimals: 8}
      method: pro-rata
      rate:
        scale: 8
        rounding: DOWN
      payout-rounding: FLOOR
      buckets:
        - name: coverage
          share: 0.6
          cap: "1000"
          rollover: data
        - name: data
          share: 0.4
          rollover: unallocated
      commission:
        rate: 0.1
        rounding: HALF_EVEN
        operators: {op-7: 0.05}
      """;

  @Test
  void fromYaml_fullPolicy_readsEveryKey() throws ConfigException {
    DistributionPolicy p = DistributionPolicy.fromYaml("policy.yaml", POLICY);
    assertThat(p.token().symbol()).isEqualTo("HNT");
    assertThat(p.method()).isEqualTo(DistributionMethod.PRO_RATA);
    assertThat(p.rateScale()).isEqualTo(8);
    assertThat(p.payoutRounding()).isEqualTo(RoundingMode.FLOOR);
    assertThat(p.buckets()).containsExactly(
        new BucketPolicy("coverage", new BigDecimal("0.6"), new BigInteger("100000000000"), "data"),
        new BucketPolicy("data", new BigDecimal("0.4"), null, null));
    assertThat(p.commission().rateFor("op-7")).isEqualTo(new BigDecimal("0.05"));
    assertThat(p.commission().rateFor("other")).isEqualTo(new BigDecimal("0.1"));
    assertThat(p.commission().rounding()).isEqualTo(RoundingMode.HALF_EVEN);
  }

  @Test
  void fromYaml_payoutRoundingUp_namesKeyAndLine() {
    assertThatThrownBy(() -> DistributionPolicy.fromYaml("policy.yaml",
            POLICY.replace("payout-rounding: FLOOR", "payout-rounding: HALF_UP")))
        .isInstanceOfSatisfying(ConfigException.class, e -> {
          assertThat(e.key()).isEqualTo("payout-rounding");
          assertThat(e.line()).isEqualTo(6);
        });
  }

  @Test
  void fromYaml_unknownRolloverTarget_isRejected() {
    assertThatThrownBy(() -> DistributionPolicy.fromYaml("policy.yaml",
            POLICY.replace("rollover: data", "rollover: nowhere")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("nowhere");
  }

  @Test
  void fromYaml_sharesAboveOne_isRejected() {
    assertThatThrownBy(() -> DistributionPolicy.fromYaml("policy.yaml",
            POLICY.replace("share: 0.4", "share: 0.5")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("more than 1");
  }

  private static String indented(String text) {
    return text.lines().map(l -> "      " + l).reduce("", (a, b) -> a + b + "\n");
  }

  @Test
  void versionsFromYaml_twoVersions_pickedByEffectiveInstant() throws ConfigException {
    String later = POLICY.replace("method: pro-rata", "method: largest-remainder")
        .replace("rate:\n  scale: 8\n  rounding: DOWN\n", "");
    String yaml = "versions:\n  - effective: 2026-01-01T00:00:00Z\n    policy:\n" + indented(POLICY)
        + "  - effective: 2026-07-01T00:00:00Z\n    policy:\n" + indented(later);
    RuleBook<DistributionPolicy> book = DistributionPolicy.versionsFromYaml("policy.yaml", yaml);
    assertThat(book.inForceAt(Instant.parse("2025-12-31T23:59:59Z"))).isEmpty();
    assertThat(book.inForceAt(Instant.parse("2026-03-01T00:00:00Z")).orElseThrow().method())
        .isEqualTo(DistributionMethod.PRO_RATA);
    assertThat(book.inForceAt(Instant.parse("2026-07-01T00:00:00Z")).orElseThrow().method())
        .isEqualTo(DistributionMethod.LARGEST_REMAINDER);
  }

  @Test
  void versionsFromYaml_outOfOrder_namesTheEffectiveKey() {
    String yaml = "versions:\n  - effective: 2026-07-01T00:00:00Z\n    policy:\n" + indented(POLICY)
        + "  - effective: 2026-01-01T00:00:00Z\n    policy:\n" + indented(POLICY);
    assertThatThrownBy(() -> DistributionPolicy.versionsFromYaml("policy.yaml", yaml))
        .isInstanceOfSatisfying(ConfigException.class,
            e -> assertThat(e.key()).isEqualTo("versions[1].effective"));
  }

  @Test
  void fromCsv_multipliersAndOperator_areRead() throws ConfigException {
    WeightTable t = WeightTable.fromCsv("weights.csv", """
        participant,bucket,weight,trust,boost,operator
        hotspot-1,coverage,400,0.75,2,op-7
        "hotspot,2",coverage,100,,,
        """);
    assertThat(t.rows()).containsExactly(
        new WeightRow("hotspot-1", "coverage", BigInteger.valueOf(400),
            Map.of("trust", new BigDecimal("0.75"), "boost", new BigDecimal("2")), "op-7"),
        new WeightRow("hotspot,2", "coverage", BigInteger.valueOf(100), Map.of(), null));
    assertThat(t.rows().get(0).multiplier()).isEqualByComparingTo("1.5");
  }

  @Test
  void fromCsv_badWeight_namesColumnAndLine() {
    assertThatThrownBy(() -> WeightTable.fromCsv("weights.csv",
            "participant,bucket,weight\na,coverage,1\nb,coverage,-3\n"))
        .isInstanceOfSatisfying(ConfigException.class, e -> {
          assertThat(e.key()).isEqualTo("weight");
          assertThat(e.line()).isEqualTo(3);
          assertThat(e.column()).isEqualTo(3);
        });
  }

  @Test
  void fromCsv_duplicateParticipantInBucket_isRejected() {
    assertThatThrownBy(() -> WeightTable.fromCsv("weights.csv",
            "participant,bucket,weight\na,coverage,1\na,coverage,2\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("appears twice");
  }

  @Test
  void fromCsv_missingColumn_isRejected() {
    assertThatThrownBy(() -> WeightTable.fromCsv("weights.csv", "participant,weight\na,1\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("participant, bucket and weight");
  }
}
