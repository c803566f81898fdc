package io.depin.tokenomics.burnmint;

import io.depin.core.token.TokenAmount;
import java.util.Objects;

/**
 * The result of {@link RemintPolicy#remint}: {@code minted + withheld} is the uncapped re-mint.
 *
 * {@snippet :
 * RemintOutcome out = policy.remint(burned, emission);
 * TokenAmount uncapped = out.minted().plus(out.withheld());
 * }
 *
 * @param minted the amount to mint, at most the cap
 * @param withheld the amount the cap held back
 * @since 0.1.0
 */
public record RemintOutcome(TokenAmount minted, TokenAmount withheld) {
  /** Checks that nothing is null. */
  public RemintOutcome {
    Objects.requireNonNull(minted, "minted");
    Objects.requireNonNull(withheld, "withheld");
  }
}
