package io.depin.proofs.location;

import io.depin.proofs.VerifiedProof;
import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link LocationTrack} concluded about one verified claim.
 *
 * {@snippet :
 * for (ClaimOutcome outcome : track.outcomes()) {
 *   if (!outcome.counted()) {
 *     log.info("{} {}", outcome.rejection(), outcome.detail());
 *   }
 * }
 * }
 *
 * @param proof the verified claim
 * @param rejection the reason code if the claim does not count, or null if it counts
 * @param detail a description for people: distances and speeds that decided
 * @param multiplier the trust multiplier of the claim's distance to the asserted location; zero
 *     for a claim that does not count
 * @since 0.1.0
 */
public record ClaimOutcome(
    VerifiedProof<LocationClaim> proof,
    @Nullable String rejection,
    String detail,
    BigDecimal multiplier) {
  /** Checks that the components are present. */
  public ClaimOutcome {
    Objects.requireNonNull(proof, "proof");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(multiplier, "multiplier");
  }

  /** {@return whether the claim counts} */
  public boolean counted() {
    return rejection == null;
  }
}
