package io.depin.proofs.bandwidth;

import java.util.Objects;

/**
 * A verified receipt that {@link BandwidthLedger} did not count, and why.
 *
 * {@snippet :
 * for (FlaggedReceipt flagged : tally.flagged()) {
 *   metrics.count(flagged.reason().code());
 * }
 * }
 *
 * @param receipt the receipt
 * @param reason why it did not count
 * @since 0.1.0
 */
public record FlaggedReceipt(TransferReceipt receipt, Reason reason) {
  /** Checks that no component is null. */
  public FlaggedReceipt {
    Objects.requireNonNull(receipt, "receipt");
    Objects.requireNonNull(reason, "reason");
  }

  /** Why a verified receipt did not count. */
  public enum Reason {
    /** {@code bandwidth.duplicate-receipt}: the same receipt was already counted. */
    DUPLICATE("bandwidth.duplicate-receipt"),
    /**
     * {@code bandwidth.conflicting-receipts}: the consumer signed different byte counts for the
     * same sequence number; none of them counts.
     */
    CONFLICTING("bandwidth.conflicting-receipts"),
    /**
     * {@code bandwidth.bytes-decreased}: the receipt's cumulative bytes are below those of a
     * counted receipt with a lower sequence number.
     */
    BYTES_DECREASED("bandwidth.bytes-decreased"),
    /**
     * {@code bandwidth.session-conflict}: the session has receipts with more than one provider or
     * consumer; no receipt of the session counts.
     */
    SESSION_CONFLICT("bandwidth.session-conflict");

    private final String code;

    Reason(String code) {
      this.code = code;
    }

    /** {@return the stable reason code} */
    public String code() {
      return code;
    }
  }
}
