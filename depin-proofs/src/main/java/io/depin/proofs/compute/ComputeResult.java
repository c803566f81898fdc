package io.depin.proofs.compute;

import io.depin.core.bytes.Hash32;
import java.util.Objects;

/**
 * A provider's signed result of one compute task: which task, the hash of the input it computed
 * on, the hash of its output, and how long it says it ran.
 *
 * <p>Wire form: {@code {"input":"0x…","result":"0x…","runtimeMillis":1200,"task":"0x…"}}.
 *
 * {@snippet :
 * ComputeResult result = new ComputeResult(task, inputHash, HashAlgorithm.SHA_256.hash32(output), 1_200);
 * }
 *
 * @param task the task's identifier
 * @param input the SHA-256 of the task's input, as the provider received it
 * @param result the SHA-256 of the provider's output
 * @param runtimeMillis the runtime the provider reports, in [0, 2^53 - 1] milliseconds
 * @since 0.1.0
 */
public record ComputeResult(Hash32 task, Hash32 input, Hash32 result, long runtimeMillis) {
  /**
   * Validates the result.
   *
   * @throws IllegalArgumentException if the runtime is out of range
   */
  public ComputeResult {
    Objects.requireNonNull(task, "task");
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(result, "result");
    if (runtimeMillis < 0 || runtimeMillis > (1L << 53) - 1) {
      throw new IllegalArgumentException("runtimeMillis is in [0, 2^53 - 1]: " + runtimeMillis);
    }
  }
}
