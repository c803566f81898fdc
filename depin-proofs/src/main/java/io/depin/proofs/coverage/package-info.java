/**
 * Radio coverage proofs: a device transmits a beacon whose payload is derived, with ECVRF, from
 * the network's published entropy and its own id; devices that hear it sign witness reports; a
 * {@link io.depin.proofs.coverage.CoverageEvaluator} decides which witnesses count and how many
 * reward units each participant earns (Helium's HIP-15 curve is one {@link
 * io.depin.proofs.coverage.RewardUnits} preset).
 *
 * <p>Reason codes of the kinds' checks ({@link io.depin.proofs.coverage.BeaconKind}, {@link
 * io.depin.proofs.coverage.WitnessKind}): {@code coverage.no-rules}, {@code
 * coverage.beacon-entropy-unknown}, {@code coverage.beacon-entropy-from-future}, {@code
 * coverage.beacon-entropy-stale}, {@code coverage.beacon-tx-power-too-high}, {@code
 * coverage.beacon-vrf-invalid}, {@code coverage.beacon-payload-mismatch}, {@code
 * coverage.self-witness}, {@code coverage.witness-received-after-signing}, {@code
 * coverage.witness-late}, {@code coverage.witness-gain-too-high}. The evaluator's codes are those of {@link
 * io.depin.proofs.coverage.BeaconOutcome} and {@link io.depin.proofs.coverage.WitnessOutcome}.
 *
 * {@snippet :
 * RuleBook<CoverageRules> rules = RuleBook.startingAt(launch, CoverageRules.heliumIot());
 * BeaconKind beacons = new BeaconKind(rules, entropyLog);
 * WitnessKind witnesses = new WitnessKind(rules);
 * ProofVerifier verifier = ProofVerifier.builder().registry(registry).replayGuard(guard)
 *     .clock(clock).kind(beacons).kind(witnesses).build();
 * CoverageEvaluator evaluator =
 *     new CoverageEvaluator(rules, locations, new InMemoryBeaconTracker());
 * }
 */
@NullMarked
package io.depin.proofs.coverage;

import org.jspecify.annotations.NullMarked;
