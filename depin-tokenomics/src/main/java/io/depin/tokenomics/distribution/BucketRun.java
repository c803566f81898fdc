package io.depin.tokenomics.distribution;

import io.depin.tokenomics.distribution.internal.ShareMath;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The computed state of one bucket: per-row effective weights, shares, remainders, extra units,
 * gross amounts and commissions, held in primitive arrays on the fast path and {@link BigInteger}
 * arrays otherwise. Package-private: {@link Distribution} turns it into public values on demand.
 */
final class BucketRun {
  private static final long FAST_LIMIT = Long.MAX_VALUE;

  final BucketPolicy bucket;
  final WeightRow[] rows;
  final BigInteger allocated;
  final BigInteger rolledIn;
  final BigInteger available;
  final int weightScale;
  final BigInteger totalWeight;
  final @Nullable BigDecimal rate;
  final BigInteger paid;
  final BigInteger dust;
  final BigInteger unused;

  private final long @Nullable [] effectiveFast;
  private final BigInteger @Nullable [] effectiveBig;
  private long @Nullable [] shareFast;
  private long @Nullable [] remFast;
  private long @Nullable [] grossFast;
  private BigInteger @Nullable [] shareBig;
  private BigInteger @Nullable [] remBig;
  private BigInteger @Nullable [] grossBig;
  private final boolean[] extra;
  private final BigInteger @Nullable [] commissions;

  BucketRun(
      DistributionPolicy policy,
      BucketPolicy bucket,
      WeightRow[] rows,
      BigInteger allocated,
      BigInteger rolledIn,
      boolean forceGeneral) {
    this.bucket = bucket;
    this.rows = rows;
    this.allocated = allocated;
    this.rolledIn = rolledIn;
    this.available = allocated.add(rolledIn);
    int n = rows.length;

    int scale = 0;
    for (WeightRow r : rows) {
      if (!r.multipliers().isEmpty()) {
        scale = Math.max(scale, integerScale(r.multiplier()));
      }
    }
    this.weightScale = scale;

    long[] ef = forceGeneral ? null : new long[n];
    long sum = 0;
    for (int i = 0; ef != null && i < n; i++) {
      BigInteger e = effective(rows[i], scale);
      if (e.bitLength() >= 63 || sum > FAST_LIMIT - e.longValue()) {
        ef = null;
        break;
      }
      ef[i] = e.longValue();
      sum += ef[i];
    }
    BigInteger[] eb = null;
    BigInteger total;
    if (ef != null) {
      total = BigInteger.valueOf(sum);
    } else {
      eb = new BigInteger[n];
      total = BigInteger.ZERO;
      for (int i = 0; i < n; i++) {
        eb[i] = effective(rows[i], scale);
        total = total.add(eb[i]);
      }
    }
    this.effectiveFast = ef;
    this.effectiveBig = eb;
    this.totalWeight = total;
    this.extra = new boolean[n];

    if (total.signum() == 0) {
      this.rate = null;
      this.shareFast = new long[n];
      this.remFast = new long[n];
      this.grossFast = new long[n];
      this.commissions = null;
      this.paid = BigInteger.ZERO;
      this.dust = BigInteger.ZERO;
      this.unused = available;
      return;
    }

    BigInteger num;
    BigInteger den;
    if (policy.rateScale() == null) {
      num = available;
      den = total;
      this.rate = null;
    } else {
      den = BigInteger.TEN.pow(policy.rateScale());
      num = available.multiply(den).divide(total);
      this.rate = new BigDecimal(num, policy.rateScale());
    }
    boolean fast =
        ef != null && num.bitLength() < 63 && den.bitLength() < 63 && available.bitLength() < 63;
    BigInteger sharesTotal;
    if (fast) {
      long[] share = new long[n];
      long[] rem = new long[n];
      // fast implies ef != null
      ShareMath.sharesFast(
          Objects.requireNonNull(ef, "ef"), num.longValue(), den.longValue(), share, rem);
      long s = 0;
      for (long v : share) {
        s += v;
      }
      if (policy.method() == DistributionMethod.LARGEST_REMAINDER) {
        int leftover = Math.toIntExact(available.longValue() - s);
        boolean[] x = ShareMath.largestRemainders(rem, leftover);
        System.arraycopy(x, 0, extra, 0, n);
        s += leftover;
      }
      sharesTotal = BigInteger.valueOf(s);
      shareFast = share;
      remFast = rem;
    } else {
      // Exactly one of ef and eb is set.
      BigInteger[] e = eb != null ? eb : toBig(Objects.requireNonNull(ef, "ef"));
      BigInteger[] share = new BigInteger[n];
      BigInteger[] rem = new BigInteger[n];
      ShareMath.sharesGeneral(e, num, den, share, rem);
      BigInteger s = BigInteger.ZERO;
      for (BigInteger v : share) {
        s = s.add(v);
      }
      if (policy.method() == DistributionMethod.LARGEST_REMAINDER) {
        int leftover = available.subtract(s).intValueExact();
        boolean[] x = ShareMath.largestRemainders(rem, leftover);
        System.arraycopy(x, 0, extra, 0, n);
        s = s.add(BigInteger.valueOf(leftover));
      }
      sharesTotal = s;
      shareBig = share;
      remBig = rem;
    }

    BigInteger cap = bucket.cap();
    BigInteger grossTotal;
    if (fast && (cap == null || cap.bitLength() < 63)) {
      long c = cap == null ? Long.MAX_VALUE : cap.longValue();
      long[] gross = new long[n];
      long g = 0;
      long[] share = Objects.requireNonNull(shareFast, "shareFast"); // set when fast
      for (int i = 0; i < n; i++) {
        gross[i] = Math.min(share[i] + (extra[i] ? 1 : 0), c);
        g += gross[i];
      }
      grossFast = gross;
      grossTotal = BigInteger.valueOf(g);
    } else {
      BigInteger[] gross = new BigInteger[n];
      BigInteger g = BigInteger.ZERO;
      for (int i = 0; i < n; i++) {
        BigInteger v = share(i);
        if (extra[i]) {
          v = v.add(BigInteger.ONE);
        }
        gross[i] = cap != null && v.compareTo(cap) > 0 ? cap : v;
        g = g.add(gross[i]);
      }
      grossBig = gross;
      grossTotal = g;
    }

    BigInteger[] comm = null;
    CommissionPolicy cp = policy.commission();
    for (int i = 0; i < n; i++) {
      String operator = rows[i].operator();
      if (operator == null) {
        continue;
      }
      BigDecimal r = cp.rateFor(operator);
      if (r.signum() == 0) {
        continue;
      }
      if (comm == null) {
        comm = new BigInteger[n];
      }
      comm[i] = new BigDecimal(gross(i)).multiply(r).setScale(0, cp.rounding()).toBigIntegerExact();
    }
    this.commissions = comm;
    this.paid = grossTotal;
    this.dust = available.subtract(sharesTotal);
    this.unused = sharesTotal.subtract(grossTotal);
  }

  private static int integerScale(BigDecimal product) {
    return Math.max(0, product.stripTrailingZeros().scale());
  }

  private static BigInteger effective(WeightRow row, int scale) {
    if (row.multipliers().isEmpty()) {
      return scale == 0 ? row.weight() : row.weight().multiply(BigInteger.TEN.pow(scale));
    }
    return new BigDecimal(row.weight())
        .multiply(row.multiplier())
        .movePointRight(scale)
        .toBigIntegerExact();
  }

  private static BigInteger[] toBig(long[] values) {
    BigInteger[] out = new BigInteger[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = BigInteger.valueOf(values[i]);
    }
    return out;
  }

  BigInteger effectiveWeight(int i) {
    // The constructor sets exactly one of the fast (long) and big (BigInteger) arrays.
    return effectiveFast != null
        ? BigInteger.valueOf(effectiveFast[i])
        : Objects.requireNonNull(effectiveBig, "effectiveBig")[i];
  }

  BigInteger share(int i) {
    // The constructor sets exactly one of the fast (long) and big (BigInteger) arrays.
    return shareFast != null
        ? BigInteger.valueOf(shareFast[i])
        : Objects.requireNonNull(shareBig, "shareBig")[i];
  }

  BigInteger remainder(int i) {
    // The constructor sets exactly one of the fast (long) and big (BigInteger) arrays.
    return remFast != null
        ? BigInteger.valueOf(remFast[i])
        : Objects.requireNonNull(remBig, "remBig")[i];
  }

  BigInteger gross(int i) {
    // The constructor sets exactly one of the fast (long) and big (BigInteger) arrays.
    return grossFast != null
        ? BigInteger.valueOf(grossFast[i])
        : Objects.requireNonNull(grossBig, "grossBig")[i];
  }

  BigInteger commission(int i) {
    return commissions == null || commissions[i] == null ? BigInteger.ZERO : commissions[i];
  }

  boolean extraUnit(int i) {
    return extra[i];
  }

  BucketOutcome outcome() {
    return new BucketOutcome(bucket.name(), allocated, rolledIn, available, totalWeight,
        weightScale, paid, dust, unused, bucket.rolloverTo());
  }

  Explanation explain(int i, DistributionPolicy policy) {
    WeightRow row = rows[i];
    String operator = row.operator();
    BigDecimal commissionRate =
        operator == null ? BigDecimal.ZERO : policy.commission().rateFor(operator);
    BigInteger gross = gross(i);
    BigInteger commission = commission(i);
    RoundingMode commissionRounding = policy.commission().rounding();
    return new Explanation(row.participant(), bucket.name(), operator, row.weight(),
        row.multipliers(), weightScale, effectiveWeight(i), available, totalWeight,
        policy.method(), totalWeight.signum() == 0 ? null : policy.rateScale(), rate,
        policy.rateRounding(), policy.payoutRounding(), share(i), remainder(i), extra[i],
        bucket.cap(), gross, commissionRate, commissionRounding, commission,
        gross.subtract(commission));
  }
}
