package io.depin.tokenomics.distribution;

import io.depin.core.token.Token;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** A random policy and weight table, built from a seed so that jqwik can rerun a failure. */
record Scenario(DistributionPolicy policy, WeightTable weights) {
  static final Token TOKEN = new Token("TST", 18);
  /** Every rounding mode but UNNECESSARY, which fails on an inexact commission. */
  private static final List<RoundingMode> COMMISSION_ROUNDINGS =
      List.of(RoundingMode.UP, RoundingMode.DOWN, RoundingMode.CEILING, RoundingMode.FLOOR,
          RoundingMode.HALF_UP, RoundingMode.HALF_DOWN, RoundingMode.HALF_EVEN);

  static Scenario random(long seed, boolean allowCapsAndRollover, DistributionMethod method) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int bucketCount = 1 + rnd.nextInt(4);
    List<BucketPolicy> buckets = new ArrayList<>();
    int left = 1000;
    for (int b = 0; b < bucketCount; b++) {
      int thousandths = b == bucketCount - 1 && rnd.nextBoolean() ? left : rnd.nextInt(left + 1);
      left -= thousandths;
      BigInteger cap = allowCapsAndRollover && rnd.nextInt(3) == 0 ? bigUpTo(rnd, 80) : null;
      String rollover = null;
      if (allowCapsAndRollover && b < bucketCount - 1 && rnd.nextBoolean()) {
        rollover = "b" + (b + 1 + rnd.nextInt(bucketCount - b - 1));
      }
      buckets.add(new BucketPolicy("b" + b, BigDecimal.valueOf(thousandths, 3), cap, rollover));
    }
    Integer rateScale =
        method == DistributionMethod.PRO_RATA && rnd.nextBoolean() ? rnd.nextInt(25) : null;
    Map<String, BigDecimal> operatorRates = new LinkedHashMap<>();
    operatorRates.put("op0", BigDecimal.valueOf(rnd.nextInt(101), 2));
    CommissionPolicy commission =
        new CommissionPolicy(BigDecimal.valueOf(rnd.nextInt(1001), 3), operatorRates,
            COMMISSION_ROUNDINGS.get(rnd.nextInt(COMMISSION_ROUNDINGS.size())));
    DistributionPolicy policy =
        new DistributionPolicy(TOKEN, method, rateScale,
            rnd.nextBoolean() ? RoundingMode.DOWN : RoundingMode.FLOOR,
            rnd.nextBoolean() ? RoundingMode.DOWN : RoundingMode.FLOOR, buckets, commission);
    List<WeightRow> rows = new ArrayList<>();
    int rowCount = rnd.nextInt(30);
    for (int i = 0; i < rowCount; i++) {
      String bucket = "b" + rnd.nextInt(bucketCount);
      String participant = "p" + i;
      BigInteger weight = switch (rnd.nextInt(4)) {
        case 0 -> BigInteger.ZERO;
        case 1 -> BigInteger.valueOf(rnd.nextInt(10));
        case 2 -> BigInteger.valueOf(Long.MAX_VALUE / (1 + rnd.nextInt(64)) - rnd.nextInt(1000));
        default -> bigUpTo(rnd, 130);
      };
      Map<String, BigDecimal> multipliers = new LinkedHashMap<>();
      if (rnd.nextInt(3) == 0) {
        multipliers.put("trust", BigDecimal.valueOf(rnd.nextInt(10_001), rnd.nextInt(5)));
      }
      if (rnd.nextInt(4) == 0) {
        multipliers.put("boost", BigDecimal.valueOf(rnd.nextInt(400), 2));
      }
      String operator = rnd.nextInt(3) == 0 ? "op" + rnd.nextInt(3) : null;
      rows.add(new WeightRow(participant, bucket, weight, multipliers, operator));
    }
    return new Scenario(policy, WeightTable.of(rows));
  }

  private static BigInteger bigUpTo(SplittableRandom rnd, int maxBits) {
    int bits = rnd.nextInt(maxBits + 1);
    byte[] bytes = new byte[bits / 8 + 1];
    rnd.nextBytes(bytes);
    return new BigInteger(1, bytes).shiftRight(bytes.length * 8 - bits);
  }
}
