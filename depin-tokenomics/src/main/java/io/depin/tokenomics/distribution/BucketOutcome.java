package io.depin.tokenomics.distribution;

import java.math.BigInteger;
import org.jspecify.annotations.Nullable;

/**
 * Where every base unit of one bucket went. Always {@code paid + roundingDust + unused ==
 * available}, and {@code available == allocated + rolledIn}.
 *
 * {@snippet :
 * for (BucketOutcome b : distribution.buckets()) {
 *   System.out.println(b.name() + ": paid " + b.paid() + ", dust " + b.roundingDust());
 * }
 * }
 *
 * @param name the bucket
 * @param allocated {@code floor(pool * share)}
 * @param rolledIn what other buckets rolled over into this one
 * @param available {@code allocated + rolledIn}, the amount shared out
 * @param totalWeight the sum of the effective weights (scaled by {@code 10^weightScale})
 * @param weightScale the power of ten that makes the effective weights integers
 * @param paid the sum of the payouts, commissions included
 * @param roundingDust what rounding left over
 * @param unused what was not shared out: all of {@code available} when the total weight is zero,
 *     otherwise what the cap cut off
 * @param rolloverTo the bucket that received {@code unused}, or {@code null} if it is unallocated
 * @since 0.1.0
 */
public record BucketOutcome(
    String name,
    BigInteger allocated,
    BigInteger rolledIn,
    BigInteger available,
    BigInteger totalWeight,
    int weightScale,
    BigInteger paid,
    BigInteger roundingDust,
    BigInteger unused,
    @Nullable String rolloverTo) {

  /**
   * {@return what this bucket left unallocated: the rounding dust, plus the unused amount unless it
   * rolled over}
   */
  public BigInteger unallocated() {
    return rolloverTo == null ? roundingDust.add(unused) : roundingDust;
  }
}
