package io.depin.proofs.compute;

import io.depin.devices.DeviceId;
import io.depin.proofs.ReplayToken;
import java.util.Objects;

/**
 * A verified result of the task that {@link AgreementEvaluator} did not count, and why.
 *
 * {@snippet :
 * outcome.rejected().forEach(r -> log.warn("{} {}: {}", r.provider(), r.token(), r.reason().code()));
 * }
 *
 * @param provider the device that sent it
 * @param token its sequence number or nonce
 * @param reason why it did not count
 * @since 0.1.0
 */
public record RejectedResult(DeviceId provider, ReplayToken token, Reason reason) {
  /** Checks that no component is null. */
  public RejectedResult {
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(reason, "reason");
  }

  /** Why a verified result did not count. */
  public enum Reason {
    /** {@code compute.unassigned-provider}: the device was not assigned the task. */
    UNASSIGNED_PROVIDER("compute.unassigned-provider"),
    /** {@code compute.input-mismatch}: it was computed on another input than the one assigned. */
    INPUT_MISMATCH("compute.input-mismatch"),
    /** {@code compute.before-assignment}: it was made before the task was assigned. */
    BEFORE_ASSIGNMENT("compute.before-assignment");

    private final String code;

    Reason(String code) {
      this.code = code;
    }

    /** {@return the stable reason code} */
    public String code() {
      return code;
    }
  }
}
