package io.depin.testkit.proofs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.depin.core.json.JsonFields;
import io.depin.core.message.MessageType;
import io.depin.proofs.CheckResult;
import io.depin.proofs.ProofContext;
import io.depin.proofs.ProofKind;
import io.depin.core.rules.RuleBook;
import java.util.Optional;
import java.util.Set;

/**
 * A trivial proof kind for tests: a ping with a counter, which must not exceed the maximum of the
 * rules in force at the proof's timestamp.
 */
final class PingKind implements ProofKind<PingKind.Ping> {
  static final MessageType TYPE = MessageType.of("io.depin.test.ping/v1");

  /** The ping payload. */
  record Ping(long counter) {}

  /** The ping rules: the highest counter accepted. */
  record PingRules(long maxCounter) {}

  private final RuleBook<PingRules> rules;

  PingKind(RuleBook<PingRules> rules) {
    this.rules = rules;
  }

  @Override
  public MessageType type() {
    return TYPE;
  }

  @Override
  public Ping decode(JsonNode payload) {
    JsonFields.requireMembers(payload, Set.of("counter"), "ping");
    return new Ping(JsonFields.safeInteger(payload, "counter"));
  }

  @Override
  public JsonNode encode(Ping payload) {
    return JsonNodeFactory.instance.objectNode().put("counter", payload.counter());
  }

  @Override
  public CheckResult check(Ping payload, ProofContext context) {
    Optional<PingRules> inForce = rules.inForceAt(context.timestamp());
    if (inForce.isEmpty()) {
      return CheckResult.fail("no_rules", "no ping rules at " + context.timestamp());
    }
    long max = inForce.get().maxCounter();
    return payload.counter() <= max
        ? CheckResult.ok()
        : CheckResult.fail("counter_too_high", payload.counter() + " > " + max);
  }
}
