package io.depin.tokenomics.emission.internal;

import io.depin.core.time.Epoch;
import io.depin.tokenomics.emission.EmissionSchedule;
import java.math.BigInteger;

/** The same amount every epoch. */
public final class ConstantSchedule implements EmissionSchedule {
  private final BigInteger amount;

  /**
   * Creates the schedule.
   *
   * @param amount base units per epoch, 0 or more
   */
  public ConstantSchedule(BigInteger amount) {
    this.amount = Args.nonNegative(amount, "amount");
  }

  @Override
  public BigInteger amountAt(Epoch epoch) {
    return amount;
  }

  @Override
  public BigInteger cumulativeThrough(Epoch epoch) {
    return amount.multiply(BigInteger.valueOf(epoch.index()).add(BigInteger.ONE));
  }

  @Override
  public String toString() {
    return "constant(" + amount + ")";
  }
}
