package io.depin.tokenomics.emission.internal;

import io.depin.core.time.Epoch;
import io.depin.tokenomics.emission.EmissionSchedule;
import java.math.BigInteger;
import java.util.Objects;

/** {@code max(0, initial + change * e)}; the cumulative total is an arithmetic series. */
public final class LinearSchedule implements EmissionSchedule {
  private static final BigInteger TWO = BigInteger.TWO;

  private final BigInteger initial;
  private final BigInteger change;
  /** The last epoch with a positive amount when declining; unused otherwise. */
  private final BigInteger lastPaying;

  /**
   * Creates the schedule.
   *
   * @param initial base units in epoch 0
   * @param change the amount added each epoch
   */
  public LinearSchedule(BigInteger initial, BigInteger change) {
    this.initial = Args.nonNegative(initial, "initial");
    this.change = Objects.requireNonNull(change, "change");
    this.lastPaying =
        change.signum() < 0 ? initial.divide(change.negate()) : BigInteger.valueOf(Long.MAX_VALUE);
  }

  @Override
  public BigInteger amountAt(Epoch epoch) {
    BigInteger amount = initial.add(change.multiply(BigInteger.valueOf(epoch.index())));
    return amount.signum() < 0 ? BigInteger.ZERO : amount;
  }

  @Override
  public BigInteger cumulativeThrough(Epoch epoch) {
    BigInteger last = BigInteger.valueOf(epoch.index()).min(lastPaying);
    // sum over k = 0..last of (initial + change * k) = (last + 1) * initial + change * last * (last + 1) / 2
    BigInteger count = last.add(BigInteger.ONE);
    return count.multiply(initial).add(change.multiply(last.multiply(count).divide(TWO)));
  }

  @Override
  public String toString() {
    return "linear(" + initial + ", " + change + " per epoch)";
  }
}
