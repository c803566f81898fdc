package io.depin.proofs.coverage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.depin.core.DecodingException;
import io.depin.core.DecodingException.Reason;
import io.depin.core.bytes.Bytes;
import io.depin.core.bytes.Hash32;
import io.depin.core.crypto.KeyType;
import io.depin.core.crypto.PublicKey;
import io.depin.core.json.JsonFields;
import io.depin.core.message.MessageType;
import io.depin.core.rules.RuleBook;
import io.depin.devices.DeviceId;
import io.depin.proofs.CheckResult;
import io.depin.proofs.ProofContext;
import io.depin.proofs.ProofKind;
import io.depin.proofs.coverage.internal.BeaconDerivation;
import io.depin.proofs.coverage.internal.CoverageJson;
import io.depin.proofs.coverage.internal.SignedInts;
import io.depin.proofs.vrf.Ecvrf;
import io.depin.proofs.vrf.VrfException;
import io.depin.proofs.vrf.VrfOutput;
import io.depin.proofs.vrf.VrfProof;
import io.depin.proofs.vrf.VrfSuite;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The beacon proof kind, tag {@value #TYPE}. Its wire form:
 *
 * <pre>
 * {"antennaGainDeciDbi":30,"entropy":"0x…","frequencyHz":868100000,"payload":"0x…64 hex",
 *  "region":"EU868","txPowerDeciDbm":160,"vrfProof":"0x…","vrfSuite":"ECVRF-EDWARDS25519-SHA512-TAI"}
 * </pre>
 *
 * <p>The check, with the {@link CoverageRules} in force at the proof's timestamp, fails with:
 *
 * <ul>
 *   <li>{@code coverage.no-rules}: no rules are in force at the timestamp;
 *   <li>{@code coverage.beacon-entropy-unknown}: the {@link EntropyLog} never published the entropy;
 *   <li>{@code coverage.beacon-entropy-from-future}: the beacon is older than its entropy;
 *   <li>{@code coverage.beacon-entropy-stale}: the entropy is older than {@link
 *       CoverageRules#maxEntropyAge()} at the beacon's timestamp;
 *   <li>{@code coverage.beacon-tx-power-too-high}: the radiated power, transmit power plus antenna
 *       gain, is more than {@link CoverageRules#maxTxPowerDeciDbm()};
 *   <li>{@code coverage.beacon-vrf-invalid}: the VRF proof is not of the one suite {@link
 *       #suiteFor} the device's registered key (or the key has no VRF suite), or it does not
 *       verify, under that key, for the entropy and the device's id;
 *   <li>{@code coverage.beacon-payload-mismatch}: the payload is not the one derived from the VRF
 *       output.
 * </ul>
 *
 * {@snippet :
 * BeaconKind beacons = new BeaconKind(RuleBook.startingAt(launch, CoverageRules.heliumIot()),
 *     entropyLog);
 * ProofVerifier verifier = fleet.verifier().kind(beacons).kind(witnesses).build();
 * }
 *
 * <p>Immutable and thread-safe if the entropy log is.
 *
 * @since 0.1.0
 */
public final class BeaconKind implements ProofKind<Beacon> {
  /** The kind's tag. */
  public static final String TYPE = "io.depin.proofs.coverage.beacon/v1";

  private static final MessageType MESSAGE_TYPE = MessageType.of(TYPE);
  private static final Set<String> MEMBERS = Set.of("antennaGainDeciDbi", "entropy",
      "frequencyHz", "payload", "region", "txPowerDeciDbm", "vrfProof", "vrfSuite");

  private final RuleBook<CoverageRules> rules;
  private final EntropyLog entropyLog;

  /**
   * Creates the kind.
   *
   * @param rules the versioned rules
   * @param entropyLog the network's published entropy
   */
  public BeaconKind(RuleBook<CoverageRules> rules, EntropyLog entropyLog) {
    this.rules = Objects.requireNonNull(rules, "rules");
    this.entropyLog = Objects.requireNonNull(entropyLog, "entropyLog");
  }

  @Override
  public MessageType type() {
    return MESSAGE_TYPE;
  }

  @Override
  public Beacon decode(JsonNode payload) {
    JsonFields.requireMembers(payload, MEMBERS, "beacon");
    Bytes entropy = JsonFields.hex(payload, "entropy", Beacon.MAX_ENTROPY_BYTES);
    VrfSuite suite = CoverageJson.suite(payload, "vrfSuite");
    VrfProof proof =
        VrfProof.fromBytes(suite, JsonFields.hex(payload, "vrfProof", 128).toByteArray());
    Hash32 derived = CoverageJson.hash32(payload, "payload");
    long frequencyHz = JsonFields.safeInteger(payload, "frequencyHz");
    String region = JsonFields.text(payload, "region");
    int txPower = SignedInts.read(payload, "txPowerDeciDbm", Beacon.MIN_DECI_DB, Beacon.MAX_DECI_DB);
    int gain =
        SignedInts.read(payload, "antennaGainDeciDbi", Beacon.MIN_DECI_DB, Beacon.MAX_DECI_DB);
    try {
      return new Beacon(entropy, proof, derived, frequencyHz, Region.of(region), txPower, gain);
    } catch (DecodingException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw new DecodingException(Reason.INVALID_VALUE, "beacon: " + e.getMessage());
    }
  }

  @Override
  public JsonNode encode(Beacon beacon) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("antennaGainDeciDbi", beacon.antennaGainDeciDbi());
    node.put("entropy", beacon.entropy().toPrefixedHex());
    node.put("frequencyHz", beacon.frequencyHz());
    node.put("payload", beacon.payload().toPrefixedHex());
    node.put("region", beacon.region().code());
    node.put("txPowerDeciDbm", beacon.txPowerDeciDbm());
    node.put("vrfProof", Bytes.of(beacon.vrfProof().toByteArray()).toPrefixedHex());
    node.put("vrfSuite", beacon.vrfProof().suite().rfcName());
    return node;
  }

  @Override
  public CheckResult check(Beacon beacon, ProofContext context) {
    Instant timestamp = context.timestamp();
    Optional<CoverageRules> inForce = rules.inForceAt(timestamp);
    if (inForce.isEmpty()) {
      return CheckResult.fail("coverage.no-rules", "no coverage rules in force at " + timestamp);
    }
    CoverageRules r = inForce.get();
    Instant published = entropyLog.publishedAtOrNull(beacon.entropy());
    if (published == null) {
      return CheckResult.fail("coverage.beacon-entropy-unknown",
          "entropy " + beacon.entropy().toPrefixedHex() + " was never published");
    }
    if (timestamp.isBefore(published)) {
      return CheckResult.fail("coverage.beacon-entropy-from-future",
          "beacon at " + timestamp + ", entropy published at " + published);
    }
    Duration age = Duration.between(published, timestamp);
    if (age.compareTo(r.maxEntropyAge()) > 0) {
      return CheckResult.fail("coverage.beacon-entropy-stale",
          "entropy " + age + " old; the limit is " + r.maxEntropyAge());
    }
    int eirp = beacon.txPowerDeciDbm() + beacon.antennaGainDeciDbi();
    if (eirp > r.maxTxPowerDeciDbm()) {
      return CheckResult.fail("coverage.beacon-tx-power-too-high",
          "EIRP " + beacon.txPowerDeciDbm() + " + " + beacon.antennaGainDeciDbi() + " = " + eirp
              + " > " + r.maxTxPowerDeciDbm() + " deci-dBm");
    }
    DeviceId beaconer = context.device().identity().id();
    PublicKey key = context.device().identity().publicKey();
    Optional<VrfSuite> suite = suiteFor(key.keyType());
    if (suite.isEmpty() || suite.get() != beacon.vrfProof().suite()) {
      return CheckResult.fail("coverage.beacon-vrf-invalid",
          "a beacon of a device with a " + key.keyType() + " key needs a "
              + suite.map(VrfSuite::rfcName).orElse("(no suite)") + " proof, not "
              + beacon.vrfProof().suite().rfcName());
    }
    VrfOutput beta;
    try {
      beta = Ecvrf.verify(key, beacon.vrfProof(),
          BeaconDerivation.alpha(beaconer, beacon.entropy()));
    } catch (VrfException e) {
      return CheckResult.fail("coverage.beacon-vrf-invalid", e.code() + ": " + e.getMessage());
    }
    if (!BeaconDerivation.payload(beta).equals(beacon.payload())) {
      return CheckResult.fail("coverage.beacon-payload-mismatch",
          "the payload is not the one derived from the VRF output");
    }
    return CheckResult.ok();
  }

  /**
   * Returns the one VRF suite beacons of devices with keys of a type must use: {@link
   * VrfSuite#EDWARDS25519_SHA512_TAI} for Ed25519 and {@link VrfSuite#P256_SHA256_TAI} for P-256,
   * the suites {@link io.depin.proofs.vrf.VrfSecretKey#fromSigningKey} gives. One suite per key
   * type, because the same key gives a different output in every suite, and a beaconer free to
   * choose the suite could choose among payloads.
   *
   * @param keyType the type of the device's registered key
   * @return the suite, or empty if no suite uses keys of that type (secp256k1)
   */
  public static Optional<VrfSuite> suiteFor(KeyType keyType) {
    return switch (Objects.requireNonNull(keyType, "keyType")) {
      case ED25519 -> Optional.of(VrfSuite.EDWARDS25519_SHA512_TAI);
      case P256 -> Optional.of(VrfSuite.P256_SHA256_TAI);
      default -> Optional.empty();
    };
  }

  @Override
  public String toString() {
    return "BeaconKind[" + rules + "]";
  }
}
