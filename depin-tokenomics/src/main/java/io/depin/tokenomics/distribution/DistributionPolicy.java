package io.depin.tokenomics.distribution;

import io.depin.core.rules.RuleBook;
import io.depin.core.token.Token;
import io.depin.tokenomics.config.ConfigException;
import io.depin.tokenomics.distribution.internal.PolicyYaml;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How a reward pool is split into buckets and shared among participants, with every rounding
 * stated.
 *
 * {@snippet :
 * DistributionPolicy policy = new DistributionPolicy(
 *     new Token("HNT", 8), DistributionMethod.PRO_RATA,
 *     8, RoundingMode.DOWN, RoundingMode.DOWN,                 // rate to 8 places, truncated
 *     List.of(new BucketPolicy("coverage", new BigDecimal("0.6"), null, "data"),
 *             new BucketPolicy("data", new BigDecimal("0.4"), null, null)),
 *     CommissionPolicy.NONE);
 * DistributionPolicy same = DistributionPolicy.fromYaml("policy.yaml", Files.readString(path));
 * }
 *
 * <p>Only {@link RoundingMode#DOWN} and {@link RoundingMode#FLOOR} (the same for the non-negative
 * amounts here) are accepted for the rate and the payouts: a mode that may round up could promise
 * more than the bucket holds, and then pays plus dust would not equal the pool. The mode is still
 * stated in the policy, so a published distribution says how it rounded.
 *
 * <p>A policy is a plain value; to change the rules at a later epoch, keep the versions in a
 * {@link RuleBook} keyed by their effective instant ({@link #versionsFromYaml} reads one).
 *
 * @param token the token of the pool
 * @param method pro rata or largest remainder
 * @param rateScale for {@link DistributionMethod#PRO_RATA}, the number of decimal places (0 to
 *     36) the per-weight rate, in base units, is rounded to; {@code null} for exact shares. Must be
 *     {@code null} for {@link DistributionMethod#LARGEST_REMAINDER}
 * @param rateRounding how the rate is rounded to {@code rateScale}: DOWN or FLOOR
 * @param payoutRounding how a payout is rounded to base units: DOWN or FLOOR
 * @param buckets the buckets, at least one, with distinct names and shares adding up to at most
 *     1; the rest of the pool is unallocated. Rollovers must name a bucket of this policy and
 *     must not form a cycle
 * @param commission the operators' commission
 * @since 0.1.0
 */
public record DistributionPolicy(
    Token token,
    DistributionMethod method,
    @Nullable Integer rateScale,
    RoundingMode rateRounding,
    RoundingMode payoutRounding,
    List<BucketPolicy> buckets,
    CommissionPolicy commission) {
  /** The largest rate scale accepted. */
  public static final int MAX_RATE_SCALE = 36;

  /**
   * Validates the policy.
   *
   * @throws IllegalArgumentException if a rule above is broken
   */
  public DistributionPolicy {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(rateRounding, "rateRounding");
    Objects.requireNonNull(payoutRounding, "payoutRounding");
    Objects.requireNonNull(commission, "commission");
    buckets = List.copyOf(buckets);
    if (rateScale != null) {
      if (method != DistributionMethod.PRO_RATA) {
        throw new IllegalArgumentException("a rate scale applies to pro-rata only");
      }
      if (rateScale < 0 || rateScale > MAX_RATE_SCALE) {
        throw new IllegalArgumentException(
            "the rate scale must be 0 to " + MAX_RATE_SCALE + ", not " + rateScale);
      }
    }
    requireRoundsDown("rate", rateRounding);
    requireRoundsDown("payout", payoutRounding);
    if (buckets.isEmpty()) {
      throw new IllegalArgumentException("a policy needs at least one bucket");
    }
    Set<String> names = new HashSet<>();
    BigDecimal total = BigDecimal.ZERO;
    for (BucketPolicy b : buckets) {
      if (!names.add(b.name())) {
        throw new IllegalArgumentException("bucket " + b.name() + " appears twice");
      }
      total = total.add(b.share());
    }
    if (total.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException("the bucket shares add up to " + total + ", more than 1");
    }
    for (BucketPolicy b : buckets) {
      if (b.rolloverTo() != null && !names.contains(b.rolloverTo())) {
        throw new IllegalArgumentException(
            "bucket " + b.name() + " rolls over to " + b.rolloverTo() + ", which is not a bucket");
      }
    }
    processingOrder(buckets);
  }

  private static void requireRoundsDown(String what, RoundingMode mode) {
    if (mode != RoundingMode.DOWN && mode != RoundingMode.FLOOR) {
      throw new IllegalArgumentException(
          "the " + what + " rounding must be DOWN or FLOOR, not " + mode
              + ": rounding up could pay out more than the pool holds");
    }
  }

  /**
   * Reads a policy from YAML. The format, with every key:
   *
   * <pre>{@code
   * token: {symbol: HNT, decimals: 8}
   * method: pro-rata            # or largest-remainder
   * rate:                       # pro-rata only; omit it for exact shares
   *   scale: 8                  # decimal places of the per-weight rate, in base units
   *   rounding: DOWN            # DOWN or FLOOR
   * payout-rounding: DOWN       # DOWN or FLOOR
   * buckets:
   *   - name: coverage
   *     share: 0.6              # fraction of the pool
   *     cap: "1000"             # optional: most tokens one participant gets from this bucket
   *     rollover: data          # optional: a bucket, or "unallocated" (the default)
   *   - name: data
   *     share: 0.4
   * commission:                 # optional
   *   rate: 0.1                 # default rate
   *   rounding: FLOOR
   *   operators: {op-7: 0.05}   # optional per-operator rates
   * }</pre>
   *
   * @param source the file name, for error messages
   * @param yaml the document
   * @return the policy
   * @throws ConfigException naming the key and line of the first problem
   */
  public static DistributionPolicy fromYaml(String source, String yaml) throws ConfigException {
    return PolicyYaml.read(source, yaml);
  }

  /**
   * Reads a policy file with versions that take effect at stated instants, so that an epoch is
   * always distributed by the rules in force when it happened:
   *
   * <pre>{@code
   * versions:
   *   - effective: 2026-01-01T00:00:00Z
   *     policy: {token: ..., method: pro-rata, ...}     # as in fromYaml
   *   - effective: 2026-07-01T00:00:00Z
   *     policy: {token: ..., method: largest-remainder, ...}
   * }</pre>
   *
   * {@snippet :
   * RuleBook<DistributionPolicy> book = DistributionPolicy.versionsFromYaml("policy.yaml", text);
   * DistributionPolicy inForce = book.inForceAt(epochStart).orElseThrow();
   * }
   *
   * @param source the file name, for error messages
   * @param yaml the document
   * @return the versions, by effective instant
   * @throws ConfigException naming the key and line of the first problem, including versions out of
   *     order
   */
  public static RuleBook<DistributionPolicy> versionsFromYaml(String source, String yaml)
      throws ConfigException {
    return PolicyYaml.readVersions(source, yaml);
  }

  /**
   * Returns the buckets in the order they are shared out: a bucket comes after every bucket that
   * rolls over into it, and otherwise keeps its place in the policy.
   *
   * @return the buckets
   */
  public List<BucketPolicy> processingOrder() {
    return processingOrder(buckets);
  }

  private static List<BucketPolicy> processingOrder(List<BucketPolicy> buckets) {
    Map<String, Integer> incoming = new HashMap<>();
    for (BucketPolicy b : buckets) {
      incoming.merge(b.name(), 0, Integer::sum);
      if (b.rolloverTo() != null) {
        incoming.merge(b.rolloverTo(), 1, Integer::sum);
      }
    }
    List<BucketPolicy> order = new ArrayList<>(buckets.size());
    List<BucketPolicy> pending = new ArrayList<>(buckets);
    while (!pending.isEmpty()) {
      BucketPolicy next = null;
      for (BucketPolicy b : pending) {
        // every bucket name was merged into incoming above
        if (Objects.requireNonNull(incoming.get(b.name()), "incoming") == 0) {
          next = b;
          break;
        }
      }
      if (next == null) {
        throw new IllegalArgumentException(
            "the rollovers form a cycle among " + pending.stream().map(BucketPolicy::name).toList());
      }
      pending.remove(next);
      order.add(next);
      if (next.rolloverTo() != null) {
        incoming.merge(next.rolloverTo(), -1, Integer::sum);
      }
    }
    return List.copyOf(order);
  }
}
