package io.depin.proofs.compute;

/**
 * How one assigned provider fared on a task.
 *
 * {@snippet :
 * if (outcome.providers().get(id) == ProviderOutcome.DISSENTED) {
 *   slashing.flag(id, ProviderOutcome.DISSENTED.code());
 * }
 * }
 *
 * @since 0.1.0
 */
public enum ProviderOutcome {
  /** {@code compute.agreed}: its result is the agreed one. */
  AGREED("compute.agreed"),
  /** {@code compute.dissented}: a quorum agreed on another result. */
  DISSENTED("compute.dissented"),
  /** {@code compute.undecided}: it sent a result, but no result reached the quorum. */
  UNDECIDED("compute.undecided"),
  /** {@code compute.absent}: no valid result from it. */
  ABSENT("compute.absent"),
  /** {@code compute.equivocated}: it signed two or more different results; none counts. */
  EQUIVOCATED("compute.equivocated");

  private final String code;

  ProviderOutcome(String code) {
    this.code = code;
  }

  /** {@return the stable outcome code} */
  public String code() {
    return code;
  }
}
