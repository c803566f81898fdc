/**
 * Internals of the simulation engine: the run loop, exact quantile selection, relative-error
 * quantile sketches with exact sums, ordered output.
 */
@NullMarked
package io.depin.tokenomics.simulation.internal;

import org.jspecify.annotations.NullMarked;
