package io.depin.core.merkle.internal;

/**
 * A value that does not fit its ABI type, with the list indices from the enclosing sequence down
 * to the offending element, so a message can point into nested arrays and tuples.
 */
public final class AbiValueException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The indices from the outermost sequence down to the bad element; may be empty. */
  private final int[] path;

  /** The problem, without the path. */
  private final String detail;

  /**
   * Creates an exception for the value at the current level.
   *
   * @param detail what is wrong
   */
  public AbiValueException(String detail) {
    this(new int[0], detail);
  }

  private AbiValueException(int[] path, String detail) {
    super(path.length == 0 ? detail : "element " + format(path, 0) + ": " + detail);
    this.path = path;
    this.detail = detail;
  }

  /** Returns this problem as seen from the enclosing list: {@code index} is prepended to the path. */
  public AbiValueException within(int index) {
    int[] longer = new int[path.length + 1];
    longer[0] = index;
    System.arraycopy(path, 0, longer, 1, path.length);
    return new AbiValueException(longer, detail);
  }

  /**
   * Returns the message as seen from a leaf's columns: the first index is the column (counted
   * from 1), the rest index into its nested lists, e.g. {@code 2 [1][0]: bad uint8 value ...}.
   */
  public String columnMessage() {
    if (path.length == 0) {
      return detail;
    }
    String rest = path.length == 1 ? "" : " element " + format(path, 1);
    return (path[0] + 1) + rest + ": " + detail;
  }

  private static String format(int[] path, int from) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < path.length; i++) {
      sb.append('[').append(path[i]).append(']');
    }
    return sb.toString();
  }
}
