/**
 * Exact reward distribution: a pool split into buckets, each shared among participants by weight
 * with a stated rounding policy, every payout and every base unit of dust accounted for, and every
 * payout able to explain itself.
 *
 * <p>Start with {@link io.depin.tokenomics.distribution.DistributionPolicy} and {@link
 * io.depin.tokenomics.distribution.RewardDistributor}.
 */
@NullMarked
package io.depin.tokenomics.distribution;

import org.jspecify.annotations.NullMarked;
