package io.depin.proofs.compute;

import io.depin.core.bytes.Bytes;
import io.depin.core.bytes.Hash32;
import io.depin.core.crypto.CryptoException;
import io.depin.core.crypto.Signer;
import io.depin.core.hash.HashAlgorithm;
import io.depin.devices.DeviceId;
import io.depin.proofs.ReplayToken;
import io.depin.proofs.SignedProof;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * The provider side of compute: hashes a task's output with SHA-256 and signs the result, with
 * strictly increasing sequence numbers.
 *
 * <p>The device must persist {@link #nextSequence()} across restarts and pass it back to {@link
 * #create}.
 *
 * {@snippet :
 * ComputeResultSigner worker = ComputeResultSigner.create(kind, deviceId, deviceKey, clock, storedNext);
 * SignedProof<ComputeResult> proof = worker.sign(task, inputHash, output, Duration.ofMillis(850));
 * }
 *
 * <p>Thread-safe.
 *
 * @since 0.1.0
 */
public final class ComputeResultSigner {
  private final ComputeKind kind;
  private final DeviceId device;
  private final Signer signer;
  private final Clock clock;
  private long nextSequence;

  private ComputeResultSigner(
      ComputeKind kind, DeviceId device, Signer signer, Clock clock, long nextSequence) {
    this.kind = kind;
    this.device = device;
    this.signer = signer;
    this.clock = clock;
    this.nextSequence = nextSequence;
  }

  /**
   * Creates a signer.
   *
   * @param kind the compute kind
   * @param device the provider device's id
   * @param signer the device's current key
   * @param clock the device's clock
   * @param nextSequence the sequence number of the next result, in [0, 2^53 - 1]
   * @return the signer
   * @throws IllegalArgumentException if {@code nextSequence} is out of range
   */
  public static ComputeResultSigner create(
      ComputeKind kind, DeviceId device, Signer signer, Clock clock, long nextSequence) {
    ReplayToken.sequence(nextSequence);
    return new ComputeResultSigner(
        Objects.requireNonNull(kind, "kind"),
        Objects.requireNonNull(device, "device"),
        Objects.requireNonNull(signer, "signer"),
        Objects.requireNonNull(clock, "clock"),
        nextSequence);
  }

  /**
   * Signs the result of a task.
   *
   * @param task the task's identifier
   * @param input the SHA-256 of the input the device computed on
   * @param output the device's output; only its SHA-256 is sent
   * @param runtime how long the computation took, not negative
   * @return the signed result
   * @throws CryptoException if the key fails to sign
   * @throws IllegalArgumentException if the runtime is negative
   * @throws IllegalStateException if the sequence numbers are used up
   */
  public synchronized SignedProof<ComputeResult> sign(
      Hash32 task, Hash32 input, Bytes output, Duration runtime) throws CryptoException {
    if (runtime.isNegative()) {
      throw new IllegalArgumentException("a runtime is not negative: " + runtime);
    }
    if (nextSequence > ReplayToken.MAX_SEQUENCE) {
      throw new IllegalStateException("the device has used every sequence number");
    }
    ComputeResult result =
        new ComputeResult(task, input, HashAlgorithm.SHA_256.hash32(output), runtime.toMillis());
    SignedProof<ComputeResult> proof =
        SignedProof.sign(
            kind, result, device, ReplayToken.sequence(nextSequence), clock.instant(), signer);
    nextSequence++;
    return proof;
  }

  /** {@return the sequence number the next result will carry; persist it} */
  public synchronized long nextSequence() {
    return nextSequence;
  }

  @Override
  public String toString() {
    return "ComputeResultSigner[" + device + "]";
  }
}
