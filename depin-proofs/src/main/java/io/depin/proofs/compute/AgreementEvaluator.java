package io.depin.proofs.compute;

import io.depin.core.bytes.Hash32;
import io.depin.core.rules.RuleBook;
import io.depin.devices.DeviceId;
import io.depin.proofs.VerifiedProof;
import io.depin.proofs.compute.RejectedResult.Reason;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Decides a task given to k providers: groups the verified results by result hash and agrees on a
 * hash when enough assigned providers report it ({@link ComputeRules#reached}, rules in force at
 * {@link TaskAssignment#assignedAt()}).
 *
 * <ul>
 *   <li>Results of other tasks are not looked at.
 *   <li>A result from a device not assigned the task is {@link Reason#UNASSIGNED_PROVIDER}, one
 *       computed on another input {@link Reason#INPUT_MISMATCH}, one made before the assignment
 *       {@link Reason#BEFORE_ASSIGNMENT}; none of them counts.
 *   <li>A provider that reported two or more different hashes is {@link
 *       ProviderOutcome#EQUIVOCATED} and votes for none; the same result sent twice is one vote.
 *   <li>The quorum is a share of all k assigned providers, so absentees count against it. With
 *       no hash reaching it (a tie, too few results) the task is {@link
 *       TaskOutcome.Decision#UNDECIDED} and providers that reported are {@link
 *       ProviderOutcome#UNDECIDED}.
 * </ul>
 *
 * <p>A result hash says nothing about who computed it: a provider that learns another provider's
 * result before sending its own can copy the hash without running the task and is counted as
 * {@link ProviderOutcome#AGREED}. Keep results private until the task is decided, or have each
 * provider's output depend on something only it knows (for example a per-provider input).
 *
 * <p>Deterministic and independent of the input's order.
 *
 * {@snippet :
 * AgreementEvaluator evaluator = new AgreementEvaluator(RuleBook.startingAt(launch, ComputeRules.MAJORITY));
 * TaskOutcome outcome = evaluator.evaluate(assignment, verifiedResults);
 * outcome.providersWith(ProviderOutcome.DISSENTED).forEach(id -> slashing.flag(id));
 * }
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class AgreementEvaluator {
  private final RuleBook<ComputeRules> rules;

  /**
   * Creates an evaluator.
   *
   * @param rules the compute rules, normally the same book as the {@link ComputeKind}'s
   */
  public AgreementEvaluator(RuleBook<ComputeRules> rules) {
    this.rules = Objects.requireNonNull(rules, "rules");
  }

  /**
   * Decides one task.
   *
   * @param assignment the task and its assigned providers
   * @param results verified results, in any order, possibly of other tasks and duplicated
   * @return the outcome
   * @throws IllegalArgumentException if no rules are in force when the task was assigned
   */
  public TaskOutcome evaluate(
      TaskAssignment assignment, Collection<VerifiedProof<ComputeResult>> results) {
    Instant assignedAt = assignment.assignedAt();
    ComputeRules inForce =
        rules
            .inForceAt(assignedAt)
            .orElseThrow(() -> new IllegalArgumentException("no compute rules at " + assignedAt));
    List<Sorted> sorted = new ArrayList<>();
    for (VerifiedProof<ComputeResult> proof : results) {
      if (proof.payload().task().equals(assignment.task())) {
        sorted.add(new Sorted(proof, proof.envelope().encode()));
      }
    }
    sorted.sort(ORDER);

    Map<DeviceId, Set<Hash32>> reported = new TreeMap<>();
    List<RejectedResult> rejected = new ArrayList<>();
    for (Sorted s : sorted) {
      VerifiedProof<ComputeResult> proof = s.proof;
      DeviceId device = proof.envelope().device();
      Reason reason = rejection(assignment, device, proof);
      if (reason != null) {
        rejected.add(new RejectedResult(device, proof.token(), reason));
      } else {
        reported.computeIfAbsent(device, d -> new TreeSet<>()).add(proof.payload().result());
      }
    }
    SortedMap<Hash32, Integer> votes = new TreeMap<>();
    reported.values().stream()
        .filter(hashes -> hashes.size() == 1)
        .forEach(hashes -> votes.merge(hashes.iterator().next(), 1, Integer::sum));
    int k = assignment.providers().size();
    @Nullable Hash32 agreed = null;
    for (Map.Entry<Hash32, Integer> vote : votes.entrySet()) {
      if (inForce.reached(vote.getValue(), k)) {
        agreed = vote.getKey();
      }
    }
    SortedMap<DeviceId, ProviderOutcome> outcomes = new TreeMap<>();
    for (DeviceId provider : assignment.providers()) {
      outcomes.put(provider, outcome(reported.get(provider), agreed));
    }
    return new TaskOutcome(
        assignment.task(),
        agreed == null ? TaskOutcome.Decision.UNDECIDED : TaskOutcome.Decision.AGREED,
        agreed,
        outcomes,
        votes,
        rejected);
  }

  private static @Nullable Reason rejection(
      TaskAssignment assignment, DeviceId device, VerifiedProof<ComputeResult> proof) {
    if (!assignment.providers().contains(device)) {
      return Reason.UNASSIGNED_PROVIDER;
    }
    if (!proof.payload().input().equals(assignment.input())) {
      return Reason.INPUT_MISMATCH;
    }
    if (proof.timestamp().isBefore(assignment.assignedAt())) {
      return Reason.BEFORE_ASSIGNMENT;
    }
    return null;
  }

  private static ProviderOutcome outcome(@Nullable Set<Hash32> hashes, @Nullable Hash32 agreed) {
    if (hashes == null) {
      return ProviderOutcome.ABSENT;
    }
    if (hashes.size() > 1) {
      return ProviderOutcome.EQUIVOCATED;
    }
    if (agreed == null) {
      return ProviderOutcome.UNDECIDED;
    }
    return hashes.contains(agreed) ? ProviderOutcome.AGREED : ProviderOutcome.DISSENTED;
  }

  @Override
  public String toString() {
    return "AgreementEvaluator[" + rules + "]";
  }

  private static final Comparator<Sorted> ORDER =
      Comparator.<Sorted, DeviceId>comparing(s -> s.proof.envelope().device())
          .thenComparing(s -> s.proof.timestamp())
          .thenComparing((a, b) -> Arrays.compare(a.wire, b.wire));

  /** A result with its wire bytes, the last tie-breaker of the order. */
  @SuppressWarnings("ArrayRecordComponent") // a private sort key: never compared with equals
  private record Sorted(VerifiedProof<ComputeResult> proof, byte[] wire) {}
}
