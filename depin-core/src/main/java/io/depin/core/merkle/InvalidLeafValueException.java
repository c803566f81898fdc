package io.depin.core.merkle;

/**
 * Thrown when a value given to build a tree does not fit the leaf encoding: wrong number of
 * columns, a bad address, an integer out of range for its type, a wrong Java type, an array or
 * tuple with the wrong number of elements.
 *
 * <p>{@link #valueIndex()} says which value (0-based, in the order given), so a caller reading a
 * file can point at the offending line; the message names the column (from 1) and, inside arrays
 * and tuples, the list indices down to the bad element, e.g. {@code value 4: column 2 element
 * [1][0]: value 256 is out of range for uint8 (0 to 2^8-1)}.
 *
 * {@snippet :
 * try {
 *   StandardMerkleTree.of(List.of("address", "uint256"), rows);
 * } catch (InvalidLeafValueException e) {
 *   System.err.println("row " + (e.valueIndex() + 1) + ": " + e.getMessage());
 * }
 * }
 *
 * @since 0.1.0
 */
public final class InvalidLeafValueException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The index of the rejected row. */
  private final int valueIndex;

  /**
   * Creates an exception.
   *
   * @param valueIndex the 0-based position of the bad value
   * @param message what is wrong with it
   */
  public InvalidLeafValueException(int valueIndex, String message) {
    super("value " + valueIndex + ": " + message);
    this.valueIndex = valueIndex;
  }

  /** {@return the 0-based position of the bad value among the values given} */
  public int valueIndex() {
    return valueIndex;
  }
}
