/**
 * Scenarios: a whole token economy in one YAML file (emission schedule, burn-and-mint, demand,
 * price, operators, reward distribution, runs and an optional parameter sweep), so that a
 * researcher changes a file, not code. {@link io.depin.tokenomics.scenario.Scenarios} reads one
 * with errors that name the key and line; {@link io.depin.tokenomics.scenario.NetworkModel} turns
 * it into a simulation model; {@link io.depin.tokenomics.scenario.ScenarioRunner} runs it and
 * writes a self-contained HTML report with CSV and JSON beside it.
 */
@NullMarked
package io.depin.tokenomics.scenario;

import org.jspecify.annotations.NullMarked;
