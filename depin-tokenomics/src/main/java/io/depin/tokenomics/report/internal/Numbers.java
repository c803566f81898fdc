package io.depin.tokenomics.report.internal;

/** Locale-independent, deterministic text for plotted numbers, shared by CSV and JSON. */
public final class Numbers {
  private static final double EXACT_LONG_LIMIT = 0x1p53;

  private Numbers() {}

  /**
   * Formats a finite double: whole numbers below 2^53 in magnitude as plain integers ({@code 3},
   * not {@code 3.0}), anything else as {@link Double#toString(double)} (the shortest decimal that
   * reads back to the same double; a valid JSON number).
   *
   * @param value a finite value
   * @return its text
   */
  public static String format(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("not finite: " + value);
    }
    if (value == Math.rint(value) && Math.abs(value) < EXACT_LONG_LIMIT) {
      return Long.toString((long) value);
    }
    return Double.toString(value);
  }
}
