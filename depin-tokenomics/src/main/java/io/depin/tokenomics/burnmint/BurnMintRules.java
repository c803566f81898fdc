package io.depin.tokenomics.burnmint;

import java.util.Objects;

/**
 * The burn-and-mint rules in force for an epoch; keep versions with effective dates in an {@link
 * io.depin.core.rules.RuleBook} and use them through {@link BurnAndMint}.
 *
 * {@snippet :
 * RuleBook<BurnMintRules> rules = RuleBook.startingAt(genesis,
 *     new BurnMintRules(CreditPrice.HELIUM_DATA_CREDIT, Haircut.HELIUM, remint));
 * }
 *
 * @param creditPrice the fixed fiat price of a credit
 * @param haircut the confidence haircut on the oracle price
 * @param remint the per-epoch re-mint policy
 * @since 0.1.0
 */
public record BurnMintRules(CreditPrice creditPrice, Haircut haircut, RemintPolicy remint) {
  /** Checks that nothing is null. */
  public BurnMintRules {
    Objects.requireNonNull(creditPrice, "creditPrice");
    Objects.requireNonNull(haircut, "haircut");
    Objects.requireNonNull(remint, "remint");
  }
}
