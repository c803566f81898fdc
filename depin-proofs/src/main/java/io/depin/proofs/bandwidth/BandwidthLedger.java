package io.depin.proofs.bandwidth;

import io.depin.core.bytes.Hash32;
import io.depin.core.bytes.Hex;
import io.depin.core.crypto.PublicKey;
import io.depin.devices.DeviceId;
import io.depin.proofs.VerifiedProof;
import io.depin.proofs.bandwidth.FlaggedReceipt.Reason;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Turns verified bandwidth proofs into rewardable bytes. Only receipts signed by both sides count,
 * which {@link BandwidthKind}'s check guarantees for every verified proof; the ledger then applies
 * the rules that need several receipts:
 *
 * <ul>
 *   <li>a session belongs to one provider and one consumer; a session with receipts of several
 *       is {@link Reason#SESSION_CONFLICT} and none of its receipts counts;
 *   <li>receipts count in ascending sequence; the same receipt twice is {@link Reason#DUPLICATE};
 *       two receipts with the same sequence and different bytes are both {@link
 *       Reason#CONFLICTING};
 *   <li>bytes are cumulative: a receipt below a counted lower sequence's bytes is {@link
 *       Reason#BYTES_DECREASED}; the session's rewardable bytes are those of its last counted
 *       receipt, so resubmitting or reordering receipts never adds bytes.
 * </ul>
 *
 * <p>The ledger is stateless: it tallies what it is given. To pay per epoch, tally every receipt
 * of a session seen so far and pay the difference to what was already paid.
 *
 * <p>Deterministic and independent of the input's order.
 *
 * {@snippet :
 * BandwidthReport report = new BandwidthLedger().tally(verifiedProofs);
 * report.byProvider().forEach((provider, bytes) -> credit(provider, bytes));
 * }
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class BandwidthLedger {
  private static final Comparator<TransferReceipt> BY_SEQUENCE =
      Comparator.comparingLong(TransferReceipt::sequence).thenComparingLong(TransferReceipt::bytes);

  /** Creates a ledger. */
  public BandwidthLedger() {}

  /**
   * Tallies verified proofs.
   *
   * @param proofs verified bandwidth proofs, in any order, possibly duplicated
   * @return the tally per session
   * @throws IllegalArgumentException if a proof was not verified by a {@link BandwidthKind}
   */
  public BandwidthReport tally(Collection<VerifiedProof<BandwidthProof>> proofs) {
    Map<Hash32, Map<Channel, List<TransferReceipt>>> sessions = new TreeMap<>();
    for (VerifiedProof<BandwidthProof> proof : proofs) {
      if (!(proof.kind() instanceof BandwidthKind)) {
        throw new IllegalArgumentException("not verified as a bandwidth proof: " + proof);
      }
      TransferReceipt receipt = proof.payload().receipt();
      Channel channel = new Channel(receipt.provider(), proof.payload().consumer().signer());
      sessions
          .computeIfAbsent(receipt.session(), s -> new TreeMap<>())
          .computeIfAbsent(channel, c -> new ArrayList<>())
          .add(receipt);
    }
    List<SessionTally> tallies = new ArrayList<>();
    sessions.forEach(
        (session, channels) -> {
          boolean conflict = channels.size() > 1;
          channels.forEach(
              (channel, receipts) -> tallies.add(tally(session, channel, receipts, conflict)));
        });
    return new BandwidthReport(tallies);
  }

  private static SessionTally tally(
      Hash32 session, Channel channel, List<TransferReceipt> receipts, boolean conflict) {
    receipts.sort(BY_SEQUENCE);
    List<TransferReceipt> counted = new ArrayList<>();
    List<FlaggedReceipt> flagged = new ArrayList<>();
    if (conflict) {
      receipts.forEach(r -> flagged.add(new FlaggedReceipt(r, Reason.SESSION_CONFLICT)));
      return new SessionTally(session, channel.provider, channel.consumer, 0, counted, flagged);
    }
    long last = -1;
    int i = 0;
    while (i < receipts.size()) {
      long sequence = receipts.get(i).sequence();
      int end = i;
      while (end < receipts.size() && receipts.get(end).sequence() == sequence) {
        end++;
      }
      List<TransferReceipt> same = receipts.subList(i, end);
      TransferReceipt first = same.get(0);
      if (!first.equals(same.get(same.size() - 1))) {
        same.forEach(r -> flagged.add(new FlaggedReceipt(r, Reason.CONFLICTING)));
      } else if (first.bytes() < last) {
        same.forEach(r -> flagged.add(new FlaggedReceipt(r, Reason.BYTES_DECREASED)));
      } else {
        counted.add(first);
        last = first.bytes();
        same.subList(1, same.size())
            .forEach(r -> flagged.add(new FlaggedReceipt(r, Reason.DUPLICATE)));
      }
      i = end;
    }
    return new SessionTally(
        session, channel.provider, channel.consumer, Math.max(last, 0), counted, flagged);
  }

  @Override
  public String toString() {
    return "BandwidthLedger";
  }

  /** A provider and a consumer; ordered by provider, then key type and raw key. */
  private record Channel(DeviceId provider, PublicKey consumer) implements Comparable<Channel> {
    @Override
    public int compareTo(Channel other) {
      int byProvider = provider.compareTo(other.provider);
      return byProvider != 0 ? byProvider : keyText(consumer).compareTo(keyText(other.consumer));
    }

    private static String keyText(PublicKey key) {
      return key.keyType().code() + ":" + Hex.encode(key.toRaw());
    }
  }
}
