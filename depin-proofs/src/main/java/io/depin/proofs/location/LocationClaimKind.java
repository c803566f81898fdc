package io.depin.proofs.location;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.depin.core.DecodingException;
import io.depin.core.DecodingException.Reason;
import io.depin.core.json.JsonFields;
import io.depin.core.message.MessageType;
import io.depin.core.rules.RuleBook;
import io.depin.proofs.CheckResult;
import io.depin.proofs.ProofContext;
import io.depin.proofs.ProofKind;
import io.depin.proofs.location.internal.PositionJson;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The {@link ProofKind} of {@link LocationClaim}s, tag {@value #TAG}. The wire form is {@code
 * {"accuracyMeters":15,"latitude":48.8566,"longitude":2.3522}}, decoded strictly.
 *
 * <p>Reason codes of {@link #check}:
 *
 * <ul>
 *   <li>{@code location.no-rules}: no {@link LocationRules} are in force at the proof's timestamp;
 *   <li>{@code location.accuracy-too-coarse}: the claim's accuracy radius is larger than the rules'
 *       {@link LocationRules#maxAccuracyMeters()}.
 * </ul>
 *
 * {@snippet :
 * LocationClaimKind kind = new LocationClaimKind(RuleBook.startingAt(launch, LocationRules.indoorHotspotExample()));
 * ProofVerifier verifier = fleet.verifier().kind(kind).build();
 * }
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class LocationClaimKind implements ProofKind<LocationClaim> {
  /** The kind's tag. */
  public static final String TAG = "io.depin.proofs.location.claim/v1";

  private static final MessageType TYPE = MessageType.of(TAG);
  private static final Set<String> MEMBERS = Set.of("latitude", "longitude", "accuracyMeters");

  private final RuleBook<LocationRules> rules;

  /**
   * Creates the kind.
   *
   * @param rules the versioned rules
   */
  public LocationClaimKind(RuleBook<LocationRules> rules) {
    this.rules = Objects.requireNonNull(rules, "rules");
  }

  /** {@return the versioned rules this kind checks against} */
  public RuleBook<LocationRules> rules() {
    return rules;
  }

  @Override
  public MessageType type() {
    return TYPE;
  }

  @Override
  public LocationClaim decode(JsonNode payload) {
    JsonFields.requireMembers(payload, MEMBERS, "location claim");
    long accuracy = JsonFields.safeInteger(payload, "accuracyMeters");
    if (accuracy > LocationClaim.MAX_ACCURACY_METERS) {
      throw new DecodingException(Reason.INVALID_VALUE,
          "'accuracyMeters' is at most " + LocationClaim.MAX_ACCURACY_METERS);
    }
    return new LocationClaim(PositionJson.read(payload), accuracy);
  }

  @Override
  public JsonNode encode(LocationClaim claim) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    PositionJson.write(node, claim.position());
    node.put("accuracyMeters", claim.accuracyMeters());
    return node;
  }

  @Override
  public CheckResult check(LocationClaim claim, ProofContext context) {
    Optional<LocationRules> inForce = rules.inForceAt(context.timestamp());
    if (inForce.isEmpty()) {
      return CheckResult.fail("location.no-rules", "no location rules at " + context.timestamp());
    }
    long max = inForce.get().maxAccuracyMeters();
    if (claim.accuracyMeters() > max) {
      return CheckResult.fail("location.accuracy-too-coarse",
          "accuracy " + claim.accuracyMeters() + " m; the rules allow " + max + " m");
    }
    return CheckResult.ok();
  }

  @Override
  public String toString() {
    return "LocationClaimKind[" + rules + "]";
  }
}
