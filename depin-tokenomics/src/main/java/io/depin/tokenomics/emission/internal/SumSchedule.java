package io.depin.tokenomics.emission.internal;

import io.depin.core.time.Epoch;
import io.depin.tokenomics.emission.EmissionSchedule;
import java.math.BigInteger;
import java.util.List;
import java.util.function.Function;

/** The epoch-by-epoch sum of several schedules. */
public final class SumSchedule implements EmissionSchedule {
  private final List<EmissionSchedule> parts;

  /**
   * Creates the schedule.
   *
   * @param parts the schedules to add, at least one
   */
  public SumSchedule(List<EmissionSchedule> parts) {
    this.parts = List.copyOf(parts);
    if (this.parts.isEmpty()) {
      throw new IllegalArgumentException("a sum needs at least one schedule");
    }
  }

  @Override
  public BigInteger amountAt(Epoch epoch) {
    return sum(part -> part.amountAt(epoch));
  }

  @Override
  public BigInteger cumulativeThrough(Epoch epoch) {
    return sum(part -> part.cumulativeThrough(epoch));
  }

  private BigInteger sum(Function<EmissionSchedule, BigInteger> ofPart) {
    BigInteger sum = BigInteger.ZERO;
    for (EmissionSchedule part : parts) {
      sum = sum.add(ofPart.apply(part));
    }
    return sum;
  }

  @Override
  public String toString() {
    return "sum" + parts;
  }
}
