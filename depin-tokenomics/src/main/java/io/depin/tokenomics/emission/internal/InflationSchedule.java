package io.depin.tokenomics.emission.internal;

import io.depin.core.time.Epoch;
import io.depin.tokenomics.emission.EmissionSchedule;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Per epoch of year {@code y}: {@code floor(supply(y) * rate / epochsPerYear)}, where {@code
 * supply(y)} is the initial supply plus everything minted before year {@code y}. Year supplies are
 * kept once computed; once a year mints nothing every later year is the same.
 */
public final class InflationSchedule implements EmissionSchedule {
  private final BigInteger initialSupply;
  private final BigDecimal annualRate;
  private final long epochsPerYear;
  private final BigInteger rateNumerator;
  private final BigInteger rateDenominator;

  /** Supply at the start of year {@code i}; guarded by {@code this}. */
  private final List<BigInteger> supplies = new ArrayList<>();

  /**
   * Creates the schedule.
   *
   * @param initialSupply the supply before epoch 0
   * @param annualRate the yearly rate
   * @param epochsPerYear epochs in a year
   */
  public InflationSchedule(BigInteger initialSupply, BigDecimal annualRate, long epochsPerYear) {
    this.initialSupply = Args.nonNegative(initialSupply, "initialSupply");
    this.annualRate = Objects.requireNonNull(annualRate, "annualRate");
    if (annualRate.signum() < 0) {
      throw new IllegalArgumentException("annualRate must be 0 or more, not " + annualRate);
    }
    this.epochsPerYear = Args.positive(epochsPerYear, "epochsPerYear");
    BigInteger numerator = annualRate.unscaledValue();
    BigInteger denominator = BigInteger.valueOf(epochsPerYear);
    if (annualRate.scale() >= 0) {
      denominator = denominator.multiply(BigInteger.TEN.pow(annualRate.scale()));
    } else {
      numerator = numerator.multiply(BigInteger.TEN.pow(-annualRate.scale()));
    }
    this.rateNumerator = numerator;
    this.rateDenominator = denominator;
    supplies.add(initialSupply);
  }

  private BigInteger perEpoch(BigInteger supply) {
    return supply.multiply(rateNumerator).divide(rateDenominator);
  }

  private synchronized BigInteger supplyAtStartOf(long year) {
    while (supplies.size() <= year) {
      BigInteger last = supplies.get(supplies.size() - 1);
      BigInteger minted = perEpoch(last);
      if (minted.signum() == 0) {
        return last;
      }
      supplies.add(last.add(minted.multiply(BigInteger.valueOf(epochsPerYear))));
    }
    return supplies.get((int) year);
  }

  @Override
  public BigInteger amountAt(Epoch epoch) {
    return perEpoch(supplyAtStartOf(epoch.index() / epochsPerYear));
  }

  @Override
  public BigInteger cumulativeThrough(Epoch epoch) {
    BigInteger supply = supplyAtStartOf(epoch.index() / epochsPerYear);
    long intoYear = epoch.index() % epochsPerYear + 1;
    return supply
        .subtract(initialSupply)
        .add(perEpoch(supply).multiply(BigInteger.valueOf(intoYear)));
  }

  @Override
  public String toString() {
    return "inflationTargeted(" + initialSupply + ", " + annualRate.toPlainString() + " per "
        + epochsPerYear + " epochs)";
  }
}
