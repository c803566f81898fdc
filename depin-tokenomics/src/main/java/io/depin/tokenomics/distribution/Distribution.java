package io.depin.tokenomics.distribution;

import io.depin.core.token.Token;
import io.depin.core.token.TokenAmount;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The result of distributing one pool: every payout, every bucket's account, and the unallocated
 * remainder. Exactly {@code paid() + unallocated() == pool()}, and for every bucket {@code paid +
 * roundingDust + unused == available}.
 *
 * {@snippet :
 * Distribution d = new RewardDistributor(policy).distribute(pool, weights);
 * TokenAmount dust = d.unallocated();
 * assert d.paid().plus(dust).equals(d.pool());
 * for (Payout p : d.payouts()) {
 *   publish(p.recipient(), p.amount(), p.explanation());
 * }
 * }
 *
 * <p>The payouts are kept in compact arrays and built as objects when {@link #payouts()} is
 * called, so a distribution to millions of participants stays small until it is read. Immutable
 * and thread-safe.
 *
 * @since 0.1.0
 */
public final class Distribution {
  private final DistributionPolicy policy;
  private final TokenAmount pool;
  private final BigInteger notAllocated;
  private final List<BucketRun> runs;

  Distribution(DistributionPolicy policy, TokenAmount pool, BigInteger notAllocated, List<BucketRun> runs) {
    this.policy = policy;
    this.pool = pool;
    this.notAllocated = notAllocated;
    this.runs = List.copyOf(runs);
  }

  /** {@return the policy used} */
  public DistributionPolicy policy() {
    return policy;
  }

  /** {@return the pool that was distributed} */
  public TokenAmount pool() {
    return pool;
  }

  /**
   * {@return the part of the pool given to no bucket: what the bucket shares leave below 1, and the
   * rounding of {@code floor(pool * share)} for each bucket}
   */
  public TokenAmount notAllocatedToBuckets() {
    return TokenAmount.ofBaseUnits(notAllocated, pool.token());
  }

  /** {@return each bucket's account, in the policy's order} */
  public List<BucketOutcome> buckets() {
    List<BucketOutcome> out = new ArrayList<>(runs.size());
    for (BucketRun r : runs) {
      out.add(r.outcome());
    }
    return out;
  }

  /** {@return the sum of all payouts} */
  public TokenAmount paid() {
    BigInteger sum = BigInteger.ZERO;
    for (BucketRun r : runs) {
      sum = sum.add(r.paid);
    }
    return TokenAmount.ofBaseUnits(sum, pool.token());
  }

  /**
   * {@return everything not paid: {@link #notAllocatedToBuckets()} plus each bucket's {@link
   * BucketOutcome#unallocated()}}
   */
  public TokenAmount unallocated() {
    BigInteger sum = notAllocated;
    for (BucketRun r : runs) {
      sum = sum.add(r.outcome().unallocated());
    }
    return TokenAmount.ofBaseUnits(sum, pool.token());
  }

  /** {@return the number of weight rows distributed (one share payout each)} */
  public int rowCount() {
    int n = 0;
    for (BucketRun r : runs) {
      n += r.rows.length;
    }
    return n;
  }

  /**
   * Builds the payouts: for each bucket in policy order and each of its rows in input order, the
   * participant's {@link PayoutKind#SHARE} (possibly zero), then its operator's {@link
   * PayoutKind#COMMISSION} if that is not zero.
   *
   * @return the payouts, a new list on each call
   */
  public List<Payout> payouts() {
    Token token = pool.token();
    List<Payout> out = new ArrayList<>(rowCount());
    for (BucketRun r : runs) {
      for (int i = 0; i < r.rows.length; i++) {
        Explanation why = r.explain(i, policy);
        out.add(new Payout(why.participant(), why.bucket(), PayoutKind.SHARE,
            TokenAmount.ofBaseUnits(why.net(), token), why));
        String operator = why.operator();
        if (operator != null && why.commission().signum() > 0) {
          out.add(new Payout(operator, why.bucket(), PayoutKind.COMMISSION,
              TokenAmount.ofBaseUnits(why.commission(), token), why));
        }
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return "Distribution[pool=" + pool + ", paid=" + paid() + ", unallocated=" + unallocated() + "]";
  }
}
