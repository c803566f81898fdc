package io.depin.tokenomics.distribution;

/**
 * Why a participant receives a payout.
 *
 * {@snippet :
 * long commissions = distribution.payouts().stream()
 *     .filter(p -> p.kind() == PayoutKind.COMMISSION).count();
 * }
 *
 * @since 0.1.0
 */
public enum PayoutKind {
  /** The participant's own share of a bucket, net of any commission it pays its operator. */
  SHARE,
  /** The commission an operator takes from one delegator's share. */
  COMMISSION
}
