package io.depin.tokenomics.distribution;

import io.depin.core.token.TokenAmount;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Distributes a reward pool by a {@link DistributionPolicy}, exactly.
 *
 * {@snippet :
 * DistributionPolicy policy = DistributionPolicy.fromYaml("policy.yaml", Files.readString(path));
 * WeightTable weights = WeightTable.fromCsv("weights.csv", Files.readString(csv));
 * Distribution d = new RewardDistributor(policy)
 *     .distribute(TokenAmount.parse("1000", policy.token()), weights);
 * }
 *
 * <p>The algorithm: each bucket gets {@code floor(pool * share)}; what that leaves is unallocated.
 * Buckets are then shared out in {@link DistributionPolicy#processingOrder()}, so that a bucket's
 * unused amount has rolled into its target before the target is shared. In each bucket the
 * effective weights are the weights times their multipliers, made integers by one power of ten;
 * the shares are computed as {@link Explanation} describes, capped, and split with the operator.
 *
 * <p>Arithmetic is exact for any size. When the bucket amount, the total weight and the rate fit
 * in 63 bits, shares are computed on {@code long} with 128-bit products, in parallel for large
 * buckets; otherwise with {@link BigInteger}. Both give the same result. Instances are immutable
 * and thread-safe.
 *
 * @since 0.1.0
 */
public final class RewardDistributor {
  private final DistributionPolicy policy;
  private final boolean forceGeneral;

  /**
   * Creates a distributor.
   *
   * @param policy the policy
   */
  public RewardDistributor(DistributionPolicy policy) {
    this(policy, false);
  }

  private RewardDistributor(DistributionPolicy policy, boolean forceGeneral) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.forceGeneral = forceGeneral;
  }

  /**
   * Returns a distributor that always takes the {@link BigInteger} path, as a reference for the
   * fast path; the results are identical, only slower.
   *
   * @param policy the policy
   * @return the distributor
   */
  public static RewardDistributor bigIntegerOnly(DistributionPolicy policy) {
    return new RewardDistributor(policy, true);
  }

  /** {@return the policy} */
  public DistributionPolicy policy() {
    return policy;
  }

  /**
   * Distributes one pool.
   *
   * @param pool the pool, of the policy's token, not negative
   * @param weights the weights; every row's bucket must be a bucket of the policy
   * @return the distribution
   * @throws IllegalArgumentException if the token differs, the pool is negative, or a row names an
   *     unknown bucket
   */
  public Distribution distribute(TokenAmount pool, WeightTable weights) {
    if (!pool.token().equals(policy.token())) {
      throw new IllegalArgumentException(
          "the pool is in " + pool.token() + " but the policy pays " + policy.token());
    }
    if (pool.isNegative()) {
      throw new IllegalArgumentException("the pool must not be negative: " + pool);
    }
    Map<String, List<WeightRow>> byBucket = new LinkedHashMap<>();
    for (BucketPolicy b : policy.buckets()) {
      byBucket.put(b.name(), new ArrayList<>());
    }
    for (WeightRow row : weights.rows()) {
      List<WeightRow> list = byBucket.get(row.bucket());
      if (list == null) {
        throw new IllegalArgumentException(
            row.participant() + " has a weight in bucket " + row.bucket()
                + ", which the policy does not have");
      }
      list.add(row);
    }
    BigInteger total = pool.baseUnits();
    Map<String, BigInteger> allocated = new HashMap<>();
    BigInteger rest = total;
    for (BucketPolicy b : policy.buckets()) {
      BigDecimal share = b.share();
      BigInteger a;
      if (share.scale() <= 0) {
        a = total.multiply(share.toBigIntegerExact());
      } else {
        a = total.multiply(share.unscaledValue()).divide(BigInteger.TEN.pow(share.scale()));
      }
      allocated.put(b.name(), a);
      rest = rest.subtract(a);
    }
    Map<String, BigInteger> rolledIn = new HashMap<>();
    Map<String, BucketRun> runs = new HashMap<>();
    for (BucketPolicy b : policy.processingOrder()) {
      // byBucket and allocated have an entry for every bucket of the policy.
      List<WeightRow> rows = Objects.requireNonNull(byBucket.get(b.name()), "rows");
      BigInteger bucketAllocation = Objects.requireNonNull(allocated.get(b.name()), "allocated");
      BucketRun run = new BucketRun(policy, b, rows.toArray(new WeightRow[0]),
          bucketAllocation, rolledIn.getOrDefault(b.name(), BigInteger.ZERO), forceGeneral);
      runs.put(b.name(), run);
      if (b.rolloverTo() != null) {
        rolledIn.merge(b.rolloverTo(), run.unused, BigInteger::add);
      }
    }
    List<BucketRun> ordered = new ArrayList<>();
    for (BucketPolicy b : policy.buckets()) {
      ordered.add(runs.get(b.name()));
    }
    return new Distribution(policy, pool, rest, ordered);
  }
}
