package io.depin.tokenomics.emission.internal;

import io.depin.core.time.Epoch;
import io.depin.tokenomics.emission.EmissionSchedule;
import io.depin.tokenomics.emission.Piece;
import io.depin.tokenomics.emission.PieceClock;
import java.math.BigInteger;
import java.util.List;

/** Pieces in force from their start until the next piece's start; nothing before the first. */
public final class PiecewiseSchedule implements EmissionSchedule {
  private final List<Piece> pieces;

  /**
   * Creates the schedule.
   *
   * @param pieces the pieces, starts strictly increasing
   */
  public PiecewiseSchedule(List<Piece> pieces) {
    this.pieces = List.copyOf(pieces);
    if (this.pieces.isEmpty()) {
      throw new IllegalArgumentException("a piecewise schedule needs at least one piece");
    }
    for (int i = 1; i < this.pieces.size(); i++) {
      if (this.pieces.get(i).start().compareTo(this.pieces.get(i - 1).start()) <= 0) {
        throw new IllegalArgumentException("piece " + i + " starts at " + this.pieces.get(i).start()
            + ", not after the previous piece");
      }
    }
  }

  /** {@return the index of the piece in force at {@code e}, or -1 before the first} */
  private int pieceAt(long e) {
    int lo = 0;
    int hi = pieces.size() - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (pieces.get(mid).start().index() <= e) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  private static Epoch inner(Piece piece, long e) {
    return piece.clock() == PieceClock.RELATIVE ? Epoch.of(e - piece.start().index()) : Epoch.of(e);
  }

  @Override
  public BigInteger amountAt(Epoch epoch) {
    int i = pieceAt(epoch.index());
    if (i < 0) {
      return BigInteger.ZERO;
    }
    Piece piece = pieces.get(i);
    return piece.schedule().amountAt(inner(piece, epoch.index()));
  }

  @Override
  public BigInteger cumulativeThrough(Epoch epoch) {
    int last = pieceAt(epoch.index());
    BigInteger sum = BigInteger.ZERO;
    for (int i = 0; i <= last; i++) {
      Piece piece = pieces.get(i);
      long end = i == last ? epoch.index() : pieces.get(i + 1).start().index() - 1;
      sum = sum.add(piece.schedule().cumulativeThrough(inner(piece, end)));
      if (piece.clock() == PieceClock.ABSOLUTE && piece.start().index() > 0) {
        sum = sum.subtract(piece.schedule().cumulativeThrough(piece.start().previous()));
      }
    }
    return sum;
  }

  @Override
  public String toString() {
    return "piecewise" + pieces;
  }
}
