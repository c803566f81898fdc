package io.depin.tokenomics.emission.internal;

import java.math.BigInteger;
import java.util.Objects;

/** Argument checks shared by the schedules. */
final class Args {
  private Args() {}

  static BigInteger nonNegative(BigInteger value, String name) {
    Objects.requireNonNull(value, name);
    if (value.signum() < 0) {
      throw new IllegalArgumentException(name + " must be 0 or more, not " + value);
    }
    return value;
  }

  static long positive(long value, String name) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive, not " + value);
    }
    return value;
  }
}
