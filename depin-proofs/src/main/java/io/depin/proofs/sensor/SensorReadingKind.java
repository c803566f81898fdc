package io.depin.proofs.sensor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.depin.core.DecodingException;
import io.depin.core.DecodingException.Reason;
import io.depin.core.bytes.Hash32;
import io.depin.core.json.JsonFields;
import io.depin.core.message.MessageType;
import io.depin.core.rules.RuleBook;
import io.depin.proofs.CheckResult;
import io.depin.proofs.ProofContext;
import io.depin.proofs.ProofKind;
import io.depin.proofs.sensor.internal.ReadingCodec;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The {@link ProofKind} of {@link SensorReading}s, tag {@value #TAG}. The wire form is {@code
 * {"index":7,"previousHash":"0x…","sensorId":"t1","sensorType":"temperature",
 * "timestampMillis":1767225600000,"unit":"Cel","value":"21.5"}}, decoded strictly; the value is a
 * decimal string so it stays exact.
 *
 * <p>Reason codes of {@link #check}, against the rules in force at the proof's timestamp:
 *
 * <ul>
 *   <li>{@code sensor.no-rules}: no {@link SensorRules} are in force;
 *   <li>{@code sensor.unknown-type}: the rules have no entry for the reading's type;
 *   <li>{@code sensor.wrong-unit}: the reading's unit is not its type's;
 *   <li>{@code sensor.out-of-range}: the value is outside its type's plausible range;
 *   <li>{@code sensor.bad-genesis}: index 0 does not link to {@link Hash32#ZERO}, or a later index
 *       does;
 *   <li>{@code sensor.reading-after-proof}: the reading is timestamped after the proof carrying it.
 * </ul>
 *
 * <p>What one reading cannot show (gaps, forks, reordering, rate of change) is judged by {@link
 * ReadingChains}.
 *
 * {@snippet :
 * SensorReadingKind kind = new SensorReadingKind(RuleBook.startingAt(launch, SensorRules.examples()));
 * ProofVerifier verifier = fleet.verifier().kind(kind).build();
 * }
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class SensorReadingKind implements ProofKind<SensorReading> {
  /** The kind's tag. */
  public static final String TAG = "io.depin.proofs.sensor.reading/v1";

  private static final MessageType TYPE = MessageType.of(TAG);
  private static final Set<String> MEMBERS = Set.of(
      "sensorId", "sensorType", "index", "value", "unit", "previousHash", "timestampMillis");

  private final RuleBook<SensorRules> rules;

  /**
   * Creates the kind.
   *
   * @param rules the versioned rules
   */
  public SensorReadingKind(RuleBook<SensorRules> rules) {
    this.rules = Objects.requireNonNull(rules, "rules");
  }

  @Override
  public MessageType type() {
    return TYPE;
  }

  @Override
  public SensorReading decode(JsonNode payload) {
    JsonFields.requireMembers(payload, MEMBERS, "sensor reading");
    String sensorId = ReadingCodec.name(payload, "sensorId");
    String sensorType = ReadingCodec.name(payload, "sensorType");
    String unit = ReadingCodec.name(payload, "unit");
    long index = JsonFields.safeInteger(payload, "index");
    Hash32 previous = ReadingCodec.hash(payload, "previousHash");
    long millis = JsonFields.safeInteger(payload, "timestampMillis");
    try {
      return new SensorReading(sensorId, sensorType, index, ReadingCodec.decimal(payload, "value"),
          unit, previous, Instant.ofEpochMilli(millis));
    } catch (DecodingException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw new DecodingException(
          Reason.INVALID_VALUE, Objects.requireNonNullElse(e.getMessage(), e.toString()), e);
    }
  }

  @Override
  public JsonNode encode(SensorReading reading) {
    return toJson(reading);
  }

  static ObjectNode toJson(SensorReading reading) {
    ObjectNode node = ReadingCodec.object();
    node.put("sensorId", reading.sensorId());
    node.put("sensorType", reading.sensorType());
    node.put("index", reading.index());
    node.put("value", reading.value().toPlainString());
    node.put("unit", reading.unit());
    node.put("previousHash", reading.previousHash().toPrefixedHex());
    node.put("timestampMillis", reading.timestamp().toEpochMilli());
    return node;
  }

  @Override
  public CheckResult check(SensorReading reading, ProofContext context) {
    Optional<SensorRules> inForce = rules.inForceAt(context.timestamp());
    if (inForce.isEmpty()) {
      return CheckResult.fail("sensor.no-rules", "no sensor rules at " + context.timestamp());
    }
    SensorTypeRule rule = inForce.get().types().get(reading.sensorType());
    if (rule == null) {
      return CheckResult.fail("sensor.unknown-type", "no rule for type " + reading.sensorType());
    }
    if (!rule.unit().equals(reading.unit())) {
      return CheckResult.fail("sensor.wrong-unit",
          reading.sensorType() + " is in " + rule.unit() + ", not " + reading.unit());
    }
    if (!rule.inRange(reading.value())) {
      return CheckResult.fail("sensor.out-of-range", reading.value().toPlainString()
          + " is outside [" + rule.min() + ", " + rule.max() + "] for " + reading.sensorType());
    }
    boolean genesis = reading.index() == 0;
    if (genesis != reading.previousHash().equals(Hash32.ZERO)) {
      return CheckResult.fail("sensor.bad-genesis", genesis
          ? "reading 0 must link to the zero hash"
          : "reading " + reading.index() + " links to the zero hash");
    }
    if (reading.timestamp().isAfter(context.timestamp())) {
      return CheckResult.fail("sensor.reading-after-proof",
          "measured at " + reading.timestamp() + ", after the proof at " + context.timestamp());
    }
    return CheckResult.ok();
  }

  @Override
  public String toString() {
    return "SensorReadingKind[" + rules + "]";
  }
}
