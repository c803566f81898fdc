package io.depin.tokenomics.emission.internal;

import io.depin.core.time.Epoch;
import io.depin.tokenomics.emission.EmissionSchedule;
import java.math.BigInteger;

/**
 * Mints {@code total} over infinite time with the rate halving every {@code halfLife} epochs; each
 * amount is a difference of the rounded cumulative curve {@code floor(total * (1 - r(t)))}.
 *
 * <p>{@code r(t)} is a 128-bit binary fraction: {@code 2^(-(t mod h) / h)} is evaluated as {@code
 * exp(-x)} with {@code x = (t mod h) * ln 2 / h} by its Taylor series in 192-bit fixed point (each
 * step truncated), truncated to 128 bits, then shifted right by {@code t / h}. Consecutive values
 * of the 192-bit result differ by at least about {@code 2^192 * 0.34 / h}, far more than the
 * accumulated truncation error (under {@code 2^7} units), so {@code r} never increases.
 */
public final class ExponentialDecaySchedule implements EmissionSchedule {
  private static final int WORK_BITS = 192;
  private static final int OUT_BITS = 128;
  private static final BigInteger WORK_ONE = BigInteger.ONE.shiftLeft(WORK_BITS);
  private static final BigInteger LN2 = ln2();

  private final BigInteger total;
  private final long halfLife;

  /**
   * Creates the schedule.
   *
   * @param total the amount minted over infinite time
   * @param halfLife epochs for the rate to halve
   */
  public ExponentialDecaySchedule(BigInteger total, long halfLife) {
    this.total = Args.nonNegative(total, "total");
    this.halfLife = Args.positive(halfLife, "halfLife");
  }

  /** ln 2 in 192-bit fixed point, from {@code ln 2 = sum over k >= 1 of 1 / (k * 2^k)}. */
  private static BigInteger ln2() {
    int guard = 32;
    BigInteger one = BigInteger.ONE.shiftLeft(WORK_BITS + guard);
    BigInteger sum = BigInteger.ZERO;
    for (int k = 1; k <= WORK_BITS + guard; k++) {
      sum = sum.add(one.shiftRight(k).divide(BigInteger.valueOf(k)));
    }
    return sum.shiftRight(guard);
  }

  /** {@return {@code 2^(-fraction / halfLife)} as a 128-bit binary fraction, truncated} */
  private BigInteger fractionalPower(long fraction) {
    if (fraction == 0) {
      return BigInteger.ONE.shiftLeft(OUT_BITS);
    }
    BigInteger x = LN2.multiply(BigInteger.valueOf(fraction)).divide(BigInteger.valueOf(halfLife));
    BigInteger sum = WORK_ONE;
    BigInteger term = WORK_ONE;
    for (int n = 1; term.signum() != 0; n++) {
      term = term.multiply(x).shiftRight(WORK_BITS).divide(BigInteger.valueOf(n));
      sum = (n & 1) == 1 ? sum.subtract(term) : sum.add(term);
    }
    return sum.shiftRight(WORK_BITS - OUT_BITS);
  }

  /** {@return {@code r(t)} for {@code t = whole * halfLife + fraction}} */
  private BigInteger remaining(long whole, long fraction) {
    if (whole > OUT_BITS) {
      return BigInteger.ZERO;
    }
    return fractionalPower(fraction).shiftRight((int) whole);
  }

  /** {@return {@code floor(total * (1 - r(index + 1)))}} */
  private BigInteger curve(long index) {
    long whole = index / halfLife;
    long fraction = index % halfLife + 1;
    if (fraction == halfLife) {
      // r is 0 once whole exceeds OUT_BITS, so clamping first keeps whole + 1 from wrapping
      // (halfLife 1 and index Long.MAX_VALUE) without changing any result
      whole = Math.min(whole, OUT_BITS) + 1;
      fraction = 0;
    }
    BigInteger released = BigInteger.ONE.shiftLeft(OUT_BITS).subtract(remaining(whole, fraction));
    return total.multiply(released).shiftRight(OUT_BITS);
  }

  @Override
  public BigInteger amountAt(Epoch epoch) {
    long e = epoch.index();
    return e == 0 ? curve(0) : curve(e).subtract(curve(e - 1));
  }

  @Override
  public BigInteger cumulativeThrough(Epoch epoch) {
    return curve(epoch.index());
  }

  @Override
  public String toString() {
    return "exponentialDecay(" + total + ", halfLife " + halfLife + ")";
  }
}
