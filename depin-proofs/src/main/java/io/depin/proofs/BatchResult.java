package io.depin.proofs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The verdicts on a batch of proofs, in input order, with counts.
 *
 * {@snippet :
 * BatchResult result = verifier.verifyAll(wires);
 * Verdict third = result.verdicts().get(2);
 * int replays = result.rejections().getOrDefault("REPLAYED", 0);
 * List<VerifiedProof<Heartbeat>> heartbeats = result.acceptedOf(heartbeatKind); // for an evaluator
 * }
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class BatchResult {
  private final List<Verdict> verdicts;
  private final int accepted;
  private final Map<String, Integer> rejections;

  private BatchResult(List<Verdict> verdicts, int accepted, Map<String, Integer> rejections) {
    this.verdicts = verdicts;
    this.accepted = accepted;
    this.rejections = rejections;
  }

  /**
   * Counts verdicts.
   *
   * @param verdicts the verdicts, in input order
   * @return the result
   */
  public static BatchResult of(List<Verdict> verdicts) {
    List<Verdict> copy = List.copyOf(verdicts);
    int accepted = 0;
    TreeMap<String, Integer> rejections = new TreeMap<>();
    for (Verdict verdict : copy) {
      switch (Objects.requireNonNull(verdict)) {
        case Verdict.Accepted a -> accepted++;
        case Verdict.Rejected r -> rejections.merge(r.code(), 1, Integer::sum);
      }
    }
    return new BatchResult(copy, accepted, Collections.unmodifiableMap(rejections));
  }

  /** {@return one verdict per input, in input order} */
  public List<Verdict> verdicts() {
    return verdicts;
  }

  /** {@return how many verdicts are {@link Verdict.Accepted}} */
  public int accepted() {
    return accepted;
  }

  /**
   * Returns the accepted proofs of one kind, in input order, typed for the evaluators that take
   * them (such as an uptime counter). Proofs of other kinds are left out.
   *
   * @param <T> the payload type
   * @param kind the kind, the same instance the verifier was built with
   * @return the accepted proofs of that kind
   */
  public <T> List<VerifiedProof<T>> acceptedOf(ProofKind<T> kind) {
    Objects.requireNonNull(kind, "kind");
    List<VerifiedProof<T>> proofs = new ArrayList<>(accepted);
    for (Verdict verdict : verdicts) {
      if (verdict instanceof Verdict.Accepted a) {
        a.proof().as(kind).ifPresent(proofs::add);
      }
    }
    return Collections.unmodifiableList(proofs);
  }

  /**
   * {@return how many rejections each {@link Verdict.Rejected#code()} has, sorted by code; codes
   * with no rejection are absent}
   */
  public Map<String, Integer> rejections() {
    return rejections;
  }

  @Override
  public String toString() {
    return "BatchResult[size=" + verdicts.size() + ", accepted=" + accepted + ", rejections="
        + rejections + "]";
  }
}
