package io.depin.tokenomics.emission;

/**
 * Which epoch a {@link Piece}'s schedule sees.
 *
 * {@snippet :
 * new Piece(Epoch.of(1_000), PieceClock.RELATIVE, EmissionSchedule.halving(BigInteger.TEN, 500));
 * }
 *
 * @since 0.1.0
 */
public enum PieceClock {
  /** The piece's schedule sees {@code epoch - start}: it starts afresh at the piece's start. */
  RELATIVE,
  /** The piece's schedule sees the network's epoch unchanged. */
  ABSOLUTE
}
