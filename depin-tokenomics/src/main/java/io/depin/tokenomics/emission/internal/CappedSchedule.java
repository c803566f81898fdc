package io.depin.tokenomics.emission.internal;

import io.depin.core.time.Epoch;
import io.depin.tokenomics.emission.EmissionSchedule;
import java.math.BigInteger;
import java.util.Objects;

/** A schedule whose cumulative total is clipped at a hard cap. */
public final class CappedSchedule implements EmissionSchedule {
  private final EmissionSchedule inner;
  private final BigInteger cap;

  /**
   * Creates the schedule.
   *
   * @param inner the schedule to clip
   * @param cap the most ever minted
   */
  public CappedSchedule(EmissionSchedule inner, BigInteger cap) {
    this.inner = Objects.requireNonNull(inner, "schedule");
    this.cap = Args.nonNegative(cap, "cap");
  }

  @Override
  public BigInteger amountAt(Epoch epoch) {
    BigInteger through = cumulativeThrough(epoch);
    if (epoch.index() == 0) {
      return through;
    }
    return through.subtract(cumulativeThrough(epoch.previous()));
  }

  @Override
  public BigInteger cumulativeThrough(Epoch epoch) {
    return inner.cumulativeThrough(epoch).min(cap);
  }

  @Override
  public String toString() {
    return "capped(" + inner + ", " + cap + ")";
  }
}
