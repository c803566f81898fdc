package io.depin.tokenomics.burnmint;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The fixed fiat price of one credit, as an exact decimal.
 *
 * {@snippet :
 * CreditPrice dc = CreditPrice.HELIUM_DATA_CREDIT;       // $0.00001, so $1 buys 100 000 DC
 * CreditPrice custom = CreditPrice.of(new BigDecimal("0.001"));
 * }
 *
 * @param fiatPerCredit the price of one credit, positive
 * @since 0.1.0
 */
public record CreditPrice(BigDecimal fiatPerCredit) {
  /** Helium's data credit: fixed at $0.00001 (one DC is 24 bytes of data transfer). */
  public static final CreditPrice HELIUM_DATA_CREDIT = new CreditPrice(new BigDecimal("0.00001"));

  /**
   * Validates the price.
   *
   * @throws IllegalArgumentException if it is not positive
   */
  public CreditPrice {
    Objects.requireNonNull(fiatPerCredit, "fiatPerCredit");
    if (fiatPerCredit.signum() <= 0) {
      throw new IllegalArgumentException("a credit price is positive, not " + fiatPerCredit);
    }
  }

  /**
   * Returns the price.
   *
   * @param fiatPerCredit the price of one credit, positive
   * @return the price
   */
  public static CreditPrice of(BigDecimal fiatPerCredit) {
    return new CreditPrice(fiatPerCredit);
  }
}
