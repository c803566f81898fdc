package io.depin.tokenomics.emission.internal;

import io.depin.core.time.Epoch;
import io.depin.tokenomics.emission.EmissionSchedule;
import java.math.BigInteger;

/** Bitcoin's halving: {@code initial >> (e / interval)}, zero from the 64th halving on. */
public final class HalvingSchedule implements EmissionSchedule {
  /** Bitcoin's {@code GetBlockSubsidy} returns zero once this many halvings have happened. */
  private static final long MAX_HALVINGS = 64;

  private final BigInteger initial;
  private final long interval;

  /**
   * Creates the schedule.
   *
   * @param initial base units per epoch before the first halving
   * @param interval epochs between halvings
   */
  public HalvingSchedule(BigInteger initial, long interval) {
    this.initial = Args.nonNegative(initial, "initial");
    this.interval = Args.positive(interval, "interval");
  }

  private BigInteger amountInPeriod(long halvings) {
    return halvings >= MAX_HALVINGS ? BigInteger.ZERO : initial.shiftRight((int) halvings);
  }

  @Override
  public BigInteger amountAt(Epoch epoch) {
    return amountInPeriod(epoch.index() / interval);
  }

  @Override
  public BigInteger cumulativeThrough(Epoch epoch) {
    long period = epoch.index() / interval;
    long full = Math.min(period, MAX_HALVINGS);
    BigInteger sum = BigInteger.ZERO;
    for (long k = 0; k < full; k++) {
      sum = sum.add(amountInPeriod(k));
    }
    sum = sum.multiply(BigInteger.valueOf(interval));
    long intoPeriod = epoch.index() % interval + 1;
    return sum.add(amountInPeriod(period).multiply(BigInteger.valueOf(intoPeriod)));
  }

  @Override
  public String toString() {
    return "halving(" + initial + ", every " + interval + ")";
  }
}
