package io.depin.tokenomics.distribution;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Everything that made one participant's payout in one bucket, as data a network can publish:
 * the inputs, the weights and multipliers, the bucket's amount and total weight, the rate, each
 * rounding, the cap and the commission. All amounts are in base units.
 *
 * <p>The arithmetic, which {@link #recompute()} repeats from these fields alone:
 *
 * <pre>
 * effectiveWeight = weight * product(multipliers) * 10^weightScale
 * share   = floor(bucketAmount * effectiveWeight / bucketWeight)              exact shares
 *         = round(effectiveWeight * rate, payoutRounding)                     with a rate, where
 *   rate  = round(bucketAmount / bucketWeight, rateScale places, rateRounding)
 * remainder = the part of the exact share below one base unit, in units of 1/bucketWeight
 *             (exact shares) or 1/10^rateScale (with a rate)
 * gross   = min(share + (extraUnit ? 1 : 0), cap)
 * commission = round(gross * commissionRate, commissionRounding)              0 without an operator
 * net     = gross - commission                                                paid to the participant
 * </pre>
 *
 * {@snippet :
 * Explanation why = payout.explanation();
 * assert why.recompute().equals(why);          // the published numbers are their own proof
 * assert why.net().equals(payout.amount().baseUnits());
 * }
 *
 * @param participant the participant
 * @param bucket the bucket
 * @param operator the operator it delegates to, or {@code null}
 * @param weight the weight as given
 * @param multipliers the multipliers as given
 * @param weightScale the power of ten that makes every effective weight of the bucket an integer
 *     (the most decimal places of any participant's multiplier product)
 * @param effectiveWeight the weight times the multipliers, scaled by {@code 10^weightScale}
 * @param bucketAmount the bucket's amount: its share of the pool plus what rolled into it
 * @param bucketWeight the sum of the bucket's effective weights
 * @param method the distribution method
 * @param rateScale the rate's decimal places, or {@code null} for exact shares (and for a bucket
 *     with no weight, where no rate exists)
 * @param rate the per-weight rate in base units, rounded to {@code rateScale}, or {@code null}
 * @param rateRounding how the rate was rounded
 * @param payoutRounding how the share was rounded to base units
 * @param share the share rounded down to base units
 * @param remainder the fraction rounded away, as described above
 * @param extraUnit whether the largest-remainder method gave this participant one more base unit
 * @param cap the bucket's per-participant cap, or {@code null}
 * @param gross the share after the extra unit and the cap
 * @param commissionRate the operator's commission rate (0 without an operator)
 * @param commissionRounding how the commission was rounded
 * @param commission the commission paid to the operator
 * @param net the amount paid to the participant
 * @since 0.1.0
 */
public record Explanation(
    String participant,
    String bucket,
    @Nullable String operator,
    BigInteger weight,
    Map<String, BigDecimal> multipliers,
    int weightScale,
    BigInteger effectiveWeight,
    BigInteger bucketAmount,
    BigInteger bucketWeight,
    DistributionMethod method,
    @Nullable Integer rateScale,
    @Nullable BigDecimal rate,
    RoundingMode rateRounding,
    RoundingMode payoutRounding,
    BigInteger share,
    BigInteger remainder,
    boolean extraUnit,
    @Nullable BigInteger cap,
    BigInteger gross,
    BigDecimal commissionRate,
    RoundingMode commissionRounding,
    BigInteger commission,
    BigInteger net) {

  /** Checks that the fields are present; consistency is what {@link #recompute()} shows. */
  public Explanation {
    Objects.requireNonNull(participant, "participant");
    Objects.requireNonNull(bucket, "bucket");
    Objects.requireNonNull(multipliers, "multipliers");
    Objects.requireNonNull(weight, "weight");
    Objects.requireNonNull(effectiveWeight, "effectiveWeight");
    Objects.requireNonNull(bucketAmount, "bucketAmount");
    Objects.requireNonNull(bucketWeight, "bucketWeight");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(share, "share");
    Objects.requireNonNull(remainder, "remainder");
    Objects.requireNonNull(gross, "gross");
    Objects.requireNonNull(commissionRate, "commissionRate");
    Objects.requireNonNull(commission, "commission");
    Objects.requireNonNull(net, "net");
  }

  /**
   * Recomputes every derived field from the inputs recorded here ({@code weight}, {@code
   * multipliers}, {@code weightScale}, {@code bucketAmount}, {@code bucketWeight}, the method, the
   * rate scale and roundings, {@code extraUnit}, {@code cap} and {@code commissionRate}), with
   * {@link BigInteger} arithmetic independent of the distributor's fast path.
   *
   * @return an explanation with the recomputed {@code effectiveWeight}, {@code rate}, {@code
   *     share}, {@code remainder}, {@code gross}, {@code commission} and {@code net}; equal to this
   *     one exactly when this one is consistent
   * @throws ArithmeticException if the multipliers do not become an integer at {@code weightScale}
   */
  public Explanation recompute() {
    BigDecimal product = new BigDecimal(weight);
    for (BigDecimal m : multipliers.values()) {
      product = product.multiply(m);
    }
    BigInteger e = product.movePointRight(weightScale).toBigIntegerExact();
    BigInteger s;
    BigInteger rem;
    BigDecimal r = null;
    if (bucketWeight.signum() == 0) {
      s = BigInteger.ZERO;
      rem = BigInteger.ZERO;
    } else if (rateScale == null) {
      BigInteger[] qr = bucketAmount.multiply(e).divideAndRemainder(bucketWeight);
      s = qr[0];
      rem = qr[1];
    } else {
      r = new BigDecimal(bucketAmount).divide(new BigDecimal(bucketWeight), rateScale, rateRounding);
      BigDecimal exact = r.multiply(new BigDecimal(e));
      s = exact.setScale(0, payoutRounding).toBigIntegerExact();
      rem = exact.subtract(new BigDecimal(s)).movePointRight(rateScale).toBigIntegerExact();
    }
    BigInteger g = extraUnit ? s.add(BigInteger.ONE) : s;
    if (cap != null && g.compareTo(cap) > 0) {
      g = cap;
    }
    BigInteger c =
        new BigDecimal(g).multiply(commissionRate).setScale(0, commissionRounding).toBigIntegerExact();
    return new Explanation(participant, bucket, operator, weight, multipliers, weightScale, e,
        bucketAmount, bucketWeight, method, rateScale, r, rateRounding, payoutRounding, s, rem,
        extraUnit, cap, g, commissionRate, commissionRounding, c, g.subtract(c));
  }
}
