package io.depin.core.bytes;

import io.depin.core.DecodingException;
import io.depin.core.DecodingException.Reason;

/**
 * Strict hexadecimal encoding.
 *
 * <p>{@link #decode} accepts an optional {@code 0x} or {@code 0X} prefix followed by an even number
 * of hex digits in either case. Anything else (odd length, whitespace, a sign, any other character)
 * is rejected with a {@link DecodingException}; nothing is padded or skipped silently. {@link
 * #encode} writes lowercase digits without a prefix.
 *
 * {@snippet :
 * byte[] raw = Hex.decode("0xdeadBEEF");   // {0xde, 0xad, 0xbe, 0xef}
 * String hex = Hex.encode(raw);            // "deadbeef"
 * }
 *
 * @since 0.1.0
 */
public final class Hex {
  /** The default limit on the number of characters {@link #decode(CharSequence)} accepts. */
  public static final int DEFAULT_MAX_CHARS = 16 * 1024 * 1024;

  private static final char[] DIGITS = "0123456789abcdef".toCharArray();

  private Hex() {}

  /**
   * Encodes bytes as lowercase hex, without a prefix.
   *
   * @param bytes the bytes to encode
   * @return two lowercase hex digits per byte
   */
  public static String encode(byte[] bytes) {
    return encode(bytes, 0, bytes.length);
  }

  /**
   * Encodes a range of bytes as lowercase hex, without a prefix.
   *
   * @param bytes the array holding the bytes
   * @param offset the first byte to encode
   * @param length how many bytes to encode
   * @return two lowercase hex digits per byte
   */
  public static String encode(byte[] bytes, int offset, int length) {
    java.util.Objects.checkFromIndexSize(offset, length, bytes.length);
    char[] out = new char[length * 2];
    for (int i = 0; i < length; i++) {
      int b = bytes[offset + i] & 0xff;
      out[2 * i] = DIGITS[b >>> 4];
      out[2 * i + 1] = DIGITS[b & 0x0f];
    }
    return new String(out);
  }

  /**
   * Decodes hex, with or without a {@code 0x} prefix, up to {@link #DEFAULT_MAX_CHARS} characters.
   *
   * @param hex the text to decode
   * @return the decoded bytes
   * @throws DecodingException if the text is too long, has an odd number of digits, or contains a
   *     character that is not a hex digit
   */
  public static byte[] decode(CharSequence hex) {
    return decode(hex, DEFAULT_MAX_CHARS);
  }

  /**
   * Decodes hex, with or without a {@code 0x} prefix, rejecting more than {@code maxChars}
   * characters before looking at any of them.
   *
   * @param hex the text to decode
   * @param maxChars the largest input length accepted, prefix included
   * @return the decoded bytes
   * @throws DecodingException if the text is too long, has an odd number of digits, or contains a
   *     character that is not a hex digit
   */
  public static byte[] decode(CharSequence hex, int maxChars) {
    if (hex.length() > maxChars) {
      throw new DecodingException(
          Reason.TOO_LONG, "hex input has " + hex.length() + " characters; the limit is " + maxChars);
    }
    int start = hasPrefix(hex) ? 2 : 0;
    int digits = hex.length() - start;
    if ((digits & 1) != 0) {
      throw new DecodingException(
          Reason.WRONG_LENGTH, "hex input has an odd number of digits (" + digits + ")");
    }
    byte[] out = new byte[digits / 2];
    for (int i = 0; i < out.length; i++) {
      int hi = digit(hex, start + 2 * i);
      int lo = digit(hex, start + 2 * i + 1);
      out[i] = (byte) ((hi << 4) | lo);
    }
    return out;
  }

  /**
   * Returns whether {@code text} is a valid input for {@link #decode(CharSequence)}.
   *
   * @param text the text to check
   * @return true if it decodes without an exception
   */
  public static boolean isValid(CharSequence text) {
    if (text.length() > DEFAULT_MAX_CHARS) {
      return false;
    }
    int start = hasPrefix(text) ? 2 : 0;
    if (((text.length() - start) & 1) != 0) {
      return false;
    }
    for (int i = start; i < text.length(); i++) {
      if (valueOf(text.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasPrefix(CharSequence hex) {
    return hex.length() >= 2 && hex.charAt(0) == '0' && (hex.charAt(1) == 'x' || hex.charAt(1) == 'X');
  }

  private static int digit(CharSequence hex, int index) {
    int v = valueOf(hex.charAt(index));
    if (v < 0) {
      throw new DecodingException(
          Reason.INVALID_CHARACTER,
          "hex input has a non-hex character at index " + index);
    }
    return v;
  }

  private static int valueOf(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }
}
