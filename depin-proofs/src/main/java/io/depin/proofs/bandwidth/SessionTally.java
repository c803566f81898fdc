package io.depin.proofs.bandwidth;

import io.depin.core.bytes.Hash32;
import io.depin.core.crypto.PublicKey;
import io.depin.devices.DeviceId;
import java.util.List;
import java.util.Objects;

/**
 * What {@link BandwidthLedger} concluded for one session between one provider and one consumer.
 *
 * {@snippet :
 * for (SessionTally tally : report.sessions()) {
 *   if (customers.contains(tally.consumer())) {
 *     credit(tally.provider(), tally.rewardableBytes());
 *   }
 * }
 * }
 *
 * @param session the session
 * @param provider the provider device
 * @param consumer the consumer's key
 * @param rewardableBytes the cumulative bytes of the highest counted receipt, 0 if none counted
 * @param counted the receipts that counted, by ascending sequence
 * @param flagged the receipts that did not, by ascending sequence
 * @since 0.1.0
 */
public record SessionTally(
    Hash32 session,
    DeviceId provider,
    PublicKey consumer,
    long rewardableBytes,
    List<TransferReceipt> counted,
    List<FlaggedReceipt> flagged) {
  /**
   * Copies the lists and validates the bytes.
   *
   * @throws IllegalArgumentException if {@code rewardableBytes} is negative
   */
  public SessionTally {
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(consumer, "consumer");
    if (rewardableBytes < 0) {
      throw new IllegalArgumentException("rewardable bytes are not negative: " + rewardableBytes);
    }
    counted = List.copyOf(counted);
    flagged = List.copyOf(flagged);
  }
}
