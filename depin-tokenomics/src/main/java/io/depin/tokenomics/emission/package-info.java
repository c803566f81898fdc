/**
 * Emission schedules: how many base units of a token a network mints in each epoch. Every {@link
 * io.depin.tokenomics.emission.EmissionSchedule} gives exact integer amounts whose running sum is
 * its cumulative total, and every rounding is named. {@link
 * io.depin.tokenomics.emission.EmissionSchedules} reads schedules from YAML.
 */
@NullMarked
package io.depin.tokenomics.emission;

import org.jspecify.annotations.NullMarked;
