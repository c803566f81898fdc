package io.depin.examples.coverage;

import static io.depin.examples.coverage.WirelessCoverageEpoch.CHEATER;
import static io.depin.examples.coverage.WirelessCoverageEpoch.HOTSPOTS;
import static io.depin.examples.coverage.WirelessCoverageEpoch.OFFLINE_HOTSPOT;
import static org.assertj.core.api.Assertions.assertThat;

import io.depin.core.merkle.StandardMerkleTree;
import io.depin.core.token.TokenAmount;
import io.depin.proofs.coverage.WitnessOutcome;
import io.depin.tokenomics.distribution.Distribution;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class WirelessCoverageEpochTest {
  private static WirelessCoverageEpoch.Result day;
  private static String printed;

  @BeforeAll
  static void runTheDay() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    day = WirelessCoverageEpoch.run(WirelessCoverageEpoch.DEFAULT_SEED,
        new PrintStream(bytes, true, StandardCharsets.UTF_8));
    printed = bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void run_onboardsEveryHotspot_andAllButTheOfflineOneQualifyForUptime() {
    assertThat(day.hotspots()).hasSize(HOTSPOTS);
    assertThat(day.uptime().devices()).hasSize(HOTSPOTS);
    assertThat(day.uptime().qualifying())
        .hasSize(HOTSPOTS - 1)
        .doesNotContain(day.hotspots().get(OFFLINE_HOTSPOT));
    assertThat(day.uptime().device(day.hotspots().get(OFFLINE_HOTSPOT)).orElseThrow().buckets())
        .hasSize(WirelessCoverageEpoch.OFFLINE_FROM_HOUR);
    assertThat(day.distribution().payouts()).noneMatch(p -> p.bucket().equals("uptime")
        && p.recipient().equals(day.hotspots().get(OFFLINE_HOTSPOT).toString()));
  }

  @Test
  void run_copiedBeacon_isTheOnlyProofTheVerifierRejects() {
    assertThat(day.rejections()).containsExactlyEntriesOf(
        java.util.Map.of("coverage.beacon-vrf-invalid", 1));
    assertThat(day.beaconsAccepted()).isEqualTo(HOTSPOTS - 1);
    assertThat(printed).contains("rejected a beacon from " + CHEATER
        + ": coverage.beacon-vrf-invalid");
  }

  @Test
  void run_inflatedWitnessReports_earnNoCoverage() {
    assertThat(day.witnessOutcomes().keySet()).isSubsetOf(WitnessOutcome.VALID.code(),
        WitnessOutcome.BEYOND_FIRST_N.code(), WitnessOutcome.RSSI_ABOVE_FSPL_BOUND.code());
    assertThat(day.witnessOutcomes().get(WitnessOutcome.RSSI_ABOVE_FSPL_BOUND.code()))
        .isPositive();
    TokenAmount cheater = day.rewardsByHotspot().get(CHEATER);
    TokenAmount uptimeOnly = day.distribution().payouts().stream()
        .filter(p -> p.bucket().equals("uptime")).findFirst().orElseThrow().amount();
    assertThat(cheater).isEqualTo(uptimeOnly);
    assertThat(day.rewardsByHotspot()).allSatisfy((label, amount) -> {
      if (!label.equals(CHEATER)) {
        assertThat(amount).isGreaterThan(uptimeOnly);
      }
    });
  }

  @Test
  void run_distribution_paysExactlyTheDaysEmissionLessDust() {
    Distribution d = day.distribution();
    assertThat(d.pool()).isEqualTo(
        WirelessCoverageEpoch.EMISSION.amountAt(WirelessCoverageEpoch.EPOCH, WirelessCoverageEpoch.IOT));
    assertThat(d.paid().plus(d.unallocated())).isEqualTo(d.pool());
    assertThat(d.unallocated().baseUnits()).isLessThan(BigInteger.valueOf(d.rowCount() + 2));
    TokenAmount sum = day.rewardsByHotspot().values().stream()
        .reduce(TokenAmount.zero(WirelessCoverageEpoch.IOT), TokenAmount::plus);
    assertThat(sum).isEqualTo(d.paid());
  }

  @Test
  void run_claimsTree_sumsToThePaymentsAndEveryProofVerifies() {
    StandardMerkleTree claims = day.claims();
    assertThat(claims.size()).isEqualTo(5);
    BigInteger claimed = BigInteger.ZERO;
    for (int i = 0; i < claims.size(); i++) {
      List<Object> value = claims.values().get(i);
      claimed = claimed.add((BigInteger) value.get(1));
      assertThat(StandardMerkleTree.verify(claims.root(), claims.leafEncoding(), value,
          claims.getProof(i))).isTrue();
    }
    assertThat(claimed).isEqualTo(day.distribution().paid().baseUnits());
    assertThat(day.sampleProofVerifies()).isTrue();
    assertThat(StandardMerkleTree.load(claims.dump()).root()).isEqualTo(claims.root());
    assertThat(printed).contains("claims root: " + claims.root());
  }

  @Test
  void run_sameSeed_printsTheSameDay() throws Exception {
    ByteArrayOutputStream again = new ByteArrayOutputStream();
    WirelessCoverageEpoch.run(WirelessCoverageEpoch.DEFAULT_SEED,
        new PrintStream(again, true, StandardCharsets.UTF_8));

    assertThat(again.toString(StandardCharsets.UTF_8)).isEqualTo(printed);
  }
}
