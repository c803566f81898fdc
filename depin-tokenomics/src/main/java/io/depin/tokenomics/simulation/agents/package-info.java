/**
 * Reusable policies for the usual DePIN dynamics: operators joining or leaving on their return
 * ({@link io.depin.tokenomics.simulation.agents.OperatorResponse}), demand growth ({@link
 * io.depin.tokenomics.simulation.agents.DemandGrowth}) and the token price as an input series or a
 * seeded stochastic process ({@link io.depin.tokenomics.simulation.agents.PriceProcess}).
 */
@NullMarked
package io.depin.tokenomics.simulation.agents;

import org.jspecify.annotations.NullMarked;
