/**
 * A seeded Monte Carlo simulation engine for token economies, in the shape of cadCAD: a {@link
 * io.depin.tokenomics.simulation.Model} is typed state plus substeps of policies and state updates;
 * {@link io.depin.tokenomics.simulation.Simulation} runs it for many seeds and parameter sets
 * ({@link io.depin.tokenomics.simulation.Sweep}) in parallel, and every step goes to {@link
 * io.depin.tokenomics.simulation.Sink}s (CSV, in memory, per-step aggregates).
 *
 * <p>Results never depend on the number of threads: each run draws from its own generator, seeded
 * from the master seed, the sweep index and the run index ({@link
 * io.depin.tokenomics.simulation.RunSeeds}).
 */
@NullMarked
package io.depin.tokenomics.simulation;

import org.jspecify.annotations.NullMarked;
