package io.depin.tokenomics.distribution;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One bucket of a reward pool, such as coverage, data transfer, operators or treasury.
 *
 * {@snippet :
 * BucketPolicy coverage = new BucketPolicy("coverage", new BigDecimal("0.6"), null, "treasury");
 * }
 *
 * @param name 1 to 64 characters: a letter or digit, then letters, digits, {@code _}, {@code -} or
 *     {@code .}
 * @param share the fraction of the pool this bucket receives, from 0 to 1; its amount is {@code
 *     floor(pool * share)} base units
 * @param cap the most one participant may receive from this bucket, in base units, or {@code null}
 *     for no cap; the excess is unused
 * @param rolloverTo the bucket that receives this bucket's unused amount (all of it when no
 *     participant has weight, the capped excess otherwise), or {@code null} to report it as
 *     unallocated
 * @since 0.1.0
 */
public record BucketPolicy(
    String name, BigDecimal share, @Nullable BigInteger cap, @Nullable String rolloverTo) {
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");

  /**
   * Validates the bucket on its own; {@link DistributionPolicy} checks the buckets together.
   *
   * @throws IllegalArgumentException if the name is malformed, the share is outside [0, 1], the
   *     cap is negative, or the bucket rolls over to itself
   */
  public BucketPolicy {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(share, "share");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "a bucket name is 1 to 64 letters, digits, '_', '-' or '.', starting with a letter or"
              + " digit; got \"" + name + "\"");
    }
    if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException("bucket " + name + ": share must be 0 to 1, not " + share);
    }
    if (cap != null && cap.signum() < 0) {
      throw new IllegalArgumentException("bucket " + name + ": cap must not be negative");
    }
    if (name.equals(rolloverTo)) {
      throw new IllegalArgumentException("bucket " + name + " cannot roll over to itself");
    }
  }
}
