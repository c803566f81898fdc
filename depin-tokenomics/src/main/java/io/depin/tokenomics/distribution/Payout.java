package io.depin.tokenomics.distribution;

import io.depin.core.token.TokenAmount;
import java.util.Objects;

/**
 * One amount paid to one participant from one bucket, with the reasoning behind it.
 *
 * {@snippet :
 * for (Payout p : distribution.payouts()) {
 *   System.out.println(p.recipient() + " " + p.bucket() + " " + p.amount());
 * }
 * }
 *
 * @param recipient who is paid: the participant for a {@link PayoutKind#SHARE}, its operator for a
 *     {@link PayoutKind#COMMISSION}
 * @param bucket the bucket it comes from
 * @param kind a share or a commission
 * @param amount the amount, never negative
 * @param explanation the weight row's explanation; its {@link Explanation#net()} is a share's
 *     amount and its {@link Explanation#commission()} a commission's amount
 * @since 0.1.0
 */
public record Payout(
    String recipient, String bucket, PayoutKind kind, TokenAmount amount, Explanation explanation) {
  /** Checks that nothing is missing. */
  public Payout {
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(bucket, "bucket");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(explanation, "explanation");
  }
}
