package io.depin.core.time;

/**
 * The index of a fixed-length period of a network's life, counted from 0 at genesis. An {@link
 * EpochClock} maps epochs to instants.
 *
 * {@snippet :
 * Epoch e = Epoch.of(41);
 * e.next();                  // Epoch[index=42]
 * e.compareTo(Epoch.FIRST);  // > 0
 * }
 *
 * @param index the epoch number, 0 or more
 * @since 0.1.0
 */
public record Epoch(long index) implements Comparable<Epoch> {
  /** Epoch 0, which starts at genesis. */
  public static final Epoch FIRST = new Epoch(0);

  /**
   * Validates the index.
   *
   * @throws IllegalArgumentException if {@code index} is negative
   */
  public Epoch {
    if (index < 0) {
      throw new IllegalArgumentException("an epoch index is 0 or more, not " + index);
    }
  }

  /**
   * Returns epoch {@code index}.
   *
   * @param index the epoch number, 0 or more
   * @return the epoch
   * @throws IllegalArgumentException if {@code index} is negative
   */
  public static Epoch of(long index) {
    return new Epoch(index);
  }

  /**
   * Returns the following epoch.
   *
   * @return the epoch {@code index + 1}
   * @throws ArithmeticException if this is epoch {@link Long#MAX_VALUE}
   */
  public Epoch next() {
    return new Epoch(Math.addExact(index, 1));
  }

  /**
   * Returns the preceding epoch.
   *
   * @return the epoch {@code index - 1}
   * @throws IllegalStateException if this is epoch 0
   */
  public Epoch previous() {
    if (index == 0) {
      throw new IllegalStateException("epoch 0 has no previous epoch");
    }
    return new Epoch(index - 1);
  }

  @Override
  public int compareTo(Epoch other) {
    return Long.compare(index, other.index);
  }
}
