package io.depin.tokenomics.burnmint;

import io.depin.core.token.TokenAmount;
import io.depin.tokenomics.burnmint.internal.Rational;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * How much is minted back in an epoch: {@code minted = min(floor(basis * ratio), capPerEpoch)},
 * where the basis is the amount burned in the epoch or the epoch's scheduled emission. The excess
 * over the cap is withheld (never minted, never carried over), which bounds inflation however
 * large the burn: the re-mint caps of Render's and Hivemapper's burn-and-mint designs.
 *
 * {@snippet :
 * RemintPolicy p = new RemintPolicy(RemintBasis.BURNED, new BigDecimal("0.75"), cap);
 * RemintOutcome out = p.remint(burnedThisEpoch, emissionThisEpoch);
 * ledger.mint(epoch, AccountId.TREASURY, out.minted());
 * }
 *
 * @param basis what the re-mint is a share of
 * @param ratio the share, 0 or more (an exact decimal; may exceed 1)
 * @param capPerEpoch the most minted in one epoch, 0 or more
 * @since 0.1.0
 */
public record RemintPolicy(RemintBasis basis, BigDecimal ratio, TokenAmount capPerEpoch) {
  /**
   * Validates the policy.
   *
   * @throws IllegalArgumentException if the ratio or cap is negative
   */
  public RemintPolicy {
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(ratio, "ratio");
    Objects.requireNonNull(capPerEpoch, "capPerEpoch");
    if (ratio.signum() < 0) {
      throw new IllegalArgumentException("a re-mint ratio is 0 or more, not " + ratio);
    }
    if (capPerEpoch.isNegative()) {
      throw new IllegalArgumentException("a re-mint cap is 0 or more, not " + capPerEpoch);
    }
  }

  /**
   * Returns the re-mint for one epoch.
   *
   * @param burned the amount burned in the epoch, 0 or more
   * @param emission the epoch's scheduled emission, 0 or more
   * @return what is minted and what is withheld by the cap
   * @throws IllegalArgumentException if an amount is negative or of another token than the cap
   */
  public RemintOutcome remint(TokenAmount burned, TokenAmount emission) {
    if (burned.isNegative() || emission.isNegative()) {
      throw new IllegalArgumentException("burn and emission are 0 or more");
    }
    if (!burned.token().equals(capPerEpoch.token()) || !emission.token().equals(capPerEpoch.token())) {
      throw new IllegalArgumentException("amounts must be of " + capPerEpoch.token().symbol());
    }
    TokenAmount base = basis == RemintBasis.BURNED ? burned : emission;
    Rational r = Rational.of(ratio);
    TokenAmount uncapped = base.multiplyRatio(r.numerator(), r.denominator(), RoundingMode.FLOOR);
    TokenAmount minted = uncapped.compareTo(capPerEpoch) <= 0 ? uncapped : capPerEpoch;
    return new RemintOutcome(minted, uncapped.minus(minted));
  }
}
