package io.depin.proofs.compute;

import io.depin.core.bytes.Hash32;
import io.depin.devices.DeviceId;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * What {@link AgreementEvaluator} decided for one task: the agreed result hash if a quorum
 * reached one, every assigned provider's outcome, the votes per hash, and the results it rejected.
 *
 * {@snippet :
 * TaskOutcome outcome = evaluator.evaluate(assignment, results);
 * outcome.agreedResult().ifPresent(hash -> publish(assignment.task(), hash));
 * List<DeviceId> dissenters = outcome.providersWith(ProviderOutcome.DISSENTED);
 * }
 *
 * @param task the task
 * @param decision whether a result was agreed
 * @param agreed the agreed result hash, null when {@link Decision#UNDECIDED}
 * @param providers every assigned provider's outcome, in id order
 * @param votes per result hash, the assigned providers that reported only it
 * @param rejected the verified results of the task that did not count
 * @since 0.1.0
 */
public record TaskOutcome(
    Hash32 task,
    Decision decision,
    @Nullable Hash32 agreed,
    SortedMap<DeviceId, ProviderOutcome> providers,
    SortedMap<Hash32, Integer> votes,
    List<RejectedResult> rejected) {
  /**
   * Copies the collections and checks that the decision matches the agreed hash.
   *
   * @throws IllegalArgumentException if an agreed hash is given with {@link Decision#UNDECIDED}
   *     or missing with {@link Decision#AGREED}
   */
  public TaskOutcome {
    Objects.requireNonNull(task, "task");
    Objects.requireNonNull(decision, "decision");
    if ((decision == Decision.AGREED) != (agreed != null)) {
      throw new IllegalArgumentException(decision + " with agreed hash " + agreed);
    }
    providers = Collections.unmodifiableSortedMap(new TreeMap<>(providers));
    votes = Collections.unmodifiableSortedMap(new TreeMap<>(votes));
    rejected = List.copyOf(rejected);
  }

  /** {@return the agreed result hash, or empty if no result reached the quorum} */
  public Optional<Hash32> agreedResult() {
    return Optional.ofNullable(agreed);
  }

  /**
   * Returns the assigned providers with one outcome.
   *
   * @param outcome the outcome
   * @return those providers, in id order
   */
  public List<DeviceId> providersWith(ProviderOutcome outcome) {
    return providers.entrySet().stream()
        .filter(e -> e.getValue() == outcome)
        .map(Map.Entry::getKey)
        .toList();
  }

  /** Whether a result was agreed. */
  public enum Decision {
    /** A result hash reached the quorum. */
    AGREED,
    /** No result hash reached the quorum: a tie, too few results, or too many dissenting. */
    UNDECIDED
  }
}
