package io.depin.proofs;

import io.depin.devices.registry.DeviceState;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A proof that passed every check of a {@link ProofVerifier}: size, structure, kind, device,
 * key, signature, freshness, replay and the kind's own checks. Only a verifier creates one, so
 * code that takes a {@code VerifiedProof} (reward accounting, for one) cannot be handed unchecked
 * input.
 *
 * {@snippet :
 * if (verifier.verify(wire) instanceof Verdict.Accepted accepted) {
 *   accepted.proof().as(PING).ifPresent(ping -> rewards.credit(ping));
 * }
 * }
 *
 * <p>Immutable and thread-safe when the payload is.
 *
 * @param <T> the payload type
 * @since 0.1.0
 */
public final class VerifiedProof<T> {
  private final ProofKind<T> kind;
  private final T payload;
  private final ProofEnvelope envelope;
  private final DeviceState device;

  VerifiedProof(ProofKind<T> kind, T payload, ProofEnvelope envelope, DeviceState device) {
    this.kind = kind;
    this.payload = payload;
    this.envelope = envelope;
    this.device = device;
  }

  /** {@return the proof's kind} */
  public ProofKind<T> kind() {
    return kind;
  }

  /** {@return the decoded payload} */
  public T payload() {
    return payload;
  }

  /** {@return the device's state in the registry when the proof was verified} */
  public DeviceState device() {
    return device;
  }

  /** {@return when the device made the proof} */
  public Instant timestamp() {
    return envelope.timestamp();
  }

  /** {@return the proof's sequence number or nonce} */
  public ReplayToken token() {
    return envelope.token();
  }

  /** {@return the envelope as received} */
  public ProofEnvelope envelope() {
    return envelope;
  }

  /**
   * Returns this proof typed as {@code expected}, if it is of that kind.
   *
   * @param <U> the expected payload type
   * @param expected the kind the caller handles
   * @return this proof, or empty if it is of another kind
   */
  @SuppressWarnings("unchecked")
  public <U> Optional<VerifiedProof<U>> as(ProofKind<U> expected) {
    Objects.requireNonNull(expected, "expected");
    return kind.equals(expected) ? Optional.of((VerifiedProof<U>) this) : Optional.empty();
  }

  /** Two verified proofs are equal when their envelopes and device states are. */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof VerifiedProof<?> other
        && envelope.equals(other.envelope)
        && device.equals(other.device);
  }

  @Override
  public int hashCode() {
    return Objects.hash(envelope, device);
  }

  @Override
  public String toString() {
    return "VerifiedProof[" + envelope + "]";
  }
}
