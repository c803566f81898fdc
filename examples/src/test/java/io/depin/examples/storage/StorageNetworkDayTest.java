package io.depin.examples.storage;

import static io.depin.examples.storage.StorageNetworkDay.LOSSY;
import static org.assertj.core.api.Assertions.assertThat;

import io.depin.core.token.TokenAmount;
import io.depin.proofs.storage.StorageProofKind;
import io.depin.tokenomics.distribution.Distribution;
import io.depin.tokenomics.distribution.Payout;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class StorageNetworkDayTest {
  private static StorageNetworkDay.Result day;
  private static String printed;

  @BeforeAll
  static void runTheDay() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    day = StorageNetworkDay.run(StorageNetworkDay.DEFAULT_SEED,
        new PrintStream(bytes, true, StandardCharsets.UTF_8));
    printed = bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void run_honestProviders_proveEveryHour() {
    for (int i = 1; i <= StorageNetworkDay.SECTOR_KIB.size(); i++) {
      String label = "provider-" + i;
      if (!label.equals(LOSSY)) {
        assertThat(day.provenHours()).containsEntry(label, 24);
        assertThat(day.rejections()).doesNotContainKey(label);
      }
    }
  }

  @Test
  void run_providerThatLostChunks_isCaughtWithBadPath() {
    int caught = day.rejections().get(LOSSY);
    assertThat(caught).isPositive();
    assertThat(caught + day.provenHours().getOrDefault(LOSSY, 0)).isEqualTo(24);
    assertThat(day.reasons()).isEqualTo(Map.of(StorageProofKind.BAD_PATH, caught));
  }

  @Test
  void run_rewards_followProvenByteHoursAndPayTheWholePool() {
    Distribution d = day.distribution();
    assertThat(d.pool()).isEqualTo(
        StorageNetworkDay.EMISSION.amountAt(StorageNetworkDay.DAY, StorageNetworkDay.STOR));
    assertThat(d.unallocated().isZero()).isTrue();
    assertThat(d.paid()).isEqualTo(d.pool());
    BigInteger totalWeight = BigInteger.ZERO;
    for (int i = 0; i < StorageNetworkDay.SECTOR_KIB.size(); i++) {
      totalWeight = totalWeight.add(weight(i));
    }
    for (Payout p : d.payouts()) {
      int i = Integer.parseInt(p.recipient().substring("provider-".length())) - 1;
      // largest remainder: the exact share rounded down, or one base unit more
      BigInteger exactFloor = d.pool().baseUnits().multiply(weight(i)).divide(totalWeight);
      assertThat(p.amount().baseUnits().subtract(exactFloor)).isBetween(BigInteger.ZERO, BigInteger.ONE);
    }
    TokenAmount lossy = day.rewards().get(LOSSY);
    assertThat(lossy).isLessThan(day.rewards().get("provider-2"));
  }

  @Test
  void run_sameSeed_printsTheSameDay() throws Exception {
    ByteArrayOutputStream again = new ByteArrayOutputStream();
    StorageNetworkDay.run(StorageNetworkDay.DEFAULT_SEED,
        new PrintStream(again, true, StandardCharsets.UTF_8));

    assertThat(again.toString(StandardCharsets.UTF_8)).isEqualTo(printed);
  }

  private static BigInteger weight(int provider) {
    String label = "provider-" + (provider + 1);
    return BigInteger.valueOf(StorageNetworkDay.SECTOR_KIB.get(provider) * 1024L
        * day.provenHours().getOrDefault(label, 0));
  }
}
