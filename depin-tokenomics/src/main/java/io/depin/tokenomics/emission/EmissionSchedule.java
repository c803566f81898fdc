package io.depin.tokenomics.emission;

import io.depin.core.time.Epoch;
import io.depin.core.time.EpochClock;
import io.depin.core.token.Token;
import io.depin.core.token.TokenAmount;
import io.depin.tokenomics.emission.internal.CappedSchedule;
import io.depin.tokenomics.emission.internal.ConstantSchedule;
import io.depin.tokenomics.emission.internal.DataDrivenSchedule;
import io.depin.tokenomics.emission.internal.ExponentialDecaySchedule;
import io.depin.tokenomics.emission.internal.HalvingSchedule;
import io.depin.tokenomics.emission.internal.InflationSchedule;
import io.depin.tokenomics.emission.internal.LinearSchedule;
import io.depin.tokenomics.emission.internal.PiecewiseSchedule;
import io.depin.tokenomics.emission.internal.SumSchedule;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

/**
 * How many base units a network mints in each epoch, and in total up to an epoch.
 *
 * <p>Every implementation keeps one identity exactly, for every epoch {@code e}:
 *
 * <pre>
 * amountAt(0) + amountAt(1) + ... + amountAt(e) == cumulativeThrough(e)
 * </pre>
 *
 * and every amount is 0 or more, so the cumulative total never decreases. The built-in schedules
 * compute {@link #cumulativeThrough} in closed form or in time that grows with the number of
 * pieces, years or halvings, never with the epoch, except the Filecoin schedule, which depends on
 * the network's power history (see {@link io.depin.tokenomics.emission.filecoin.FilecoinEmission}).
 * Where a schedule rounds, its factory names the rounding.
 *
 * {@snippet :
 * EmissionSchedule hnt = EmissionSchedule.halving(BigInteger.valueOf(5_000_000_000L), 17_520);
 * hnt.amountAt(Epoch.of(17_520));          // 2500000000: halved after one interval
 * hnt.cumulativeThrough(Epoch.of(17_519)); // 87600000000000 = 17520 * 5000000000
 * EmissionSchedule capped = EmissionSchedule.capped(hnt, BigInteger.TEN.pow(14));
 * }
 *
 * <p>The built-in schedules are immutable and thread-safe. Amounts are base units; {@link
 * #amountAt(Epoch, Token)} wraps one in a {@link TokenAmount}.
 *
 * @since 0.1.0
 */
public interface EmissionSchedule {
  /**
   * Returns the amount minted in {@code epoch}.
   *
   * @param epoch the epoch
   * @return the amount in base units, 0 or more
   */
  BigInteger amountAt(Epoch epoch);

  /**
   * Returns the amount minted in epochs {@code 0} through {@code epoch}, inclusive.
   *
   * @param epoch the last epoch counted
   * @return the sum of {@link #amountAt} over {@code 0..epoch}, exactly
   */
  BigInteger cumulativeThrough(Epoch epoch);

  /**
   * Returns the amount minted in epochs {@code from} through {@code to}, inclusive.
   *
   * @param from the first epoch counted
   * @param to the last epoch counted, not before {@code from}
   * @return {@code cumulativeThrough(to) - cumulativeThrough(from - 1)}
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  default BigInteger amountBetween(Epoch from, Epoch to) {
    if (to.compareTo(from) < 0) {
      throw new IllegalArgumentException("the window " + from + ".." + to + " is empty");
    }
    BigInteger before =
        from.index() == 0 ? BigInteger.ZERO : cumulativeThrough(from.previous());
    return cumulativeThrough(to).subtract(before);
  }

  /**
   * Returns the amount minted in {@code epoch} as a token amount.
   *
   * @param epoch the epoch
   * @param token the token minted
   * @return {@link #amountAt(Epoch)} base units of {@code token}
   */
  default TokenAmount amountAt(Epoch epoch, Token token) {
    return TokenAmount.ofBaseUnits(amountAt(epoch), token);
  }

  /**
   * Returns a schedule minting the same amount every epoch.
   *
   * @param amount base units per epoch, 0 or more
   * @return the schedule; {@code cumulativeThrough(e) = amount * (e + 1)}
   * @throws IllegalArgumentException if {@code amount} is negative
   */
  static EmissionSchedule constant(BigInteger amount) {
    return new ConstantSchedule(amount);
  }

  /**
   * Returns a schedule with Bitcoin's halving: epoch {@code e} mints {@code initial >> (e /
   * interval)} (a right shift, which is division by a power of two rounded {@link
   * java.math.RoundingMode#FLOOR FLOOR}), and nothing once 64 halvings have happened, as Bitcoin's
   * {@code GetBlockSubsidy} does.
   *
   * @param initial base units per epoch before the first halving, 0 or more
   * @param interval epochs between halvings, positive
   * @return the schedule
   * @throws IllegalArgumentException if an argument is out of range
   */
  static EmissionSchedule halving(BigInteger initial, long interval) {
    return new HalvingSchedule(initial, interval);
  }

  /**
   * Returns a schedule that mints {@code total} over infinite time, halving its rate every {@code
   * halfLife} epochs.
   *
   * <p>The amounts are differences of a rounded cumulative curve: {@code cumulativeThrough(e) =
   * floor(total * (1 - r(e + 1)))} where {@code r(t)} approximates {@code 2^(-t / halfLife)} as a
   * fraction with denominator {@code 2^128}: {@code 2^(-(t mod halfLife) / halfLife)} is evaluated
   * with 192-bit fixed point, truncated ({@link java.math.RoundingMode#FLOOR FLOOR}) to 128 bits,
   * then shifted right by {@code t / halfLife} bits (FLOOR). The final product is rounded {@link
   * java.math.RoundingMode#FLOOR FLOOR}. {@code r} never increases, so no amount is negative, and
   * the cumulative total never exceeds {@code total}.
   *
   * @param total the amount minted over infinite time, 0 or more
   * @param halfLife epochs for the rate to halve, positive
   * @return the schedule
   * @throws IllegalArgumentException if an argument is out of range
   */
  static EmissionSchedule exponentialDecay(BigInteger total, long halfLife) {
    return new ExponentialDecaySchedule(total, halfLife);
  }

  /**
   * Returns a schedule whose amount changes by the same step every epoch: epoch {@code e} mints
   * {@code max(0, initial + change * e)}. A negative {@code change} is a linear decline that stops
   * at zero; no rounding is involved.
   *
   * @param initial base units in epoch 0, 0 or more
   * @param change the amount added each epoch, any sign
   * @return the schedule
   * @throws IllegalArgumentException if {@code initial} is negative
   */
  static EmissionSchedule linear(BigInteger initial, BigInteger change) {
    return new LinearSchedule(initial, change);
  }

  /**
   * Returns a schedule that targets an annual inflation rate on the circulating supply.
   *
   * <p>Time is cut into years of {@code epochsPerYear} epochs. The supply at the start of year
   * {@code y} is {@code initialSupply + cumulativeThrough(y * epochsPerYear - 1)}; every epoch of
   * year {@code y} mints {@code floor(supply * annualRate / epochsPerYear)} ({@link
   * java.math.RoundingMode#FLOOR FLOOR}, computed exactly from the decimal rate), so a year mints at
   * most {@code annualRate} of its opening supply and the shortfall (under one base unit per epoch)
   * is not carried over. Year supplies are computed once and kept, so the first call for a late
   * epoch takes time proportional to its year.
   *
   * @param initialSupply the supply before epoch 0, 0 or more
   * @param annualRate the yearly rate, such as {@code 0.05} for 5%, 0 or more
   * @param epochsPerYear epochs in a year, positive
   * @return the schedule
   * @throws IllegalArgumentException if an argument is out of range
   */
  static EmissionSchedule inflationTargeted(
      BigInteger initialSupply, BigDecimal annualRate, long epochsPerYear) {
    return new InflationSchedule(initialSupply, annualRate, epochsPerYear);
  }

  /**
   * Returns a schedule made of pieces, each in force from its start epoch until the next piece's
   * start; epochs before the first piece mint nothing. See {@link Piece} for relative and absolute
   * pieces.
   *
   * @param pieces the pieces, with strictly increasing starts
   * @return the schedule
   * @throws IllegalArgumentException if there are no pieces or starts do not increase
   */
  static EmissionSchedule piecewise(List<Piece> pieces) {
    return new PiecewiseSchedule(pieces);
  }

  /**
   * Returns a schedule minting, in each epoch, the sum of what {@code parts} mint (for example a
   * fixed treasury stream plus a decaying mining reward).
   *
   * @param parts the schedules to add, at least one
   * @return the schedule
   * @throws IllegalArgumentException if {@code parts} is empty
   */
  static EmissionSchedule sum(List<EmissionSchedule> parts) {
    return new SumSchedule(parts);
  }

  /**
   * Returns {@code schedule} clipped by a hard supply cap: {@code cumulativeThrough(e) =
   * min(schedule.cumulativeThrough(e), cap)}, and each amount is the difference of consecutive
   * clipped totals, so the epoch that reaches the cap mints only what is left and later epochs
   * mint nothing.
   *
   * @param schedule the schedule to clip
   * @param cap the most that is ever minted, 0 or more
   * @return the schedule
   * @throws IllegalArgumentException if {@code cap} is negative
   */
  static EmissionSchedule capped(EmissionSchedule schedule, BigInteger cap) {
    return new CappedSchedule(schedule, cap);
  }

  /**
   * Returns a data-driven schedule as on-chain emission tables work: each entry gives an amount
   * per epoch from its start instant, and epoch {@code e} mints the amount of the last entry whose
   * start is at or before {@code clock.endOf(e)}; epochs before every entry mint nothing. Entries
   * given at calendar dates therefore follow 365- and 366-day years: a year's rate applies to
   * exactly the epochs that end in it.
   *
   * @param clock maps epochs to instants (only its genesis and epoch length are used)
   * @param entries the entries, with strictly increasing starts
   * @return the schedule
   * @throws IllegalArgumentException if there are no entries, starts do not increase, or an entry
   *     starts beyond the last representable epoch
   */
  static EmissionSchedule dataDriven(EpochClock clock, List<TimedAmount> entries) {
    return new DataDrivenSchedule(clock, entries);
  }
}
