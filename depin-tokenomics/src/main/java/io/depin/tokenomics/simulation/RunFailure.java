package io.depin.tokenomics.simulation;

import java.util.Objects;

/**
 * A run that threw: the other runs still finish, and this record says how to reproduce it.
 *
 * {@snippet :
 * for (RunFailure f : result.failures()) {
 *   System.err.println(f); // run 3 of sweep point 0 (seed 0x...) failed at step 120: ...
 * }
 * }
 *
 * @param seed the run's seed
 * @param sweepIndex the parameter set's index
 * @param runIndex the run's index within the parameter set
 * @param step the time {@code t} of the step that threw (as passed to policies and updates), or
 *     {@code -1} if building or recording the initial state threw
 * @param cause what was thrown
 * @since 0.1.0
 */
public record RunFailure(long seed, int sweepIndex, int runIndex, int step, Throwable cause) {
  /** Checks the fields. */
  public RunFailure {
    Objects.requireNonNull(cause, "cause");
  }

  @Override
  public String toString() {
    return "run "
        + runIndex
        + " of sweep point "
        + sweepIndex
        + " (seed 0x"
        + Long.toHexString(seed)
        + ") failed at step "
        + step
        + ": "
        + cause;
  }
}
