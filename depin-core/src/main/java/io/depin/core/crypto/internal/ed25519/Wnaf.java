package io.depin.core.crypto.internal.ed25519;

/**
 * Signed-window (width-{@code w} NAF) recoding of a scalar below {@code 2^253}: digits that are
 * zero or odd with {@code |digit| < 2^(w-1)}, at least {@code w} positions apart, with {@code
 * scalar = sum digit[i] 2^i}.
 */
final class Wnaf {
  /** Positions: a scalar below {@code 2^253} recodes into at most 254. */
  static final int LENGTH = 256;

  private Wnaf() {}

  /**
   * Recodes a scalar.
   *
   * @param scalar nine little-endian 32-bit words, the last zero, of a value below {@code 2^253}
   * @param width the window width, 2 to 8
   * @return {@link #LENGTH} digits, least significant first
   */
  static byte[] recode(int[] scalar, int width) {
    byte[] digits = new byte[LENGTH];
    int mask = (1 << width) - 1;
    int half = 1 << (width - 1);
    int carry = 0;
    int i = 0;
    while (i < LENGTH) {
      int window = window(scalar, i);
      if ((window & 1) == carry) {
        // the bit plus the carry is 0 or 2: digit 0, the carry stays
        i++;
        continue;
      }
      int value = (window & mask) + carry;
      carry = value > half ? 1 : 0;
      digits[i] = (byte) (value - (carry << width));
      i += width;
    }
    if (carry != 0) {
      throw new IllegalArgumentException("scalar must be below 2^253");
    }
    return digits;
  }

  /** {@return the 32 bits of {@code scalar} from bit {@code i} on} */
  private static int window(int[] scalar, int i) {
    int word = i >>> 5;
    long pair = (scalar[word] & 0xffffffffL) | ((long) scalar[word + 1] << 32);
    return (int) (pair >>> (i & 31));
  }
}
