/**
 * Vesting schedules: an initial delay, a cliff, linear release over a period in steps, and
 * quantisation of release epochs onto a grid. {@link
 * io.depin.tokenomics.vesting.VestingSchedule#filecoinMinerReward} reproduces the vesting of a
 * Filecoin storage miner's block rewards. Vested amounts are exact integers in base units.
 */
@NullMarked
package io.depin.tokenomics.vesting;

import org.jspecify.annotations.NullMarked;
