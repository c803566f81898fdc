package io.depin.proofs.compute;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.depin.core.DecodingException;
import io.depin.core.DecodingException.Reason;
import io.depin.core.bytes.Hash32;
import io.depin.core.json.JsonFields;
import io.depin.core.message.MessageType;
import io.depin.core.rules.RuleBook;
import io.depin.proofs.CheckResult;
import io.depin.proofs.ProofContext;
import io.depin.proofs.ProofKind;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The compute result proof kind, tag {@value #TAG}. What a single result can show is checked
 * here; agreement between providers is the {@link AgreementEvaluator}'s job.
 *
 * <p>Reason codes of {@link #check}:
 *
 * <ul>
 *   <li>{@code compute.no-rules}: no {@link ComputeRules} are in force at the proof's timestamp;
 *   <li>{@code compute.runtime-over-limit}: the reported runtime exceeds the rules' maximum.
 * </ul>
 *
 * {@snippet :
 * ComputeKind kind = new ComputeKind(RuleBook.startingAt(launch, ComputeRules.MAJORITY));
 * ProofVerifier verifier = ProofVerifier.builder()
 *     .registry(registry).replayGuard(guard).clock(clock).kind(kind).build();
 * }
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ComputeKind implements ProofKind<ComputeResult> {
  /** The kind's tag. */
  public static final String TAG = "io.depin.proofs.compute.result/v1";

  private static final MessageType TYPE = MessageType.of(TAG);
  private static final Set<String> MEMBERS = Set.of("input", "result", "runtimeMillis", "task");

  private final RuleBook<ComputeRules> rules;

  /**
   * Creates the kind.
   *
   * @param rules the compute rules, by effective instant
   */
  public ComputeKind(RuleBook<ComputeRules> rules) {
    this.rules = Objects.requireNonNull(rules, "rules");
  }

  @Override
  public MessageType type() {
    return TYPE;
  }

  /**
   * Decodes {@code {"input":<hash>,"result":<hash>,"runtimeMillis":<safe integer>,"task":<hash>}}
   * strictly; a hash is {@code 0x} and 64 hex digits.
   *
   * @param payload the payload
   * @return the result
   * @throws DecodingException if a member is missing, extra, of the wrong type or out of range
   */
  @Override
  public ComputeResult decode(JsonNode payload) {
    JsonFields.requireMembers(payload, MEMBERS, "compute result");
    return new ComputeResult(
        hash(payload, "task"),
        hash(payload, "input"),
        hash(payload, "result"),
        JsonFields.safeInteger(payload, "runtimeMillis"));
  }

  @Override
  public JsonNode encode(ComputeResult payload) {
    return JsonNodeFactory.instance
        .objectNode()
        .put("input", payload.input().toPrefixedHex())
        .put("result", payload.result().toPrefixedHex())
        .put("runtimeMillis", payload.runtimeMillis())
        .put("task", payload.task().toPrefixedHex());
  }

  @Override
  public CheckResult check(ComputeResult payload, ProofContext context) {
    Optional<ComputeRules> inForce = rules.inForceAt(context.timestamp());
    if (inForce.isEmpty()) {
      return CheckResult.fail("compute.no-rules", "no compute rules at " + context.timestamp());
    }
    long max = inForce.get().maxRuntime().toMillis();
    if (payload.runtimeMillis() > max) {
      return CheckResult.fail(
          "compute.runtime-over-limit", payload.runtimeMillis() + " ms > the limit " + max + " ms");
    }
    return CheckResult.ok();
  }

  private static Hash32 hash(JsonNode node, String member) {
    byte[] bytes = JsonFields.hex(node, member, Hash32.LENGTH).toByteArray();
    if (bytes.length != Hash32.LENGTH) {
      throw new DecodingException(
          Reason.WRONG_LENGTH, "'" + member + "' must be 32 bytes, not " + bytes.length);
    }
    return Hash32.of(bytes);
  }

  @Override
  public String toString() {
    return "ComputeKind[" + rules + "]";
  }
}
