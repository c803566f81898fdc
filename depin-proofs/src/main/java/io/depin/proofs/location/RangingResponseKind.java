package io.depin.proofs.location;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.depin.core.DecodingException;
import io.depin.core.DecodingException.Reason;
import io.depin.core.bytes.Bytes;
import io.depin.core.json.JsonFields;
import io.depin.core.message.MessageType;
import io.depin.core.rules.RuleBook;
import io.depin.proofs.CheckResult;
import io.depin.proofs.ProofContext;
import io.depin.proofs.ProofKind;
import io.depin.proofs.location.internal.PositionJson;
import java.util.Objects;
import java.util.Set;

/**
 * The {@link ProofKind} of {@link RangingResponse}s, tag {@value #TAG}. The wire form is {@code
 * {"latitude":48.8566,"longitude":2.3522,"nonce":"0x…"}} with a 16-byte nonce, decoded strictly.
 * Whether the response bounds the device's distance is decided by {@link DistanceBounding}, which
 * knows the challenge and the measured round trip.
 *
 * <p>Reason code of {@link #check}: {@code location.no-rules}, no {@link LocationRules} in force
 * at the proof's timestamp.
 *
 * {@snippet :
 * RangingResponseKind kind = new RangingResponseKind(rules);
 * ProofVerifier verifier = fleet.verifier().kind(kind).build();
 * }
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class RangingResponseKind implements ProofKind<RangingResponse> {
  /** The kind's tag. */
  public static final String TAG = "io.depin.proofs.location.ranging-response/v1";

  private static final MessageType TYPE = MessageType.of(TAG);
  private static final Set<String> MEMBERS = Set.of("latitude", "longitude", "nonce");

  private final RuleBook<LocationRules> rules;

  /**
   * Creates the kind.
   *
   * @param rules the versioned rules
   */
  public RangingResponseKind(RuleBook<LocationRules> rules) {
    this.rules = Objects.requireNonNull(rules, "rules");
  }

  @Override
  public MessageType type() {
    return TYPE;
  }

  @Override
  public RangingResponse decode(JsonNode payload) {
    JsonFields.requireMembers(payload, MEMBERS, "ranging response");
    Bytes nonce = JsonFields.hex(payload, "nonce", RangingChallenge.NONCE_BYTES);
    if (nonce.length() != RangingChallenge.NONCE_BYTES) {
      throw new DecodingException(Reason.WRONG_LENGTH,
          "'nonce' is " + RangingChallenge.NONCE_BYTES + " bytes, not " + nonce.length());
    }
    return new RangingResponse(nonce, PositionJson.read(payload));
  }

  @Override
  public JsonNode encode(RangingResponse response) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    PositionJson.write(node, response.position());
    node.put("nonce", response.nonce().toPrefixedHex());
    return node;
  }

  @Override
  public CheckResult check(RangingResponse response, ProofContext context) {
    return rules.inForceAt(context.timestamp()).isPresent()
        ? CheckResult.ok()
        : CheckResult.fail("location.no-rules", "no location rules at " + context.timestamp());
  }

  @Override
  public String toString() {
    return "RangingResponseKind[" + rules + "]";
  }
}
