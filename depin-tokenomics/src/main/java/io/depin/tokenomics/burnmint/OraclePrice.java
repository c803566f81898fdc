package io.depin.tokenomics.burnmint;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A token's fiat price as reported by an oracle, with its confidence interval (Pyth publishes a
 * price {@code p} and a confidence {@code c}: the true price is believed to be in {@code [p - c,
 * p + c]}). It is network input: it is checked when used ({@link CreditConverter}), not here.
 *
 * {@snippet :
 * OraclePrice hnt = OraclePrice.of(new BigDecimal("4.20"), new BigDecimal("0.05"));
 * }
 *
 * @param price the fiat price of one whole token
 * @param confidence the half-width of the confidence interval
 * @since 0.1.0
 */
public record OraclePrice(BigDecimal price, BigDecimal confidence) {
  /** Checks that nothing is null. */
  public OraclePrice {
    Objects.requireNonNull(price, "price");
    Objects.requireNonNull(confidence, "confidence");
  }

  /**
   * Returns an oracle price.
   *
   * @param price the fiat price of one whole token
   * @param confidence the half-width of the confidence interval
   * @return the price
   */
  public static OraclePrice of(BigDecimal price, BigDecimal confidence) {
    return new OraclePrice(price, confidence);
  }
}
