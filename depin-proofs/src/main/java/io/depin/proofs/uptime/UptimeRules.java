package io.depin.proofs.uptime;

import java.time.Duration;
import java.util.Objects;

/**
 * The uptime rules of one period: the length of a time bucket and how many distinct buckets with a
 * valid heartbeat an epoch needs. Version them with a {@link io.depin.core.rules.RuleBook}: each
 * heartbeat is placed in a bucket by the rules in force at its own timestamp, and an epoch's
 * minimum is the one in force at the epoch's start.
 *
 * <p>Buckets are aligned to the Unix epoch (1970-01-01T00:00:00Z): bucket {@code i} is {@code
 * [i * length, (i + 1) * length)}, so one-hour buckets are UTC clock hours.
 *
 * {@snippet :
 * UptimeRules helium = UptimeRules.HELIUM_MOBILE;               // 1 h buckets, 12 per epoch
 * UptimeRules strict = new UptimeRules(Duration.ofMinutes(30), 40);
 * }
 *
 * @param bucketLength the length of a bucket: whole seconds, 1 s to 1 day
 * @param minBucketsPerEpoch the distinct buckets an epoch needs for the device to qualify, at least
 *     1
 * @since 0.1.0
 */
public record UptimeRules(Duration bucketLength, int minBucketsPerEpoch) {
  /**
   * Helium Mobile's rule: heartbeats are counted per UTC hour, and a radio needs heartbeats in at
   * least 12 distinct hours of a 24-hour reward epoch. Source: the Helium mobile verifier in
   * github.com/helium/oracles ({@code mobile_verifier}, heartbeats truncated to the hour, {@code
   * MINIMUM_HEARTBEAT_COUNT = 12}).
   */
  public static final UptimeRules HELIUM_MOBILE = new UptimeRules(Duration.ofHours(1), 12);

  /**
   * Validates the rules.
   *
   * @throws IllegalArgumentException if the bucket length is not whole seconds in [1 s, 1 day] or
   *     the minimum is below 1
   */
  public UptimeRules {
    Objects.requireNonNull(bucketLength, "bucketLength");
    if (bucketLength.toNanosPart() != 0
        || bucketLength.toSeconds() < 1
        || bucketLength.compareTo(Duration.ofDays(1)) > 0) {
      throw new IllegalArgumentException(
          "a bucket is whole seconds in [1 s, 1 day], not " + bucketLength);
    }
    if (minBucketsPerEpoch < 1) {
      throw new IllegalArgumentException(
          "an epoch needs at least 1 bucket, not " + minBucketsPerEpoch);
    }
  }

  /**
   * Returns the index of the bucket {@code epochSecond} falls in.
   *
   * @param epochSecond seconds since 1970-01-01T00:00:00Z, possibly negative
   * @return the bucket index, {@code floor(epochSecond / bucketLength)}
   */
  public long bucketOf(long epochSecond) {
    return Math.floorDiv(epochSecond, bucketLength.toSeconds());
  }
}
