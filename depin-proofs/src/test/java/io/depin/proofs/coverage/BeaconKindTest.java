package io.depin.proofs.coverage;

import static io.depin.proofs.coverage.Devices.BEACONS;
import static io.depin.proofs.coverage.Devices.ENTROPY;
import static io.depin.proofs.coverage.Devices.START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.depin.core.DecodingException;
import io.depin.core.DecodingException.Reason;
import io.depin.core.bytes.Bytes;
import io.depin.core.bytes.Hash32;
import io.depin.core.crypto.KeyType;
import io.depin.core.crypto.SigningKey;
import io.depin.core.rules.RuleBook;
import io.depin.core.crypto.SecretAccess;
import io.depin.proofs.CheckResult;
import io.depin.proofs.coverage.internal.BeaconDerivation;
import io.depin.proofs.vrf.Ecvrf;
import io.depin.proofs.vrf.VrfProof;
import io.depin.proofs.vrf.VrfSecretKey;
import io.depin.proofs.vrf.VrfSuite;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BeaconKindTest {
  private static final SigningKey KEY = Devices.key(1, KeyType.ED25519);
  private static final Region EU868 = Region.of("EU868");

  private static Beacon honest(SigningKey key, Bytes entropy) throws Exception {
    return Devices.signer(key).beacon(entropy, 868_100_000L, EU868, 160, 30, START).payload();
  }

  private static String code(CheckResult result) {
    assertThat(result).isInstanceOf(CheckResult.Failed.class);
    return ((CheckResult.Failed) result).code();
  }

  @Test
  void decode_encodedBeacon_roundTrips() throws Exception {
    Beacon beacon = honest(KEY, ENTROPY);

    assertThat(BEACONS.decode(BEACONS.encode(beacon))).isEqualTo(beacon);
  }

  @Test
  void decode_encodedP256Beacon_roundTripsAndChecks() throws Exception {
    SigningKey p256 = Devices.key(2, KeyType.P256);
    Beacon beacon = honest(p256, ENTROPY);

    assertThat(BEACONS.decode(BEACONS.encode(beacon))).isEqualTo(beacon);
    assertThat(BEACONS.check(beacon, Devices.context(p256, START))).isEqualTo(CheckResult.ok());
  }

  private static ObjectNode wire() throws Exception {
    return (ObjectNode) BEACONS.encode(honest(KEY, ENTROPY));
  }

  private static void assertRejected(Consumer<ObjectNode> edit, Reason reason) throws Exception {
    ObjectNode node = wire();
    edit.accept(node);
    assertThatThrownBy(() -> BEACONS.decode(node))
        .isInstanceOfSatisfying(DecodingException.class, e -> assertThat(e.reason())
            .isEqualTo(reason));
  }

  @ParameterizedTest
  @ValueSource(strings = {"antennaGainDeciDbi", "entropy", "frequencyHz", "payload", "region",
      "txPowerDeciDbm", "vrfProof", "vrfSuite"})
  void decode_missingMember_malformed(String member) throws Exception {
    assertRejected(n -> n.remove(member), Reason.MALFORMED);
  }

  @Test
  void decode_extraMember_malformed() throws Exception {
    assertRejected(n -> n.put("extra", 1), Reason.MALFORMED);
  }

  @Test
  void decode_payloadOfWrongLength_wrongLength() throws Exception {
    assertRejected(n -> n.put("payload", "0x0102"), Reason.WRONG_LENGTH);
  }

  @Test
  void decode_vrfProofOfWrongLength_wrongLength() throws Exception {
    assertRejected(n -> n.put("vrfProof", "0x0102"), Reason.WRONG_LENGTH);
  }

  @Test
  void decode_unknownSuite_unsupported() throws Exception {
    assertRejected(n -> n.put("vrfSuite", "ECVRF-SECP256K1"), Reason.UNSUPPORTED_FORMAT);
  }

  @Test
  void decode_lowerCaseRegion_invalidValue() throws Exception {
    assertRejected(n -> n.put("region", "eu868"), Reason.INVALID_VALUE);
  }

  @Test
  void decode_zeroFrequency_invalidValue() throws Exception {
    assertRejected(n -> n.put("frequencyHz", 0), Reason.INVALID_VALUE);
  }

  @Test
  void decode_fractionalPower_invalidValue() throws Exception {
    assertRejected(n -> n.put("txPowerDeciDbm", 16.5), Reason.INVALID_VALUE);
  }

  @Test
  void decode_powerOutOfRange_invalidValue() throws Exception {
    assertRejected(n -> n.put("txPowerDeciDbm", 1001), Reason.INVALID_VALUE);
  }

  @Test
  void decode_gainAsString_malformed() throws Exception {
    assertRejected(n -> n.put("antennaGainDeciDbi", "30"), Reason.MALFORMED);
  }

  @Test
  void decode_entropyWithoutPrefix_malformed() throws Exception {
    assertRejected(n -> n.put("entropy", "0011"), Reason.MALFORMED);
  }

  @Test
  void check_honestBeacon_ok() throws Exception {
    assertThat(BEACONS.check(honest(KEY, ENTROPY), Devices.context(KEY, START)))
        .isEqualTo(CheckResult.ok());
  }

  @Test
  void check_beforeAnyRules_noRules() throws Exception {
    BeaconKind later = new BeaconKind(RuleBook.startingAt(START.plusSeconds(1),
        CoverageRules.heliumIot()), Devices.LOG);

    assertThat(code(later.check(honest(KEY, ENTROPY), Devices.context(KEY, START))))
        .isEqualTo("coverage.no-rules");
  }

  @Test
  void check_unpublishedEntropy_entropyUnknown() throws Exception {
    assertThat(code(BEACONS.check(honest(KEY, Bytes.fromHex("0x01")),
        Devices.context(KEY, START)))).isEqualTo("coverage.beacon-entropy-unknown");
  }

  @Test
  void check_beaconBeforeEntropy_entropyFromFuture() throws Exception {
    Instant early = START.minus(Duration.ofMinutes(1));

    assertThat(code(BEACONS.check(honest(KEY, ENTROPY), Devices.context(KEY, early))))
        .isEqualTo("coverage.beacon-entropy-from-future");
  }

  @Test
  void check_entropyOlderThanLimit_entropyStale() throws Exception {
    Instant late = START.plus(Duration.ofMinutes(3));

    assertThat(code(BEACONS.check(honest(KEY, ENTROPY), Devices.context(KEY, late))))
        .isEqualTo("coverage.beacon-entropy-stale");
  }

  @Test
  void check_entropyExactlyAtLimit_ok() throws Exception {
    Instant edge = START.minusSeconds(30).plus(Duration.ofMinutes(3));

    assertThat(BEACONS.check(honest(KEY, ENTROPY), Devices.context(KEY, edge)))
        .isEqualTo(CheckResult.ok());
  }

  @Test
  void check_powerAboveCeiling_txPowerTooHigh() throws Exception {
    Beacon loud = Devices.signer(KEY).beacon(ENTROPY, 868_100_000L, EU868, 361, 30, START)
        .payload();

    assertThat(code(BEACONS.check(loud, Devices.context(KEY, START))))
        .isEqualTo("coverage.beacon-tx-power-too-high");
  }

  @Test
  void check_eirpAboveCeilingThroughAntennaGain_txPowerTooHigh() throws Exception {
    // 16 dBm conducted is fine, but a 100 dBi antenna claim would lift every witness's
    // free-space bound by 100 dB; the ceiling is on EIRP (conducted power + antenna gain).
    Beacon boosted = Devices.signer(KEY).beacon(ENTROPY, 868_100_000L, EU868, 160, 1000, START)
        .payload();

    assertThat(code(BEACONS.check(boosted, Devices.context(KEY, START))))
        .isEqualTo("coverage.beacon-tx-power-too-high");
  }

  @Test
  void check_eirpExactlyAtCeiling_ok() throws Exception {
    Beacon edge = Devices.signer(KEY).beacon(ENTROPY, 868_100_000L, EU868, 330, 30, START)
        .payload();

    assertThat(BEACONS.check(edge, Devices.context(KEY, START))).isEqualTo(CheckResult.ok());
  }

  @Test
  void check_sameKeyUnderTheOtherSuiteOfItsType_vrfInvalid() throws Exception {
    // The ELL2 suite gives the same key a second, different payload for the same entropy; were
    // both accepted, the beaconer could choose between two payloads.
    VrfSecretKey ell2 = VrfSecretKey.fromRaw(VrfSuite.EDWARDS25519_SHA512_ELL2,
        KEY.exportRaw(SecretAccess.EXPORT));
    VrfProof proof = ell2.prove(BeaconDerivation.alpha(Devices.state(KEY).identity().id(), ENTROPY));
    Beacon other = new Beacon(ENTROPY, proof, BeaconDerivation.payload(Ecvrf.proofToHash(proof)),
        868_100_000L, EU868, 160, 30);

    assertThat(other.payload()).isNotEqualTo(honest(KEY, ENTROPY).payload());
    assertThat(code(BEACONS.check(other, Devices.context(KEY, START))))
        .isEqualTo("coverage.beacon-vrf-invalid");
  }

  @Test
  void check_proofOfAnotherKey_vrfInvalid() throws Exception {
    Beacon theirs = honest(Devices.key(3, KeyType.ED25519), ENTROPY);

    assertThat(code(BEACONS.check(theirs, Devices.context(KEY, START))))
        .isEqualTo("coverage.beacon-vrf-invalid");
  }

  @Test
  void check_deviceKeyOfAnotherSuite_vrfInvalid() throws Exception {
    assertThat(code(BEACONS.check(honest(KEY, ENTROPY),
        Devices.context(Devices.key(4, KeyType.P256), START))))
        .isEqualTo("coverage.beacon-vrf-invalid");
  }

  @Test
  void check_forgedPayload_payloadMismatch() throws Exception {
    Beacon b = honest(KEY, ENTROPY);
    Beacon forged = new Beacon(b.entropy(), b.vrfProof(), Hash32.ZERO, b.frequencyHz(),
        b.region(), b.txPowerDeciDbm(), b.antennaGainDeciDbi());

    assertThat(code(BEACONS.check(forged, Devices.context(KEY, START))))
        .isEqualTo("coverage.beacon-payload-mismatch");
  }

  @Test
  void beacon_sameEntropyAndDevice_samePayload_otherDevice_otherPayload() throws Exception {
    assertThat(honest(KEY, ENTROPY).payload()).isEqualTo(honest(KEY, ENTROPY).payload());
    assertThat(honest(KEY, ENTROPY).payload())
        .isNotEqualTo(honest(Devices.key(5, KeyType.ED25519), ENTROPY).payload());
  }
}
