package io.depin.proofs.coverage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.depin.core.DecodingException;
import io.depin.core.DecodingException.Reason;
import io.depin.core.bytes.Hash32;
import io.depin.core.json.JsonFields;
import io.depin.core.message.MessageType;
import io.depin.core.rules.RuleBook;
import io.depin.devices.DeviceId;
import io.depin.proofs.CheckResult;
import io.depin.proofs.ProofContext;
import io.depin.proofs.ProofKind;
import io.depin.proofs.coverage.internal.CoverageJson;
import io.depin.proofs.coverage.internal.SignedInts;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The witness proof kind, tag {@value #TYPE}. Its wire form:
 *
 * <pre>
 * {"antennaGainDeciDbi":30,"beaconer":"0x…64 hex","frequencyHz":868100000,"payload":"0x…64 hex",
 *  "receivedAt":1767225600000,"region":"EU868","rssiDeciDbm":-1085,"snrDeciDb":55}
 * </pre>
 *
 * <p>What one witness proof shows on its own is checked here, with the {@link CoverageRules} in
 * force at the proof's timestamp; everything that needs the beacon is left to {@link
 * CoverageEvaluator}. The check fails with:
 *
 * <ul>
 *   <li>{@code coverage.no-rules}: no rules are in force at the timestamp;
 *   <li>{@code coverage.self-witness}: the device claims to have heard its own beacon;
 *   <li>{@code coverage.witness-received-after-signing}: {@code receivedAt} is after the proof's
 *       timestamp;
 *   <li>{@code coverage.witness-late}: the proof was signed more than {@link
 *       CoverageRules#maxWitnessLag()} after {@code receivedAt};
 *   <li>{@code coverage.witness-gain-too-high}: the claimed antenna gain is more than {@link
 *       CoverageRules#maxAntennaGainDeciDbi()} (it would raise the free-space bound on the
 *       signal strength).
 * </ul>
 *
 * {@snippet :
 * WitnessKind witnesses = new WitnessKind(RuleBook.startingAt(launch, CoverageRules.heliumIot()));
 * ProofVerifier verifier = fleet.verifier().kind(beacons).kind(witnesses).build();
 * }
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class WitnessKind implements ProofKind<Witness> {
  /** The kind's tag. */
  public static final String TYPE = "io.depin.proofs.coverage.witness/v1";

  private static final MessageType MESSAGE_TYPE = MessageType.of(TYPE);
  private static final Set<String> MEMBERS = Set.of("antennaGainDeciDbi", "beaconer",
      "frequencyHz", "payload", "receivedAt", "region", "rssiDeciDbm", "snrDeciDb");

  private final RuleBook<CoverageRules> rules;

  /**
   * Creates the kind.
   *
   * @param rules the versioned rules
   */
  public WitnessKind(RuleBook<CoverageRules> rules) {
    this.rules = Objects.requireNonNull(rules, "rules");
  }

  @Override
  public MessageType type() {
    return MESSAGE_TYPE;
  }

  @Override
  public Witness decode(JsonNode payload) {
    JsonFields.requireMembers(payload, MEMBERS, "witness");
    DeviceId beaconer = new DeviceId(CoverageJson.hash32(payload, "beaconer"));
    Hash32 heard = CoverageJson.hash32(payload, "payload");
    int rssi = SignedInts.read(payload, "rssiDeciDbm", Witness.MIN_RSSI_DECI_DBM, 0);
    int snr = SignedInts.read(payload, "snrDeciDb", Beacon.MIN_DECI_DB, Beacon.MAX_DECI_DB);
    long frequencyHz = JsonFields.safeInteger(payload, "frequencyHz");
    String region = JsonFields.text(payload, "region");
    int gain =
        SignedInts.read(payload, "antennaGainDeciDbi", Beacon.MIN_DECI_DB, Beacon.MAX_DECI_DB);
    Instant receivedAt = CoverageJson.millis(payload, "receivedAt");
    try {
      return new Witness(
          beaconer, heard, rssi, snr, frequencyHz, Region.of(region), gain, receivedAt);
    } catch (DecodingException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw new DecodingException(Reason.INVALID_VALUE, "witness: " + e.getMessage());
    }
  }

  @Override
  public JsonNode encode(Witness witness) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("antennaGainDeciDbi", witness.antennaGainDeciDbi());
    node.put("beaconer", witness.beaconer().toString());
    node.put("frequencyHz", witness.frequencyHz());
    node.put("payload", witness.payload().toPrefixedHex());
    node.put("receivedAt", witness.receivedAt().toEpochMilli());
    node.put("region", witness.region().code());
    node.put("rssiDeciDbm", witness.rssiDeciDbm());
    node.put("snrDeciDb", witness.snrDeciDb());
    return node;
  }

  @Override
  public CheckResult check(Witness witness, ProofContext context) {
    Instant timestamp = context.timestamp();
    Optional<CoverageRules> inForce = rules.inForceAt(timestamp);
    if (inForce.isEmpty()) {
      return CheckResult.fail("coverage.no-rules", "no coverage rules in force at " + timestamp);
    }
    if (witness.beaconer().equals(context.device().identity().id())) {
      return CheckResult.fail("coverage.self-witness", "a device cannot witness its own beacon");
    }
    if (witness.receivedAt().isAfter(timestamp)) {
      return CheckResult.fail("coverage.witness-received-after-signing",
          "received at " + witness.receivedAt() + ", signed at " + timestamp);
    }
    Duration delay = Duration.between(witness.receivedAt(), timestamp);
    if (delay.compareTo(inForce.get().maxWitnessLag()) > 0) {
      return CheckResult.fail("coverage.witness-late",
          "signed " + delay + " after reception; the limit is " + inForce.get().maxWitnessLag());
    }
    if (witness.antennaGainDeciDbi() > inForce.get().maxAntennaGainDeciDbi()) {
      return CheckResult.fail("coverage.witness-gain-too-high",
          witness.antennaGainDeciDbi() + " > " + inForce.get().maxAntennaGainDeciDbi()
              + " deci-dBi");
    }
    return CheckResult.ok();
  }

  @Override
  public String toString() {
    return "WitnessKind[" + rules + "]";
  }
}
