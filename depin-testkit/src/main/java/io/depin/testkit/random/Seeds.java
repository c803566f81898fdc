package io.depin.testkit.random;

import java.util.Locale;

/** Writes and reads seeds as text: {@code 0x} and 16 hex digits out; that or a decimal in. */
final class Seeds {
  private Seeds() {}

  static String format(long seed) {
    return String.format(Locale.ROOT, "0x%016x", seed);
  }

  static long parse(String text) {
    String trimmed = text.strip();
    try {
      if (trimmed.startsWith("0x") || trimmed.startsWith("0X")) {
        return Long.parseUnsignedLong(trimmed.substring(2), 16);
      }
      return Long.parseLong(trimmed);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "a seed is 0x followed by up to 16 hex digits, or a decimal long; got \"" + text + "\"", e);
    }
  }
}
