package io.depin.proofs.compute;

import io.depin.core.bytes.Hash32;
import io.depin.devices.DeviceId;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The network's record of a task given to k providers: the task, the hash of its input, who was
 * assigned, and when.
 *
 * {@snippet :
 * TaskAssignment assignment = TaskAssignment.of(task, inputHash, List.of(a, b, c), clock.instant());
 * }
 *
 * @param task the task's identifier
 * @param input the SHA-256 of the input every provider was given
 * @param providers the k assigned providers, at least 1; kept in id order
 * @param assignedAt when the task was assigned; results made before it are rejected, and the
 *     quorum is that of the rules in force at this instant
 * @since 0.1.0
 */
public record TaskAssignment(
    Hash32 task, Hash32 input, SortedSet<DeviceId> providers, Instant assignedAt) {
  /**
   * Copies the providers and validates the assignment.
   *
   * @throws IllegalArgumentException if no provider is assigned
   */
  public TaskAssignment {
    Objects.requireNonNull(task, "task");
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(assignedAt, "assignedAt");
    providers = Collections.unmodifiableSortedSet(new TreeSet<>(providers));
    if (providers.isEmpty()) {
      throw new IllegalArgumentException("a task is assigned to at least one provider");
    }
  }

  /**
   * Creates an assignment from any collection of providers.
   *
   * @param task the task's identifier
   * @param input the SHA-256 of the input
   * @param providers the assigned providers, at least 1
   * @param assignedAt when the task was assigned
   * @return the assignment
   * @throws IllegalArgumentException if no provider is assigned
   */
  public static TaskAssignment of(
      Hash32 task, Hash32 input, Collection<DeviceId> providers, Instant assignedAt) {
    return new TaskAssignment(task, input, new TreeSet<>(providers), assignedAt);
  }
}
