package io.depin.tokenomics.emission;

import io.depin.core.time.Epoch;
import java.util.Objects;

/**
 * One piece of a {@linkplain EmissionSchedule#piecewise piecewise schedule}: from {@code start}
 * until the next piece starts, the piecewise schedule mints what {@code schedule} mints.
 *
 * <p>With {@link PieceClock#RELATIVE} the piece's schedule starts afresh: piecewise epoch {@code e}
 * mints {@code schedule.amountAt(e - start)}, so a halving piece halves {@code interval} epochs
 * after the piece starts. With {@link PieceClock#ABSOLUTE} it keeps the network's clock: epoch
 * {@code e} mints {@code schedule.amountAt(e)}.
 *
 * {@snippet :
 * EmissionSchedule launch = EmissionSchedule.piecewise(List.of(
 *     new Piece(Epoch.FIRST, PieceClock.RELATIVE, EmissionSchedule.constant(BigInteger.valueOf(100))),
 *     new Piece(Epoch.of(1_000), PieceClock.RELATIVE, EmissionSchedule.halving(BigInteger.valueOf(50), 500))));
 * }
 *
 * @param start the first epoch of the piece
 * @param clock whether the piece's schedule counts epochs from {@code start} or from genesis
 * @param schedule what the piece mints
 * @since 0.1.0
 */
public record Piece(Epoch start, PieceClock clock, EmissionSchedule schedule) {
  /** Checks for nulls. */
  public Piece {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(schedule, "schedule");
  }
}
