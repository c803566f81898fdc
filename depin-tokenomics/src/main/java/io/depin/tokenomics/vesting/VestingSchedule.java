package io.depin.tokenomics.vesting;

import io.depin.core.time.Epoch;
import io.depin.core.token.TokenAmount;
import io.depin.tokenomics.config.ConfigException;
import io.depin.tokenomics.config.internal.YamlNode;
import io.depin.tokenomics.vesting.internal.VestingYaml;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A linear vesting schedule with an initial delay, a cliff, release in steps and quantisation of
 * release epochs, evaluated exactly in base units.
 *
 * <p>For an amount {@code T} locked in epoch {@code L}, with all lengths in epochs:
 *
 * <ol>
 *   <li>the clock starts at {@code B = L + initialDelay}; nothing is released at {@code B} itself;
 *   <li>tranche {@code k = 1, 2, ...} is scheduled for {@code v_k = quantizeUp(max(B + k *
 *       stepDuration, B + cliff))}, where {@code quantizeUp} rounds up to the next epoch of the
 *       form {@code n * quantization + quantizationOffset};
 *   <li>by tranche {@code k} the cumulative amount is {@code T} if {@code v_k - B >= vestPeriod},
 *       otherwise {@code floor(T * (v_k - B) / vestPeriod)} (rounding {@link RoundingMode#FLOOR},
 *       so the holder never gets ahead of the schedule); tranche {@code k} releases the increase;
 *   <li>a tranche is releasable at its epoch or one epoch later, as {@link #timing()} says.
 * </ol>
 *
 * <p>Steps 1 to 3 are the vesting-table construction of Filecoin's miner actor ({@code
 * VestingFunds::add_locked_funds} in filecoin-project/builtin-actors {@code
 * actors/miner/src/vesting_state.rs}, with {@code QuantSpec::quantize_up} from {@code quantize.rs}),
 * plus a cliff, which Filecoin does not have (a zero cliff reproduces it). The sum of all tranches
 * is exactly {@code T}: the last tranche is the remainder. {@link #vestedAt} is computed in closed
 * form, without building the table, so long schedules cost the same as short ones.
 *
 * {@snippet :
 * VestingSchedule fil = VestingSchedule.filecoinMinerReward(0);  // 180 days, daily, 12 h grid
 * VestingSchedule team = VestingSchedule.builder()
 *     .cliff(365).vestPeriod(4 * 365).stepDuration(30).build();   // 1-year cliff, monthly
 * TokenAmount vested = team.vestedAt(grant, Epoch.of(0), Epoch.of(400));
 * }
 *
 * @param initialDelay epochs from the lock until the vesting clock starts, 0 or more
 * @param cliff epochs after the clock starts before the first release, 0 or more; the first
 *     release includes everything accrued until then
 * @param vestPeriod epochs over which the amount vests linearly, 0 or more (0 releases everything
 *     in the first tranche)
 * @param stepDuration epochs between successive tranches, 1 or more
 * @param quantization the grid tranche epochs are rounded up to, 1 or more (1: no rounding)
 * @param quantizationOffset the offset of that grid: tranche epochs are {@code n * quantization +
 *     quantizationOffset} (Filecoin: the miner's proving-period start)
 * @param timing whether a tranche is releasable in its own epoch or the next one
 * @since 0.1.0
 */
public record VestingSchedule(
    long initialDelay,
    long cliff,
    long vestPeriod,
    long stepDuration,
    long quantization,
    long quantizationOffset,
    UnlockTiming timing) {

  /** Filecoin's epochs per day (30-second epochs). */
  public static final long FILECOIN_EPOCHS_PER_DAY = 2880;

  /**
   * Validates the schedule.
   *
   * @throws IllegalArgumentException if a length is negative, or the step or quantisation is not
   *     positive
   */
  public VestingSchedule {
    Objects.requireNonNull(timing, "timing");
    requireNonNegative(initialDelay, "initialDelay");
    requireNonNegative(cliff, "cliff");
    requireNonNegative(vestPeriod, "vestPeriod");
    if (stepDuration < 1) {
      throw new IllegalArgumentException("stepDuration must be 1 or more, not " + stepDuration);
    }
    if (quantization < 1) {
      throw new IllegalArgumentException("quantization must be 1 or more, not " + quantization);
    }
  }

  private static void requireNonNegative(long value, String name) {
    if (value < 0) {
      throw new IllegalArgumentException(name + " must be 0 or more, not " + value);
    }
  }

  /**
   * Reads a schedule from a YAML document: either {@code preset: filecoin-miner-reward} (with an
   * optional {@code quantizationOffset}), or {@code vestPeriod} (required) with optional {@code
   * initialDelay}, {@code cliff}, {@code stepDuration}, {@code quantization}, {@code
   * quantizationOffset} and {@code timing} ({@code at-tranche-epoch}, the default, or {@code
   * after-tranche-epoch}). Lengths are epochs up to 10^12.
   *
   * {@snippet :
   * VestingSchedule s = VestingSchedule.fromYaml("team.yaml", """
   *     cliff: 365
   *     vestPeriod: 1460
   *     stepDuration: 30
   *     """);
   * }
   *
   * @param source the file name used in error messages
   * @param yaml the document
   * @return the schedule
   * @throws ConfigException naming the key and line at fault
   */
  public static VestingSchedule fromYaml(String source, String yaml) throws ConfigException {
    return VestingYaml.schedule(YamlNode.parse(source, yaml));
  }

  /**
   * Returns Filecoin's vesting of a storage miner's block rewards ({@code REWARD_VESTING_SPEC} in
   * builtin-actors {@code actors/miner/src/policy.rs}): no initial delay, 180 days linear, a
   * tranche every day, tranche epochs rounded up to a 12-hour grid aligned with the proving
   * period, and each tranche unlocked in the epoch after its table epoch.
   *
   * @param provingPeriodStart the miner's proving-period start, the offset of the 12-hour grid
   * @return the schedule
   */
  public static VestingSchedule filecoinMinerReward(long provingPeriodStart) {
    return new VestingSchedule(
        0,
        0,
        180 * FILECOIN_EPOCHS_PER_DAY,
        FILECOIN_EPOCHS_PER_DAY,
        FILECOIN_EPOCHS_PER_DAY / 2,
        provingPeriodStart,
        UnlockTiming.AFTER_TRANCHE_EPOCH);
  }

  /**
   * Returns a schedule that releases {@code 1 / vestPeriod} of the amount every epoch after the
   * lock, each tranche releasable in its own epoch.
   *
   * @param vestPeriod the number of epochs, 0 or more
   * @return the schedule
   */
  public static VestingSchedule linear(long vestPeriod) {
    return builder().vestPeriod(vestPeriod).build();
  }

  /** {@return a builder with no delay, no cliff, a zero period, step 1, no quantisation} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the cumulative amount releasable by epoch {@code at} from {@code total} locked in
   * epoch {@code lockedAt}.
   *
   * @param total the amount locked, 0 or more
   * @param lockedAt the epoch of the lock
   * @param at the epoch asked about; epochs before the lock release nothing
   * @return an amount from 0 to {@code total}, non-decreasing in {@code at}
   * @throws IllegalArgumentException if {@code total} is negative
   * @throws ArithmeticException if an epoch overflows a {@code long}
   */
  public TokenAmount vestedAt(TokenAmount total, Epoch lockedAt, Epoch at) {
    if (total.isNegative()) {
      throw new IllegalArgumentException("a vesting amount is 0 or more, not " + total);
    }
    long e = timing == UnlockTiming.AT_TRANCHE_EPOCH ? at.index() : at.index() - 1;
    long begin = Math.addExact(lockedAt.index(), initialDelay);
    long cliffEpoch = Math.addExact(begin, cliff);
    long lastGridPoint = quantizeDown(e);
    // v_k <= e  <=>  max(B + k*s, C) <= quantizeDown(e), since quantizeUp is monotone.
    if (cliffEpoch > lastGridPoint) {
      return TokenAmount.zero(total.token());
    }
    long k = Math.floorDiv(lastGridPoint - begin, stepDuration);
    if (k < 1) {
      return TokenAmount.zero(total.token());
    }
    long trancheEpoch =
        quantizeUp(Math.max(Math.addExact(begin, Math.multiplyExact(k, stepDuration)), cliffEpoch));
    return cumulative(total, trancheEpoch - begin);
  }

  /**
   * Returns the first epoch from which everything locked in {@code lockedAt} is releasable (for a
   * positive amount; a zero amount is always fully vested).
   *
   * @param lockedAt the epoch of the lock
   * @return the epoch {@link #vestedAt} first returns the whole amount
   * @throws ArithmeticException if an epoch overflows a {@code long}
   */
  public Epoch fullyVestedAt(Epoch lockedAt) {
    long begin = Math.addExact(lockedAt.index(), initialDelay);
    long cliffEpoch = Math.addExact(begin, cliff);
    // The smallest k with v_k - B >= P, i.e. max(B + k*s, C) > the last grid point before B + P.
    long lastGridPointBeforeEnd = quantizeDown(Math.addExact(begin, vestPeriod) - 1);
    long k =
        cliffEpoch > lastGridPointBeforeEnd
            ? 1
            : Math.max(1, Math.floorDiv(lastGridPointBeforeEnd - begin, stepDuration) + 1);
    long trancheEpoch =
        quantizeUp(Math.max(Math.addExact(begin, Math.multiplyExact(k, stepDuration)), cliffEpoch));
    return Epoch.of(
        timing == UnlockTiming.AT_TRANCHE_EPOCH ? trancheEpoch : Math.addExact(trancheEpoch, 1));
  }

  private TokenAmount cumulative(TokenAmount total, long elapsed) {
    if (elapsed >= vestPeriod) {
      return total;
    }
    return total.multiplyRatio(
        BigInteger.valueOf(elapsed), BigInteger.valueOf(vestPeriod), RoundingMode.FLOOR);
  }

  /** Rounds up to the grid {@code n * quantization + quantizationOffset}. */
  private long quantizeUp(long epoch) {
    long remainder = Math.floorMod(epoch - Math.floorMod(quantizationOffset, quantization), quantization);
    return remainder == 0 ? epoch : Math.addExact(epoch, quantization - remainder);
  }

  /** Rounds down to the grid {@code n * quantization + quantizationOffset}. */
  private long quantizeDown(long epoch) {
    return epoch - Math.floorMod(epoch - Math.floorMod(quantizationOffset, quantization), quantization);
  }

  /**
   * Builds a {@link VestingSchedule}; every setter checks its argument.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private long initialDelay;
    private long cliff;
    private long vestPeriod;
    private long stepDuration = 1;
    private long quantization = 1;
    private long quantizationOffset;
    private UnlockTiming timing = UnlockTiming.AT_TRANCHE_EPOCH;

    private Builder() {}

    /**
     * Sets the epochs from the lock until the vesting clock starts.
     *
     * @param epochs 0 or more
     * @return this builder
     */
    public Builder initialDelay(long epochs) {
      requireNonNegative(epochs, "initialDelay");
      this.initialDelay = epochs;
      return this;
    }

    /**
     * Sets the cliff, counted from the start of the vesting clock.
     *
     * @param epochs 0 or more
     * @return this builder
     */
    public Builder cliff(long epochs) {
      requireNonNegative(epochs, "cliff");
      this.cliff = epochs;
      return this;
    }

    /**
     * Sets the period over which the amount vests.
     *
     * @param epochs 0 or more
     * @return this builder
     */
    public Builder vestPeriod(long epochs) {
      requireNonNegative(epochs, "vestPeriod");
      this.vestPeriod = epochs;
      return this;
    }

    /**
     * Sets the epochs between tranches.
     *
     * @param epochs 1 or more
     * @return this builder
     */
    public Builder stepDuration(long epochs) {
      if (epochs < 1) {
        throw new IllegalArgumentException("stepDuration must be 1 or more, not " + epochs);
      }
      this.stepDuration = epochs;
      return this;
    }

    /**
     * Sets the grid tranche epochs are rounded up to.
     *
     * @param unit the grid spacing, 1 or more
     * @param offset the grid's offset
     * @return this builder
     */
    public Builder quantization(long unit, long offset) {
      if (unit < 1) {
        throw new IllegalArgumentException("quantization must be 1 or more, not " + unit);
      }
      this.quantization = unit;
      this.quantizationOffset = offset;
      return this;
    }

    /**
     * Sets when a tranche becomes releasable.
     *
     * @param timing at its epoch or one epoch later
     * @return this builder
     */
    public Builder timing(UnlockTiming timing) {
      this.timing = Objects.requireNonNull(timing, "timing");
      return this;
    }

    /** {@return the schedule} */
    public VestingSchedule build() {
      return new VestingSchedule(
          initialDelay, cliff, vestPeriod, stepDuration, quantization, quantizationOffset, timing);
    }
  }
}
