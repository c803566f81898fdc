package io.depin.proofs.uptime;

import io.depin.proofs.ReplayToken;
import java.time.Instant;
import java.util.Objects;

/**
 * A verified heartbeat that {@link UptimeCounter} did not count, and why.
 *
 * {@snippet :
 * for (IgnoredHeartbeat ignored : report.device(id).orElseThrow().ignored()) {
 *   log.info("{} at {}: {}", ignored.token(), ignored.timestamp(), ignored.reason().code());
 * }
 * }
 *
 * @param token the heartbeat's sequence number or nonce
 * @param timestamp the heartbeat's timestamp
 * @param reason why it was not counted
 * @since 0.1.0
 */
public record IgnoredHeartbeat(ReplayToken token, Instant timestamp, Reason reason) {
  /** Checks that no component is null. */
  public IgnoredHeartbeat {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(timestamp, "timestamp");
    Objects.requireNonNull(reason, "reason");
  }

  /** Why a verified heartbeat did not count. */
  public enum Reason {
    /** {@code uptime.outside-epoch}: its timestamp is not in the epoch being counted. */
    OUTSIDE_EPOCH("uptime.outside-epoch"),
    /** {@code uptime.duplicate-bucket}: an earlier heartbeat of the device already filled the bucket. */
    DUPLICATE_BUCKET("uptime.duplicate-bucket"),
    /**
     * {@code uptime.bucket-mismatch}: under the counter's rules its timestamp is in another bucket
     * than the one it claims (possible only if the verifier used other rules).
     */
    BUCKET_MISMATCH("uptime.bucket-mismatch"),
    /** {@code uptime.not-operational}: the device said it was not serving. */
    NOT_OPERATIONAL("uptime.not-operational");

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
