package io.depin.proofs;

import com.fasterxml.jackson.databind.JsonNode;
import io.depin.core.DecodingException;
import io.depin.core.message.MessageType;

/**
 * One kind of proof of physical work (uptime, coverage, a sensor reading, ...): its tag, how its
 * payload maps to and from JSON, and the checks only this kind knows. Register kinds with {@link
 * ProofVerifier.Builder#kind(ProofKind)}.
 *
 * {@snippet :
 * final class PingKind implements ProofKind<Ping> {
 *   public MessageType type() { return MessageType.of("io.example.ping/v1"); }
 *   public Ping decode(JsonNode payload) { return new Ping(JsonFields.safeInteger(payload, "counter")); }
 *   public JsonNode encode(Ping ping) { return JsonNodeFactory.instance.objectNode().put("counter", ping.counter()); }
 *   public CheckResult check(Ping ping, ProofContext context) { return CheckResult.ok(); }
 * }
 * }
 *
 * <p>Implementations are immutable and thread-safe: a verifier calls them from many threads.
 *
 * @param <T> the decoded payload
 * @since 0.1.0
 */
public interface ProofKind<T> {
  /**
   * Returns the kind's tag. It is the signed message type of the envelope, so a signature made for
   * one kind never verifies as another.
   *
   * @return the tag
   */
  MessageType type();

  /**
   * Decodes a payload strictly. Called only after the envelope's signature verified.
   *
   * @param payload the payload, canonical JSON
   * @return the payload
   * @throws DecodingException if the payload is not in the kind's strict form
   */
  T decode(JsonNode payload);

  /**
   * Encodes a payload; {@link #decode(JsonNode)} of the result equals {@code payload}.
   *
   * @param payload the payload
   * @return its JSON form
   */
  JsonNode encode(T payload);

  /**
   * Applies the kind's own checks, typically against the rules in force at {@link
   * ProofContext#timestamp()} (see {@link io.depin.core.rules.RuleBook}).
   *
   * @param payload the decoded payload
   * @param context the verified device and timestamp
   * @return {@link CheckResult#ok()} or the kind's reason
   */
  CheckResult check(T payload, ProofContext context);
}
