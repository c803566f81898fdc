package io.depin.tokenomics.vesting;

/**
 * When a tranche scheduled for epoch {@code v} may be released.
 *
 * <p>Example: Filecoin's miner-reward vesting, where a tranche unlocks the epoch after its own.
 *
 * {@snippet :
 * VestingSchedule s = new VestingSchedule(0, 3, 12, 2, 1, 0, UnlockTiming.AFTER_TRANCHE_EPOCH);
 * }
 *
 * @since 0.1.0
 */
public enum UnlockTiming {
  /** A tranche scheduled for epoch {@code v} is releasable in epoch {@code v} itself. */
  AT_TRANCHE_EPOCH,
  /**
   * A tranche scheduled for epoch {@code v} is releasable from epoch {@code v + 1}: Filecoin's
   * miner actor unlocks only the vesting-table entries whose epoch is strictly before the current
   * epoch ({@code VestingFunds::unlock_vested_funds}).
   */
  AFTER_TRANCHE_EPOCH
}
