package io.depin.tokenomics.burnmint;

import java.math.BigInteger;
import java.util.Objects;

/**
 * A whole number of credits (such as Helium data credits), which are not tokens: they are bought
 * by burning tokens and spent on the network's service.
 *
 * {@snippet :
 * Credits dc = Credits.of(100_000);   // $1 of Helium data credits
 * }
 *
 * @param count 0 or more
 * @since 0.1.0
 */
public record Credits(BigInteger count) implements Comparable<Credits> {
  /**
   * Validates the count.
   *
   * @throws IllegalArgumentException if it is negative
   */
  public Credits {
    Objects.requireNonNull(count, "count");
    if (count.signum() < 0) {
      throw new IllegalArgumentException("a number of credits is 0 or more, not " + count);
    }
  }

  /**
   * Returns {@code count} credits.
   *
   * @param count 0 or more
   * @return the credits
   */
  public static Credits of(long count) {
    return new Credits(BigInteger.valueOf(count));
  }

  @Override
  public int compareTo(Credits other) {
    return count.compareTo(other.count);
  }
}
