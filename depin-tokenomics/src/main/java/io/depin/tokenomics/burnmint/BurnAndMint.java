package io.depin.tokenomics.burnmint;

import io.depin.core.rules.RuleBook;
import io.depin.core.time.Epoch;
import io.depin.core.time.EpochClock;
import io.depin.core.token.Token;
import io.depin.core.token.TokenAmount;
import io.depin.tokenomics.ledger.AccountId;
import io.depin.tokenomics.ledger.Ledger;
import io.depin.tokenomics.ledger.LedgerException;
import java.util.Objects;

/**
 * Burn-and-mint through a {@link Ledger}, under versioned {@link BurnMintRules}: buying credits
 * burns the payer's tokens, and the epoch's re-mint mints new ones, so the ledger's supply
 * invariant covers both sides. The rules for an epoch are those in force at its start.
 *
 * {@snippet :
 * BurnAndMint bme = BurnAndMint.of(hnt, rules, epochs);
 * Credits dc = bme.buyCredits(ledger, epoch, payer, Credits.of(100_000), emaPrice);
 * RemintOutcome out = bme.remint(ledger, epoch, AccountId.TREASURY, burnedInEpoch, emission);
 * }
 *
 * <p>Immutable and thread-safe; the ledger it is given is not.
 *
 * @since 0.1.0
 */
public final class BurnAndMint {
  private final Token token;
  private final RuleBook<BurnMintRules> rules;
  private final EpochClock epochs;

  private BurnAndMint(Token token, RuleBook<BurnMintRules> rules, EpochClock epochs) {
    this.token = token;
    this.rules = rules;
    this.epochs = epochs;
  }

  /**
   * Returns a burn-and-mint engine.
   *
   * @param token the token burned and minted
   * @param rules the versions of the rules
   * @param epochs maps epochs to instants for rule look-up
   * @return the engine
   */
  public static BurnAndMint of(Token token, RuleBook<BurnMintRules> rules, EpochClock epochs) {
    return new BurnAndMint(
        Objects.requireNonNull(token, "token"),
        Objects.requireNonNull(rules, "rules"),
        Objects.requireNonNull(epochs, "epochs"));
  }

  /**
   * Returns the rules in force in an epoch.
   *
   * @param epoch the epoch
   * @return the rules
   * @throws BurnMintException with {@code rules_not_in_force} before the first version
   */
  public BurnMintRules rulesAt(Epoch epoch) throws BurnMintException {
    return rules
        .inForceAt(epochs.startOf(epoch))
        .orElseThrow(
            () ->
                new BurnMintException(
                    BurnMintException.Reason.RULES_NOT_IN_FORCE,
                    "no burn-and-mint rules are in force at " + epoch));
  }

  /**
   * Returns the converter for an epoch's rules.
   *
   * @param epoch the epoch
   * @return the converter
   * @throws BurnMintException with {@code rules_not_in_force} before the first version
   */
  public CreditConverter converterAt(Epoch epoch) throws BurnMintException {
    BurnMintRules r = rulesAt(epoch);
    return CreditConverter.of(token, r.creditPrice(), r.haircut());
  }

  /**
   * Burns from {@code payer} the tokens {@code wanted} credits cost (rounded up) and returns the
   * credits.
   *
   * @param ledger the ledger to burn in
   * @param epoch the epoch
   * @param payer the account that pays
   * @param wanted the credits wanted
   * @param oracle the oracle price (for Helium's rules: the EMA price and EMA confidence)
   * @return {@code wanted}, now paid for
   * @throws BurnMintException if the oracle price is unusable or no rules are in force
   * @throws LedgerException if the payer cannot pay; nothing is burned
   */
  public Credits buyCredits(
      Ledger ledger, Epoch epoch, AccountId payer, Credits wanted, OraclePrice oracle)
      throws BurnMintException, LedgerException {
    TokenAmount cost = converterAt(epoch).tokensFor(wanted, oracle);
    if (!cost.isZero()) {
      ledger.burn(epoch, payer, cost);
    }
    return wanted;
  }

  /**
   * Mints the epoch's re-mint, by the rules in force, to {@code to}.
   *
   * @param ledger the ledger to mint in
   * @param epoch the epoch
   * @param to the account credited, such as a reward pool
   * @param burned the amount burned in the epoch
   * @param emission the epoch's scheduled emission
   * @return what was minted and what the cap withheld
   * @throws BurnMintException if no rules are in force
   * @throws LedgerException if the ledger rejects the mint; nothing is minted
   */
  public RemintOutcome remint(
      Ledger ledger, Epoch epoch, AccountId to, TokenAmount burned, TokenAmount emission)
      throws BurnMintException, LedgerException {
    RemintOutcome out = rulesAt(epoch).remint().remint(burned, emission);
    if (!out.minted().isZero()) {
      ledger.mint(epoch, to, out.minted());
    }
    return out;
  }
}
