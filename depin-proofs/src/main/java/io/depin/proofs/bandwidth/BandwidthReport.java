package io.depin.proofs.bandwidth;

import io.depin.devices.DeviceId;
import java.math.BigInteger;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The outcome of {@link BandwidthLedger#tally}: one {@link SessionTally} per session, provider and
 * consumer, ordered by session, then provider, then consumer key.
 *
 * {@snippet :
 * BandwidthReport report = ledger.tally(verified);
 * BigInteger bytes = report.rewardableBytes(providerId);
 * }
 *
 * @param sessions the tallies
 * @since 0.1.0
 */
public record BandwidthReport(List<SessionTally> sessions) {
  /** Copies the list. */
  public BandwidthReport {
    sessions = List.copyOf(sessions);
  }

  /**
   * Returns the rewardable bytes of one provider over every session, exactly.
   *
   * @param provider the provider
   * @return the sum, 0 if the provider has none
   */
  public BigInteger rewardableBytes(DeviceId provider) {
    BigInteger sum = BigInteger.ZERO;
    for (SessionTally tally : sessions) {
      if (tally.provider().equals(provider)) {
        sum = sum.add(BigInteger.valueOf(tally.rewardableBytes()));
      }
    }
    return sum;
  }

  /** {@return every provider's rewardable bytes, in provider-id order} */
  public SortedMap<DeviceId, BigInteger> byProvider() {
    TreeMap<DeviceId, BigInteger> sums = new TreeMap<>();
    for (SessionTally tally : sessions) {
      sums.merge(tally.provider(), BigInteger.valueOf(tally.rewardableBytes()), BigInteger::add);
    }
    return Collections.unmodifiableSortedMap(sums);
  }
}
