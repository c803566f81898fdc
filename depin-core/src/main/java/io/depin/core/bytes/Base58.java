package io.depin.core.bytes;

import io.depin.core.DecodingException;
import io.depin.core.DecodingException.Reason;
import java.util.Arrays;

/**
 * Base58 with the Bitcoin alphabet ({@code 123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz}).
 *
 * <p>Each leading zero byte is written as a leading {@code '1'} and each leading {@code '1'} decodes
 * to a zero byte; the remaining bytes are a big-endian number written in base 58 without leading
 * zero digits. This makes the mapping one to one: every string over the alphabet decodes to exactly
 * one byte array, which encodes back to the same string, so there is no non-canonical form to
 * reject. Decoding is strict: whitespace, {@code '0'}, {@code 'O'}, {@code 'I'}, {@code 'l'} and any
 * other character outside the alphabet are rejected. The empty string decodes to no bytes.
 *
 * <p>Base58 conversion takes time quadratic in the length, so {@link #decode(CharSequence)} accepts
 * at most {@link #DEFAULT_MAX_CHARS} characters and rejects longer input before looking at it;
 * {@link #decode(CharSequence, int)} takes another limit.
 *
 * {@snippet :
 * String text = Base58.encode(new byte[] {0, 0, 0x28, 0x7f, (byte) 0xb4, (byte) 0xcd}); // "11233QC4"
 * byte[] raw = Base58.decode(text);
 * }
 *
 * @since 0.1.0
 */
public final class Base58 {
  /**
   * The default limit on the number of characters {@link #decode(CharSequence)} accepts: 2048,
   * about 1.5 KB of data, far more than any key, address or identifier needs.
   */
  public static final int DEFAULT_MAX_CHARS = 2048;

  private static final char[] ALPHABET =
      "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz".toCharArray();
  private static final byte[] INDEXES = new byte[128];

  static {
    Arrays.fill(INDEXES, (byte) -1);
    for (int i = 0; i < ALPHABET.length; i++) {
      INDEXES[ALPHABET[i]] = (byte) i;
    }
  }

  private Base58() {}

  /**
   * Encodes bytes as Base58.
   *
   * @param bytes the bytes to encode
   * @return the Base58 text; empty for no bytes
   */
  public static String encode(byte[] bytes) {
    int zeros = 0;
    while (zeros < bytes.length && bytes[zeros] == 0) {
      zeros++;
    }
    // log(256) / log(58) < 1.366, so 138 digits per 100 bytes always suffice.
    int capacity = (bytes.length - zeros) * 138 / 100 + 1;
    byte[] digits = new byte[capacity];
    int used = 0;
    for (int i = zeros; i < bytes.length; i++) {
      int carry = bytes[i] & 0xff;
      int j = 0;
      for (; j < used || carry != 0; j++) {
        int value = (j < used ? (digits[j] & 0xff) * 256 : 0) + carry;
        digits[j] = (byte) (value % 58);
        carry = value / 58;
      }
      used = j;
    }
    char[] out = new char[zeros + used];
    Arrays.fill(out, 0, zeros, ALPHABET[0]);
    for (int k = 0; k < used; k++) {
      out[zeros + k] = ALPHABET[digits[used - 1 - k]];
    }
    return new String(out);
  }

  /**
   * Encodes bytes as Base58.
   *
   * @param bytes the bytes to encode
   * @return the Base58 text; empty for no bytes
   */
  public static String encode(Bytes bytes) {
    return encode(bytes.toByteArray());
  }

  /**
   * Decodes Base58 of at most {@link #DEFAULT_MAX_CHARS} characters.
   *
   * @param text the text to decode
   * @return the decoded bytes
   * @throws DecodingException with {@link Reason#TOO_LONG} if the text is over the limit, or
   *     {@link Reason#INVALID_CHARACTER} if it has a character outside the alphabet
   */
  public static byte[] decode(CharSequence text) {
    return decode(text, DEFAULT_MAX_CHARS);
  }

  /**
   * Decodes Base58, rejecting more than {@code maxChars} characters before looking at any of them.
   *
   * @param text the text to decode
   * @param maxChars the largest input length accepted
   * @return the decoded bytes
   * @throws DecodingException with {@link Reason#TOO_LONG} if the text is over the limit, or
   *     {@link Reason#INVALID_CHARACTER} if it has a character outside the alphabet
   */
  public static byte[] decode(CharSequence text, int maxChars) {
    int length = text.length();
    if (length > maxChars) {
      throw new DecodingException(
          Reason.TOO_LONG, "Base58 input has " + length + " characters; the limit is " + maxChars);
    }
    int zeros = 0;
    while (zeros < length && text.charAt(zeros) == ALPHABET[0]) {
      zeros++;
    }
    // log(58) / log(256) < 0.733, so 733 bytes per 1000 digits always suffice.
    int capacity = (int) ((long) (length - zeros) * 733 / 1000 + 1);
    byte[] number = new byte[capacity];
    int used = 0;
    for (int i = zeros; i < length; i++) {
      int carry = digit(text, i);
      int j = 0;
      for (; j < used || carry != 0; j++) {
        int value = (j < used ? (number[j] & 0xff) * 58 : 0) + carry;
        number[j] = (byte) value;
        carry = value >>> 8;
      }
      used = j;
    }
    byte[] out = new byte[zeros + used];
    for (int k = 0; k < used; k++) {
      out[zeros + k] = number[used - 1 - k];
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
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 128 || INDEXES[c] < 0) {
        return false;
      }
    }
    return true;
  }

  private static int digit(CharSequence text, int index) {
    char c = text.charAt(index);
    int v = c < 128 ? INDEXES[c] : -1;
    if (v < 0) {
      throw new DecodingException(
          Reason.INVALID_CHARACTER, "Base58 input has a character outside the alphabet at index " + index);
    }
    return v;
  }
}
