package io.depin.proofs.compute;

import java.time.Duration;
import java.util.Objects;

/**
 * The compute rules of one period. Version them with a {@link io.depin.core.rules.RuleBook}: a
 * result is checked by the rules in force at its timestamp, a task's quorum by those in force when
 * it was assigned.
 *
 * <p>A result hash is agreed when the assigned providers reporting it are at least {@code
 * quorumPercent} percent of all assigned providers: {@code agreeing * 100 >= quorumPercent * k},
 * exact integers. The percentage is above 50, so at most one hash can be agreed.
 *
 * {@snippet :
 * ComputeRules rules = ComputeRules.MAJORITY;                         // 51 %, 10 min
 * ComputeRules unanimous = new ComputeRules(100, Duration.ofHours(1));
 * }
 *
 * @param quorumPercent the share of assigned providers that must agree, in [51, 100]
 * @param maxRuntime the longest runtime a result may report, positive and at most 30 days
 * @since 0.1.0
 */
public record ComputeRules(int quorumPercent, Duration maxRuntime) {
  /** A strict majority of the assigned providers, and at most 10 minutes per task. */
  public static final ComputeRules MAJORITY = new ComputeRules(51, Duration.ofMinutes(10));

  /**
   * Validates the rules.
   *
   * @throws IllegalArgumentException if the percentage is outside [51, 100] or the runtime is not
   *     in (0, 30 days]
   */
  public ComputeRules {
    Objects.requireNonNull(maxRuntime, "maxRuntime");
    if (quorumPercent < 51 || quorumPercent > 100) {
      throw new IllegalArgumentException("quorumPercent is in [51, 100]: " + quorumPercent);
    }
    if (maxRuntime.isZero() || maxRuntime.isNegative()
        || maxRuntime.compareTo(Duration.ofDays(30)) > 0) {
      throw new IllegalArgumentException("maxRuntime is in (0, 30 days]: " + maxRuntime);
    }
  }

  /**
   * Returns whether {@code agreeing} of {@code assigned} providers reach the quorum.
   *
   * @param agreeing providers reporting the same hash
   * @param assigned providers assigned the task
   * @return {@code agreeing * 100 >= quorumPercent * assigned}
   */
  public boolean reached(int agreeing, int assigned) {
    return (long) agreeing * 100 >= (long) quorumPercent * assigned;
  }
}
