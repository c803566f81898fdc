package io.depin.tokenomics.emission.internal;

import io.depin.core.time.Epoch;
import io.depin.core.time.EpochClock;
import io.depin.tokenomics.emission.EmissionSchedule;
import io.depin.tokenomics.emission.TimedAmount;
import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Epoch {@code e} mints the amount of the last entry starting at or before {@code endOf(e)}.
 * Each entry's first epoch is precomputed, with the cumulative total of every earlier entry.
 */
public final class DataDrivenSchedule implements EmissionSchedule {
  private final EpochClock clock;
  private final List<TimedAmount> entries;
  /** The first epoch each entry pays for (non-decreasing). */
  private final long[] firstEpoch;
  /** What entries {@code 0..i-1} mint in total, before entry {@code i} takes over. */
  private final BigInteger[] mintedBefore;

  /**
   * Creates the schedule.
   *
   * @param clock maps epochs to instants
   * @param entries the entries, starts strictly increasing
   */
  public DataDrivenSchedule(EpochClock clock, List<TimedAmount> entries) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.entries = List.copyOf(entries);
    if (this.entries.isEmpty()) {
      throw new IllegalArgumentException("a data-driven schedule needs at least one entry");
    }
    int n = this.entries.size();
    firstEpoch = new long[n];
    mintedBefore = new BigInteger[n];
    for (int i = 0; i < n; i++) {
      Instant start = this.entries.get(i).start();
      if (i > 0 && !start.isAfter(this.entries.get(i - 1).start())) {
        throw new IllegalArgumentException(
            "entry " + i + " starts at " + start + ", not after the previous entry");
      }
      firstEpoch[i] = firstEpochEndingAtOrAfter(start);
    }
    mintedBefore[0] = BigInteger.ZERO;
    for (int i = 1; i < n; i++) {
      BigInteger epochs = BigInteger.valueOf(firstEpoch[i] - firstEpoch[i - 1]);
      mintedBefore[i] =
          mintedBefore[i - 1].add(this.entries.get(i - 1).amountPerEpoch().multiply(epochs));
    }
  }

  /** {@return the first epoch {@code e} with {@code endOf(e) >= start}} */
  private long firstEpochEndingAtOrAfter(Instant start) {
    if (!start.isAfter(clock.genesis())) {
      return 0;
    }
    long containing;
    try {
      containing = clock.epochAt(start).orElseThrow().index();
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("the entry at " + start + " is beyond the last epoch", e);
    }
    // endOf(containing - 1) == startOf(containing) <= start; it reaches start only on a boundary
    return clock.startOf(Epoch.of(containing)).equals(start) ? containing - 1 : containing;
  }

  /** {@return the index of the entry paying for {@code e}, or -1 if none} */
  private int entryAt(long e) {
    int lo = 0;
    int hi = firstEpoch.length - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (firstEpoch[mid] <= e) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  @Override
  public BigInteger amountAt(Epoch epoch) {
    int i = entryAt(epoch.index());
    return i < 0 ? BigInteger.ZERO : entries.get(i).amountPerEpoch();
  }

  @Override
  public BigInteger cumulativeThrough(Epoch epoch) {
    int i = entryAt(epoch.index());
    if (i < 0) {
      return BigInteger.ZERO;
    }
    // epoch - first + 1 is 2^63 for epoch Long.MAX_VALUE and first 0: add the 1 as a BigInteger
    BigInteger epochs = BigInteger.valueOf(epoch.index() - firstEpoch[i]).add(BigInteger.ONE);
    return mintedBefore[i].add(entries.get(i).amountPerEpoch().multiply(epochs));
  }

  @Override
  public String toString() {
    return "dataDriven(" + clock + ", " + entries.size() + " entries)";
  }
}
