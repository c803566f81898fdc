package io.depin.proofs;

import java.util.Objects;

/**
 * The outcome of verifying one proof: accepted with a {@link VerifiedProof}, or rejected with a
 * reason. Rejecting network input is a normal outcome, not an exception.
 *
 * {@snippet :
 * switch (verifier.verify(wire)) {
 *   case Verdict.Accepted a -> rewards.record(a.proof());
 *   case Verdict.Rejected r -> metrics.count(r.code());
 * }
 * }
 *
 * @since 0.1.0
 */
public sealed interface Verdict {
  /**
   * The proof passed every check.
   *
   * {@snippet :
   * if (verdict instanceof Verdict.Accepted(VerifiedProof<?> proof)) {
   *   store.save(proof.envelope());
   * }
   * }
   *
   * @param proof the verified proof
   */
  record Accepted(VerifiedProof<?> proof) implements Verdict {
    /** Checks that the proof is not null. */
    public Accepted {
      Objects.requireNonNull(proof, "proof");
    }
  }

  /**
   * The proof failed a check.
   *
   * {@snippet :
   * Verdict.Rejected r = Verdict.Rejected.of(RejectionReason.STALE, "made 2 h ago");
   * String code = r.code();   // "STALE"
   * }
   *
   * @param reason the failed check
   * @param code the reason's name, or for {@link RejectionReason#KIND_REJECTED} the kind's own
   *     code (see {@link CheckResult.Failed#code()})
   * @param detail a description for people
   */
  record Rejected(RejectionReason reason, String code, String detail) implements Verdict {
    /**
     * Validates that the code matches the reason.
     *
     * @throws IllegalArgumentException if a pipeline reason has another code than its name, or a
     *     kind's code is not valid
     */
    public Rejected {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(detail, "detail");
      if (reason == RejectionReason.KIND_REJECTED) {
        code = new CheckResult.Failed(code, detail).code();
      } else if (!code.equals(reason.name())) {
        throw new IllegalArgumentException("the code of " + reason + " is its name, not " + code);
      }
    }

    /**
     * Returns a rejection by one of the pipeline's checks.
     *
     * @param reason the failed check, not {@link RejectionReason#KIND_REJECTED}
     * @param detail a description for people
     * @return the rejection
     * @throws IllegalArgumentException if {@code reason} is {@link RejectionReason#KIND_REJECTED}
     */
    public static Rejected of(RejectionReason reason, String detail) {
      if (reason == RejectionReason.KIND_REJECTED) {
        throw new IllegalArgumentException("a kind's rejection carries the kind's code");
      }
      return new Rejected(reason, reason.name(), detail);
    }

    /**
     * Returns a rejection by a kind's own check.
     *
     * @param failed the kind's result
     * @return the rejection
     */
    public static Rejected byKind(CheckResult.Failed failed) {
      return new Rejected(RejectionReason.KIND_REJECTED, failed.code(), failed.detail());
    }
  }
}
