package io.depin.tokenomics.burnmint.internal;

import io.depin.core.DecodingException;
import io.depin.core.rules.RuleBook;
import io.depin.core.token.Token;
import io.depin.core.token.TokenAmount;
import io.depin.tokenomics.burnmint.BurnMintRules;
import io.depin.tokenomics.burnmint.CreditPrice;
import io.depin.tokenomics.burnmint.Haircut;
import io.depin.tokenomics.burnmint.RemintBasis;
import io.depin.tokenomics.burnmint.RemintPolicy;
import io.depin.tokenomics.config.ConfigException;
import io.depin.tokenomics.config.internal.RuleBookYaml;
import io.depin.tokenomics.config.internal.YamlNode;
import java.math.BigDecimal;
import java.util.Set;

/** Reads {@link BurnMintRules} and versioned books of them from YAML nodes. */
public final class BurnMintYaml {
  /** The most fraction digits, and the largest power of ten, a decimal may have. */
  public static final int MAX_SCALE = 40;

  private BurnMintYaml() {}

  /**
   * Reads one version: {@code creditPrice} (fiat, positive), {@code haircut} ({@code k}, 0 or
   * more), and {@code remint} with {@code basis} ({@code burned} or {@code emission}), {@code
   * ratio} and {@code capPerEpoch} (whole tokens).
   *
   * @param node the mapping
   * @param token the token the cap is in
   * @param versioned whether the mapping also has an {@code effective} key
   * @return the rules
   * @throws ConfigException if a key is missing, unknown or out of range
   */
  public static BurnMintRules rules(YamlNode node, Token token, boolean versioned)
      throws ConfigException {
    node.requireKeys(
        versioned
            ? Set.of("creditPrice", "haircut", "remint", "effective")
            : Set.of("creditPrice", "haircut", "remint"));
    YamlNode priceNode = node.get("creditPrice");
    BigDecimal price = decimal(priceNode);
    if (price.signum() <= 0) {
      throw priceNode.error("expected a positive price, found " + price.toPlainString());
    }
    YamlNode remint = node.get("remint").requireKeys(Set.of("basis", "ratio", "capPerEpoch"));
    YamlNode basisNode = remint.get("basis");
    RemintBasis basis =
        switch (basisNode.text()) {
          case "burned" -> RemintBasis.BURNED;
          case "emission" -> RemintBasis.EMISSION;
          default -> throw basisNode.error("expected burned or emission");
        };
    YamlNode capNode = remint.get("capPerEpoch");
    TokenAmount cap;
    try {
      cap = TokenAmount.parse(capNode.text(), token);
    } catch (DecodingException e) {
      throw capNode.error("expected an amount of " + token.symbol() + ": " + e.getMessage());
    }
    if (cap.isNegative()) {
      throw capNode.error("expected 0 or more");
    }
    return new BurnMintRules(
        new CreditPrice(price),
        new Haircut(nonNegative(node.get("haircut"))),
        new RemintPolicy(basis, nonNegative(remint.get("ratio")), cap));
  }

  /**
   * Reads a list of versions, each with an {@code effective} instant, in increasing order.
   *
   * @param node the list
   * @param token the token amounts are in
   * @return the book
   * @throws ConfigException if the list is empty, out of order or a version is invalid
   */
  public static RuleBook<BurnMintRules> book(YamlNode node, Token token) throws ConfigException {
    return RuleBookYaml.book(node, v -> rules(v, token, true));
  }

  private static BigDecimal decimal(YamlNode node) throws ConfigException {
    BigDecimal value = node.decimal();
    if (value.scale() > MAX_SCALE || value.precision() - value.scale() > MAX_SCALE) {
      throw node.error("expected at most " + MAX_SCALE + " digits either side of the point");
    }
    return value;
  }

  private static BigDecimal nonNegative(YamlNode node) throws ConfigException {
    BigDecimal value = decimal(node);
    if (value.signum() < 0) {
      throw node.error("expected 0 or more, found " + value.toPlainString());
    }
    return value;
  }
}
