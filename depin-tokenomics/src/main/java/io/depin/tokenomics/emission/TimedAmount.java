package io.depin.tokenomics.emission;

import java.math.BigInteger;
import java.time.Instant;
import java.util.Objects;

/**
 * One row of a {@linkplain EmissionSchedule#dataDriven data-driven schedule}: from {@code start}
 * on, each epoch mints {@code amountPerEpoch}.
 *
 * {@snippet :
 * TimedAmount y2024 = new TimedAmount(Instant.parse("2024-01-01T00:00:00Z"), BigInteger.valueOf(1_000));
 * }
 *
 * @param start the instant the amount takes effect (compared with each epoch's end)
 * @param amountPerEpoch base units per epoch, 0 or more
 * @since 0.1.0
 */
public record TimedAmount(Instant start, BigInteger amountPerEpoch) {
  /**
   * Validates the amount.
   *
   * @throws IllegalArgumentException if {@code amountPerEpoch} is negative
   */
  public TimedAmount {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(amountPerEpoch, "amountPerEpoch");
    if (amountPerEpoch.signum() < 0) {
      throw new IllegalArgumentException("an amount per epoch is 0 or more, not " + amountPerEpoch);
    }
  }
}
