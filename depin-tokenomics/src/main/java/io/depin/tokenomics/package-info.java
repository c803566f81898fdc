/**
 * Token economics: exact emission schedules, reward distribution, burn-and-mint, staking, vesting
 * and the simulation engine. Builds on {@code depin-core} only.
 */
@NullMarked
package io.depin.tokenomics;

import org.jspecify.annotations.NullMarked;
