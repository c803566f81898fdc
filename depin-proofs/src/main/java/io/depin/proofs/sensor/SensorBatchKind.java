package io.depin.proofs.sensor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.depin.core.DecodingException;
import io.depin.core.DecodingException.Reason;
import io.depin.core.json.JsonFields;
import io.depin.core.message.MessageType;
import io.depin.core.rules.RuleBook;
import io.depin.proofs.CheckResult;
import io.depin.proofs.ProofContext;
import io.depin.proofs.ProofKind;
import io.depin.proofs.sensor.internal.ReadingCodec;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The {@link ProofKind} of {@link SensorBatch}es, tag {@value #TAG}. The wire form is {@code
 * {"count":64,"firstIndex":128,"root":"0x…","sensorId":"t1"}}, decoded strictly.
 *
 * <p>Reason codes of {@link #check}: {@code sensor.no-rules} (no {@link SensorRules} in force at
 * the proof's timestamp) and {@code sensor.batch-too-large} (more readings than the rules' {@link
 * SensorRules#maxBatchSize()}).
 *
 * {@snippet :
 * SensorBatchKind kind = new SensorBatchKind(rules);
 * ProofVerifier verifier = fleet.verifier().kind(readingKind).kind(kind).build();
 * }
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class SensorBatchKind implements ProofKind<SensorBatch> {
  /** The kind's tag. */
  public static final String TAG = "io.depin.proofs.sensor.batch/v1";

  private static final MessageType TYPE = MessageType.of(TAG);
  private static final Set<String> MEMBERS = Set.of("sensorId", "firstIndex", "count", "root");

  private final RuleBook<SensorRules> rules;

  /**
   * Creates the kind.
   *
   * @param rules the versioned rules
   */
  public SensorBatchKind(RuleBook<SensorRules> rules) {
    this.rules = Objects.requireNonNull(rules, "rules");
  }

  @Override
  public MessageType type() {
    return TYPE;
  }

  @Override
  public SensorBatch decode(JsonNode payload) {
    JsonFields.requireMembers(payload, MEMBERS, "sensor batch");
    String sensorId = ReadingCodec.name(payload, "sensorId");
    long firstIndex = JsonFields.safeInteger(payload, "firstIndex");
    long count = JsonFields.safeInteger(payload, "count");
    if (count < 1 || count > SensorBatch.MAX_COUNT) {
      throw new DecodingException(Reason.INVALID_VALUE,
          "'count' is from 1 to " + SensorBatch.MAX_COUNT);
    }
    if (firstIndex + count - 1 > SensorReading.MAX_INDEX) {
      throw new DecodingException(Reason.INVALID_VALUE, "the batch's last index exceeds 2^53 - 1");
    }
    return new SensorBatch(sensorId, firstIndex, (int) count, ReadingCodec.hash(payload, "root"));
  }

  @Override
  public JsonNode encode(SensorBatch batch) {
    ObjectNode node = ReadingCodec.object();
    node.put("sensorId", batch.sensorId());
    node.put("firstIndex", batch.firstIndex());
    node.put("count", batch.count());
    node.put("root", batch.root().toPrefixedHex());
    return node;
  }

  @Override
  public CheckResult check(SensorBatch batch, ProofContext context) {
    Optional<SensorRules> inForce = rules.inForceAt(context.timestamp());
    if (inForce.isEmpty()) {
      return CheckResult.fail("sensor.no-rules", "no sensor rules at " + context.timestamp());
    }
    int max = inForce.get().maxBatchSize();
    if (batch.count() > max) {
      return CheckResult.fail("sensor.batch-too-large",
          batch.count() + " readings; the rules allow " + max);
    }
    return CheckResult.ok();
  }

  @Override
  public String toString() {
    return "SensorBatchKind[" + rules + "]";
  }
}
