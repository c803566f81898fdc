package io.depin.proofs;

import io.depin.core.crypto.CryptoException;
import io.depin.core.crypto.Signer;
import io.depin.devices.DeviceId;
import java.time.Instant;
import java.util.Objects;

/**
 * A proof of one {@link ProofKind}, signed by a device: its typed payload and its {@link
 * ProofEnvelope}. This is what a device (or its gateway) makes and sends; the network passes the
 * bytes to a {@link ProofVerifier}.
 *
 * {@snippet :
 * SignedProof<Ping> proof = SignedProof.sign(
 *     PING, new Ping(7), deviceId, ReplayToken.sequence(7), clock.instant(), deviceKey);
 * Verdict verdict = verifier.verify(proof.toBytes());
 * }
 *
 * <p>Immutable and thread-safe when the payload is.
 *
 * @param <T> the payload type
 * @since 0.1.0
 */
public final class SignedProof<T> {
  private final ProofKind<T> kind;
  private final T payload;
  private final ProofEnvelope envelope;

  private SignedProof(ProofKind<T> kind, T payload, ProofEnvelope envelope) {
    this.kind = kind;
    this.payload = payload;
    this.envelope = envelope;
  }

  /**
   * Signs a proof.
   *
   * @param <T> the payload type
   * @param kind the proof's kind
   * @param payload the kind's payload
   * @param device the device making the proof
   * @param token its sequence number or nonce
   * @param timestamp when it was made; truncated to milliseconds
   * @param signer the device's current key
   * @return the signed proof
   * @throws CryptoException if the signer fails
   */
  public static <T> SignedProof<T> sign(
      ProofKind<T> kind,
      T payload,
      DeviceId device,
      ReplayToken token,
      Instant timestamp,
      Signer signer)
      throws CryptoException {
    Objects.requireNonNull(payload, "payload");
    ProofEnvelope envelope =
        ProofEnvelope.sign(kind.type(), device, token, timestamp, kind.encode(payload), signer);
    return new SignedProof<>(kind, payload, envelope);
  }

  /** {@return the proof's kind} */
  public ProofKind<T> kind() {
    return kind;
  }

  /** {@return the payload that was signed} */
  public T payload() {
    return payload;
  }

  /** {@return the envelope} */
  public ProofEnvelope envelope() {
    return envelope;
  }

  /** {@return the wire form, canonical UTF-8 JSON} */
  public byte[] toBytes() {
    return envelope.encode();
  }

  @Override
  public String toString() {
    return "SignedProof[" + envelope + "]";
  }
}
