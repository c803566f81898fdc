package io.depin.proofs.compute;

import io.depin.core.bytes.Bytes;
import io.depin.core.bytes.Hash32;
import io.depin.core.crypto.CryptoException;
import io.depin.core.hash.HashAlgorithm;
import io.depin.proofs.DeviceSigner;
import io.depin.proofs.SignedProof;
import java.time.Duration;
import java.util.Objects;

/**
 * The provider side of compute: hashes a task's output with SHA-256 and signs the result through
 * the device's {@link DeviceSigner}, which numbers it with the device's one increasing sequence.
 *
 * {@snippet :
 * DeviceSigner device = DeviceSigner.create(deviceId, deviceKey, clock, storedNext);
 * ComputeResultSigner worker = ComputeResultSigner.create(kind, device);
 * SignedProof<ComputeResult> proof = worker.sign(task, inputHash, output, Duration.ofMillis(850));
 * }
 *
 * <p>Thread-safe.
 *
 * @since 0.1.0
 */
public final class ComputeResultSigner {
  private final ComputeKind kind;
  private final DeviceSigner device;

  private ComputeResultSigner(ComputeKind kind, DeviceSigner device) {
    this.kind = kind;
    this.device = device;
  }

  /**
   * Creates a signer.
   *
   * @param kind the compute kind
   * @param device the provider device's signer, whose clock timestamps the results
   * @return the signer
   */
  public static ComputeResultSigner create(ComputeKind kind, DeviceSigner device) {
    return new ComputeResultSigner(
        Objects.requireNonNull(kind, "kind"), Objects.requireNonNull(device, "device"));
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
  public SignedProof<ComputeResult> sign(Hash32 task, Hash32 input, Bytes output, Duration runtime)
      throws CryptoException {
    if (runtime.isNegative()) {
      throw new IllegalArgumentException("a runtime is not negative: " + runtime);
    }
    ComputeResult result =
        new ComputeResult(task, input, HashAlgorithm.SHA_256.hash32(output), runtime.toMillis());
    return device.sign(kind, result);
  }

  @Override
  public String toString() {
    return "ComputeResultSigner[" + device.device() + "]";
  }
}
