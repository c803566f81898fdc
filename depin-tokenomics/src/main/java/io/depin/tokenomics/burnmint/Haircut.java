package io.depin.tokenomics.burnmint;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How much of the oracle's confidence interval is taken off its price before tokens are valued:
 * the price used is {@code price - k * confidence}, the conservative side, so a buyer cannot
 * profit from oracle uncertainty.
 *
 * <p>Helium's data-credits program ({@code mint_data_credits_v0} in
 * helium/helium-program-library) reads the Pyth HNT/USD <em>EMA</em> price and <em>EMA</em>
 * confidence and uses {@code ema_price - 2 * ema_conf}, following Pyth's advice on confidence
 * intervals: {@link #HELIUM} is {@code k = 2}, to be given the EMA price and EMA confidence.
 *
 * {@snippet :
 * BigDecimal used = Haircut.HELIUM.apply(OraclePrice.of(new BigDecimal("4.20"), new BigDecimal("0.05")));
 * // 4.10
 * }
 *
 * @param k the number of confidence half-widths taken off, 0 or more
 * @since 0.1.0
 */
public record Haircut(BigDecimal k) {
  /** No haircut: the oracle price as reported. */
  public static final Haircut NONE = new Haircut(BigDecimal.ZERO);

  /** Helium's: two confidence half-widths off (applied to the EMA price and EMA confidence). */
  public static final Haircut HELIUM = new Haircut(BigDecimal.valueOf(2));

  /**
   * Validates the factor.
   *
   * @throws IllegalArgumentException if {@code k} is negative
   */
  public Haircut {
    Objects.requireNonNull(k, "k");
    if (k.signum() < 0) {
      throw new IllegalArgumentException("a haircut factor is 0 or more, not " + k);
    }
  }

  /**
   * Returns {@code price - k * confidence}, exactly.
   *
   * @param oracle the oracle price
   * @return the price to use; may be zero or negative, which a converter rejects
   */
  public BigDecimal apply(OraclePrice oracle) {
    return oracle.price().subtract(k.multiply(oracle.confidence()));
  }
}
