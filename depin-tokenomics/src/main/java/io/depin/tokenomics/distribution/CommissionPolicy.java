package io.depin.tokenomics.distribution;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The commission an operator takes from the shares of the delegators that stake with it (as in
 * Streamr or DIMO stake-weighted payouts). The delegator keeps {@code share - commission}, where
 * {@code commission = round(share * rate)} with {@link #rounding()}; since the rate is at most 1 the
 * commission never exceeds the share, so the two always add up to the share.
 *
 * {@snippet :
 * CommissionPolicy c = new CommissionPolicy(new BigDecimal("0.10"),
 *     Map.of("operator-7", new BigDecimal("0.05")), RoundingMode.FLOOR);
 * BigDecimal rate = c.rateFor("operator-7"); // 0.05
 * }
 *
 * @param defaultRate the rate for operators not listed, from 0 to 1
 * @param operatorRates rates for named operators, each from 0 to 1
 * @param rounding how a commission is rounded to base units; not {@link RoundingMode#UNNECESSARY}
 * @since 0.1.0
 */
public record CommissionPolicy(
    BigDecimal defaultRate, Map<String, BigDecimal> operatorRates, RoundingMode rounding) {
  /** No commission. */
  public static final CommissionPolicy NONE =
      new CommissionPolicy(BigDecimal.ZERO, Map.of(), RoundingMode.FLOOR);

  /**
   * Validates the rates.
   *
   * @throws IllegalArgumentException if a rate is outside [0, 1] or the rounding is {@code
   *     UNNECESSARY}
   */
  public CommissionPolicy {
    Objects.requireNonNull(defaultRate, "defaultRate");
    Objects.requireNonNull(rounding, "rounding");
    checkRate("the default commission", defaultRate);
    LinkedHashMap<String, BigDecimal> copy = new LinkedHashMap<>();
    operatorRates.forEach(
        (operator, rate) -> {
          checkRate("the commission of " + operator, rate);
          copy.put(operator, rate);
        });
    operatorRates = Collections.unmodifiableMap(copy);
    if (rounding == RoundingMode.UNNECESSARY) {
      throw new IllegalArgumentException("a commission rounding must round; UNNECESSARY does not");
    }
  }

  private static void checkRate(String what, BigDecimal rate) {
    if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException(what + " must be 0 to 1, not " + rate);
    }
  }

  /**
   * Returns the rate an operator takes.
   *
   * @param operator the operator
   * @return its own rate if listed, otherwise the default rate
   */
  public BigDecimal rateFor(String operator) {
    return operatorRates.getOrDefault(operator, defaultRate);
  }
}
