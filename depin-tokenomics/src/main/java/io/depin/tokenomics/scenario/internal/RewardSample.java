package io.depin.tokenomics.scenario.internal;

import io.depin.core.token.TokenAmount;
import io.depin.tokenomics.distribution.BucketPolicy;
import io.depin.tokenomics.distribution.Distribution;
import io.depin.tokenomics.distribution.Payout;
import io.depin.tokenomics.distribution.RewardDistributor;
import io.depin.tokenomics.distribution.WeightRow;
import io.depin.tokenomics.distribution.WeightTable;
import io.depin.tokenomics.scenario.RewardModel;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Distributes one epoch's operator pool over a sample of operators with seeded log-normal weights,
 * exactly, and returns what each operator received.
 */
public final class RewardSample {
  /** The points of a median operator. */
  private static final double SCALE = 1000;

  private RewardSample() {}

  /**
   * Draws weights and distributes the pool.
   *
   * @param model the policy and weight spread
   * @param pool the pool, in the policy's token
   * @param operators the operators, rounded; capped at the model's maximum, at least 1
   * @param rng the generator for the weights
   * @return the base units each operator received (operators receiving nothing included); pays
   *     plus the distribution's dust equal the pool
   */
  public static List<BigInteger> distribute(
      RewardModel model, TokenAmount pool, long operators, RandomGenerator rng) {
    int n = (int) Math.max(1, Math.min(operators, model.maxOperators()));
    double sigma = model.weightSigma();
    List<WeightRow> rows = new ArrayList<>(n * model.policy().buckets().size());
    Map<String, BigInteger> received = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      String id = "op-" + i;
      received.put(id, BigInteger.ZERO);
      for (BucketPolicy bucket : model.policy().buckets()) {
        double w = sigma == 0 ? SCALE : SCALE * Math.exp(sigma * rng.nextGaussian());
        rows.add(WeightRow.of(id, bucket.name(), Math.max(1L, Math.round(w))));
      }
    }
    Distribution d = new RewardDistributor(model.policy()).distribute(pool, WeightTable.of(rows));
    for (Payout p : d.payouts()) {
      received.merge(p.recipient(), p.amount().baseUnits(), BigInteger::add);
    }
    return List.copyOf(received.values());
  }
}
