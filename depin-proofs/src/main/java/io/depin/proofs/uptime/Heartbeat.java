package io.depin.proofs.uptime;

/**
 * A device's signed statement that it is up: the time bucket it is in and whether its radio (or
 * other service) is operating. The proof's envelope carries the device, the timestamp and the
 * sequence number; the bucket is repeated here so the signed payload says which bucket it claims,
 * and {@link HeartbeatKind} rejects a heartbeat whose bucket is not that of its timestamp.
 *
 * <p>Wire form: {@code {"bucket":493716,"operational":true}}.
 *
 * {@snippet :
 * Heartbeat beat = new Heartbeat(rules.bucketOf(now.getEpochSecond()), true);
 * }
 *
 * @param bucket the index of the bucket under the rules in force ({@link
 *     UptimeRules#bucketOf(long)}), in [0, 2^53 - 1]
 * @param operational whether the device is serving; a heartbeat that is not is rejected
 * @since 0.1.0
 */
public record Heartbeat(long bucket, boolean operational) {
  /** The largest bucket index, the largest integer JSON carries exactly. */
  public static final long MAX_BUCKET = (1L << 53) - 1;

  /**
   * Validates the bucket.
   *
   * @throws IllegalArgumentException if the bucket is out of range
   */
  public Heartbeat {
    if (bucket < 0 || bucket > MAX_BUCKET) {
      throw new IllegalArgumentException("a bucket is in [0, 2^53 - 1]: " + bucket);
    }
  }
}
