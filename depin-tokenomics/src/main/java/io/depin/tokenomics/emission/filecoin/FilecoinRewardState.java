package io.depin.tokenomics.emission.filecoin;

import java.math.BigInteger;
import java.util.Objects;

/**
 * The Filecoin reward actor's state between epochs: the baseline, the cumulative capped realised
 * power, the effective network time and the reward of the current epoch.
 *
 * <p>{@link #genesis()} is the state before epoch 0; each {@link #advance} moves to the next epoch
 * with the network's realised (raw byte) power, as the actor does at the end of every epoch: the
 * baseline grows by {@link FilecoinRewardMath#BASELINE_EXPONENT}, the realised power capped at the
 * baseline is added to {@code cumsumRealized}, the effective network time advances while {@code
 * cumsumRealized > cumsumBaseline}, and the reward is {@link FilecoinRewardMath#computeReward} of
 * the fractional effective network times before and after. Null rounds are not modelled: every
 * epoch is a reward epoch.
 *
 * {@snippet :
 * FilecoinRewardState state = FilecoinRewardState.genesis();
 * state.advance(BigInteger.ZERO);  // epoch 0 with no storage: simple minting only
 * state.thisEpochReward();         // 36266264293777134739 attoFIL
 * }
 *
 * <p>Instances are mutable and not thread-safe; {@link #copy()} snapshots one.
 *
 * @since 0.1.0
 */
public final class FilecoinRewardState {
  private long epoch;
  private BigInteger cumsumBaseline;
  private BigInteger cumsumRealized;
  private long effectiveNetworkTime;
  private BigInteger effectiveBaselinePower;
  private BigInteger thisEpochBaselinePower;
  private BigInteger thisEpochReward;

  private FilecoinRewardState(FilecoinRewardState other) {
    this.epoch = other.epoch;
    this.cumsumBaseline = other.cumsumBaseline;
    this.cumsumRealized = other.cumsumRealized;
    this.effectiveNetworkTime = other.effectiveNetworkTime;
    this.effectiveBaselinePower = other.effectiveBaselinePower;
    this.thisEpochBaselinePower = other.thisEpochBaselinePower;
    this.thisEpochReward = other.thisEpochReward;
  }

  private FilecoinRewardState() {
    this.epoch = -1;
    this.cumsumBaseline = BigInteger.ZERO;
    this.cumsumRealized = BigInteger.ZERO;
    this.effectiveNetworkTime = 0;
    this.effectiveBaselinePower = FilecoinRewardMath.BASELINE_INITIAL_VALUE;
    this.thisEpochBaselinePower = FilecoinRewardMath.INIT_BASELINE_POWER;
    this.thisEpochReward = BigInteger.ZERO;
  }

  /** {@return the state before epoch 0 (epoch -1), as the actor is constructed} */
  public static FilecoinRewardState genesis() {
    return new FilecoinRewardState();
  }

  /** {@return an independent copy of this state} */
  public FilecoinRewardState copy() {
    return new FilecoinRewardState(this);
  }

  /**
   * Moves to the next epoch and computes its reward.
   *
   * @param realizedPower the network's raw byte power entering the epoch, 0 or more
   * @return the new epoch's reward, in attoFIL (also {@link #thisEpochReward()})
   * @throws IllegalArgumentException if {@code realizedPower} is negative
   */
  public BigInteger advance(BigInteger realizedPower) {
    Objects.requireNonNull(realizedPower, "realizedPower");
    if (realizedPower.signum() < 0) {
      throw new IllegalArgumentException("realised power is 0 or more, not " + realizedPower);
    }
    BigInteger previousTheta = theta();
    epoch++;
    thisEpochBaselinePower = FilecoinRewardMath.baselinePowerFromPrevious(thisEpochBaselinePower);
    cumsumRealized = cumsumRealized.add(thisEpochBaselinePower.min(realizedPower));
    while (cumsumRealized.compareTo(cumsumBaseline) > 0) {
      effectiveNetworkTime++;
      effectiveBaselinePower =
          FilecoinRewardMath.baselinePowerFromPrevious(effectiveBaselinePower);
      cumsumBaseline = cumsumBaseline.add(effectiveBaselinePower);
    }
    thisEpochReward = FilecoinRewardMath.computeReward(
        epoch, previousTheta, theta(), FilecoinRewardMath.SIMPLE_TOTAL,
        FilecoinRewardMath.BASELINE_TOTAL);
    return thisEpochReward;
  }

  private BigInteger theta() {
    return FilecoinRewardMath.computeRTheta(
        effectiveNetworkTime, effectiveBaselinePower, cumsumRealized, cumsumBaseline);
  }

  /** {@return the current epoch; -1 before the first {@link #advance}} */
  public long epoch() {
    return epoch;
  }

  /** {@return the current epoch's reward in attoFIL; 0 before the first {@link #advance}} */
  public BigInteger thisEpochReward() {
    return thisEpochReward;
  }

  /** {@return the baseline power of the current epoch, in bytes} */
  public BigInteger thisEpochBaselinePower() {
    return thisEpochBaselinePower;
  }

  /** {@return the cumulative realised power capped at the baseline, in byte-epochs} */
  public BigInteger cumsumRealized() {
    return cumsumRealized;
  }

  /** {@return the cumulative baseline through the effective network time, in byte-epochs} */
  public BigInteger cumsumBaseline() {
    return cumsumBaseline;
  }

  /** {@return the effective network time rounded up, in epochs} */
  public long effectiveNetworkTime() {
    return effectiveNetworkTime;
  }

  /** {@return the fractional effective network time in Q.128} */
  public BigInteger effectiveNetworkTheta() {
    return theta();
  }

  @Override
  public String toString() {
    return "FilecoinRewardState[epoch=" + epoch + ", effectiveNetworkTime=" + effectiveNetworkTime
        + ", thisEpochReward=" + thisEpochReward + "]";
  }
}
