package io.depin.tokenomics.simulation;

import java.util.List;

/** One built substep: arrays for the run loop, in registration order. */
final class Substep<P, S> {
  final String name;
  final Policy<P, S>[] policies;
  final int[] policyTargets;
  final LongPolicy<P, S>[] longPolicies;
  final int[] longTargets;
  final StateUpdate<P, S>[] updates;

  @SuppressWarnings({"unchecked", "rawtypes"})
  Substep(
      String name,
      List<Policy<P, S>> policies,
      List<Signal> targets,
      List<LongPolicy<P, S>> longPolicies,
      List<LongSignal> longTargets,
      List<StateUpdate<P, S>> updates) {
    this.name = name;
    this.policies = policies.toArray(new Policy[0]);
    this.policyTargets = targets.stream().mapToInt(s -> s.slot.index).toArray();
    this.longPolicies = longPolicies.toArray(new LongPolicy[0]);
    this.longTargets = longTargets.stream().mapToInt(s -> s.slot.index).toArray();
    this.updates = updates.toArray(new StateUpdate[0]);
  }
}
