package io.depin.tokenomics.burnmint;

import io.depin.core.rules.RuleBook;
import io.depin.core.token.Token;
import io.depin.tokenomics.burnmint.internal.BurnMintYaml;
import io.depin.tokenomics.config.ConfigException;
import io.depin.tokenomics.config.internal.YamlNode;
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

  /**
   * Reads one version of the rules from a YAML document: {@code creditPrice} (fiat per credit,
   * positive), {@code haircut} (the factor {@code k}, 0 or more) and {@code remint} with {@code
   * basis} ({@code burned} or {@code emission}), {@code ratio} (0 or more) and {@code capPerEpoch}
   * (whole tokens, as text such as {@code "1000.5"}). Decimals have at most 40 digits either side
   * of the point.
   *
   * {@snippet :
   * BurnMintRules r = BurnMintRules.fromYaml("bme.yaml", """
   *     creditPrice: 0.00001
   *     haircut: 2
   *     remint: {basis: burned, ratio: 1, capPerEpoch: "50000"}
   *     """, hnt);
   * }
   *
   * @param source the file name used in error messages
   * @param yaml the document
   * @param token the token the cap is in
   * @return the rules
   * @throws ConfigException naming the key and line at fault
   */
  public static BurnMintRules fromYaml(String source, String yaml, Token token)
      throws ConfigException {
    return BurnMintYaml.rules(YamlNode.parse(source, yaml), token, false);
  }

  /**
   * Reads versioned rules from a YAML list; each element has the keys of {@link #fromYaml} and an
   * {@code effective} instant, in increasing order.
   *
   * {@snippet :
   * RuleBook<BurnMintRules> book = BurnMintRules.bookFromYaml("bme.yaml", text, hnt);
   * }
   *
   * @param source the file name used in error messages
   * @param yaml the document
   * @param token the token the caps are in
   * @return the book of versions
   * @throws ConfigException naming the key and line at fault
   */
  public static RuleBook<BurnMintRules> bookFromYaml(String source, String yaml, Token token)
      throws ConfigException {
    return BurnMintYaml.book(YamlNode.parse(source, yaml), token);
  }
}
