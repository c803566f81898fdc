package io.depin.tokenomics.distribution;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One participant's weight in one bucket, with the multipliers applied to it and the operator it
 * delegates to.
 *
 * {@snippet :
 * WeightRow row = new WeightRow("hotspot-1", "coverage", BigInteger.valueOf(400),
 *     Map.of("trust", new BigDecimal("0.75"), "boost", new BigDecimal("2")), "operator-7");
 * // effective weight: 400 * 0.75 * 2 = 600
 * }
 *
 * @param participant the participant's identifier, not empty
 * @param bucket the bucket's name
 * @param weight the weight (points, stake, bytes, ...), not negative
 * @param multipliers named factors such as a trust score or a boost, each not negative and with at
 *     most {@link #MAX_MULTIPLIER_DECIMALS} decimal places; the effective weight is the weight times
 *     all of them
 * @param operator the operator this participant delegates to, which takes a commission from its
 *     share, or {@code null}
 * @since 0.1.0
 */
public record WeightRow(
    String participant,
    String bucket,
    BigInteger weight,
    Map<String, BigDecimal> multipliers,
    @Nullable String operator) {
  /** The most decimal places a multiplier may have. */
  public static final int MAX_MULTIPLIER_DECIMALS = 18;

  /**
   * Validates the row and copies the multipliers, keeping their order.
   *
   * @throws IllegalArgumentException if the participant is empty, or the weight or a multiplier is
   *     negative or a multiplier has too many decimal places
   */
  public WeightRow {
    Objects.requireNonNull(participant, "participant");
    Objects.requireNonNull(bucket, "bucket");
    Objects.requireNonNull(weight, "weight");
    if (participant.isEmpty()) {
      throw new IllegalArgumentException("a participant identifier cannot be empty");
    }
    if (weight.signum() < 0) {
      throw new IllegalArgumentException(participant + ": a weight must not be negative");
    }
    if (!multipliers.isEmpty()) {
      LinkedHashMap<String, BigDecimal> copy = new LinkedHashMap<>();
      multipliers.forEach(
          (name, m) -> {
            if (m.signum() < 0) {
              throw new IllegalArgumentException(participant + ": multiplier " + name + " is negative");
            }
            if (m.scale() > MAX_MULTIPLIER_DECIMALS) {
              throw new IllegalArgumentException(
                  participant + ": multiplier " + name + " has more than "
                      + MAX_MULTIPLIER_DECIMALS + " decimal places");
            }
            copy.put(name, m);
          });
      multipliers = Collections.unmodifiableMap(copy);
    } else {
      multipliers = Map.of();
    }
  }

  /**
   * Returns a row with no multipliers and no operator.
   *
   * @param participant the participant
   * @param bucket the bucket
   * @param weight the weight
   * @return the row
   */
  public static WeightRow of(String participant, String bucket, long weight) {
    return new WeightRow(participant, bucket, BigInteger.valueOf(weight), Map.of(), null);
  }

  /** {@return the product of the multipliers, exactly; 1 if there are none} */
  public BigDecimal multiplier() {
    BigDecimal product = BigDecimal.ONE;
    for (BigDecimal m : multipliers.values()) {
      product = product.multiply(m);
    }
    return product;
  }
}
