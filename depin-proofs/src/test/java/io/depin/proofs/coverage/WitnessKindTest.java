package io.depin.proofs.coverage;

import static io.depin.proofs.coverage.Devices.START;
import static io.depin.proofs.coverage.Devices.WITNESSES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.depin.core.DecodingException;
import io.depin.core.DecodingException.Reason;
import io.depin.core.bytes.Hash32;
import io.depin.core.crypto.KeyType;
import io.depin.core.crypto.SigningKey;
import io.depin.core.rules.RuleBook;
import io.depin.devices.DeviceId;
import io.depin.proofs.CheckResult;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WitnessKindTest {
  private static final SigningKey KEY = Devices.key(1, KeyType.ED25519);
  private static final DeviceId BEACONER =
      Devices.state(Devices.key(2, KeyType.ED25519)).identity().id();

  private static Witness witness(DeviceId beaconer, Instant receivedAt) {
    return new Witness(beaconer, Hash32.fromHex("0x" + "ab".repeat(32)), -1085, -25,
        868_100_000L, Region.of("EU868"), 30, receivedAt);
  }

  private static String code(CheckResult result) {
    assertThat(result).isInstanceOf(CheckResult.Failed.class);
    return ((CheckResult.Failed) result).code();
  }

  @Test
  void decode_encodedWitness_roundTrips() {
    Witness w = witness(BEACONER, START);

    assertThat(WITNESSES.decode(WITNESSES.encode(w))).isEqualTo(w);
  }

  private static void assertRejected(Consumer<ObjectNode> edit, Reason reason) {
    ObjectNode node = (ObjectNode) WITNESSES.encode(witness(BEACONER, START));
    edit.accept(node);
    assertThatThrownBy(() -> WITNESSES.decode(node))
        .isInstanceOfSatisfying(DecodingException.class, e -> assertThat(e.reason())
            .isEqualTo(reason));
  }

  @ParameterizedTest
  @ValueSource(strings = {"antennaGainDeciDbi", "beaconer", "frequencyHz", "payload",
      "receivedAt", "region", "rssiDeciDbm", "snrDeciDb"})
  void decode_missingMember_malformed(String member) {
    assertRejected(n -> n.remove(member), Reason.MALFORMED);
  }

  @Test
  void decode_extraMember_malformed() {
    assertRejected(n -> n.put("extra", true), Reason.MALFORMED);
  }

  @Test
  void decode_positiveRssi_invalidValue() {
    assertRejected(n -> n.put("rssiDeciDbm", 10), Reason.INVALID_VALUE);
  }

  @Test
  void decode_negativeReceivedAt_invalidValue() {
    assertRejected(n -> n.put("receivedAt", -1), Reason.INVALID_VALUE);
  }

  @Test
  void decode_shortBeaconer_wrongLength() {
    assertRejected(n -> n.put("beaconer", "0x01"), Reason.WRONG_LENGTH);
  }

  @Test
  void decode_regionAsNumber_malformed() {
    assertRejected(n -> n.put("region", 868), Reason.MALFORMED);
  }

  @Test
  void check_honestWitness_ok() {
    assertThat(WITNESSES.check(witness(BEACONER, START), Devices.context(KEY, START.plusSeconds(1))))
        .isEqualTo(CheckResult.ok());
  }

  @Test
  void check_beforeAnyRules_noRules() {
    WitnessKind later = new WitnessKind(RuleBook.startingAt(START.plusSeconds(5),
        CoverageRules.heliumIot()));

    assertThat(code(later.check(witness(BEACONER, START), Devices.context(KEY, START))))
        .isEqualTo("coverage.no-rules");
  }

  @Test
  void check_ownBeacon_selfWitness() {
    DeviceId self = Devices.state(KEY).identity().id();

    assertThat(code(WITNESSES.check(witness(self, START), Devices.context(KEY, START))))
        .isEqualTo("coverage.self-witness");
  }

  @Test
  void check_receivedAfterSigning_rejected() {
    assertThat(code(WITNESSES.check(witness(BEACONER, START.plusMillis(1)),
        Devices.context(KEY, START)))).isEqualTo("coverage.witness-received-after-signing");
  }

  @Test
  void check_signedLongAfterReception_late() {
    assertThat(code(WITNESSES.check(witness(BEACONER, START),
        Devices.context(KEY, START.plus(Duration.ofMinutes(2)).plusMillis(1)))))
        .isEqualTo("coverage.witness-late");
  }

  @Test
  void check_antennaGainAboveCeiling_gainTooHigh() {
    // a 100 dBi claim would lift the free-space bound on the RSSI by 100 dB
    Witness boosted = new Witness(BEACONER, Hash32.fromHex("0x" + "ab".repeat(32)), -200, -25,
        868_100_000L, Region.of("EU868"), 1000, START);

    assertThat(code(WITNESSES.check(boosted, Devices.context(KEY, START.plusSeconds(1)))))
        .isEqualTo("coverage.witness-gain-too-high");
  }

  @Test
  void check_antennaGainAtCeiling_ok() {
    Witness atLimit = new Witness(BEACONER, Hash32.fromHex("0x" + "ab".repeat(32)), -1085, -25,
        868_100_000L, Region.of("EU868"), CoverageRules.heliumIot().maxAntennaGainDeciDbi(), START);

    assertThat(WITNESSES.check(atLimit, Devices.context(KEY, START.plusSeconds(1))))
        .isEqualTo(CheckResult.ok());
  }
}
