package io.depin.core.bytes;

import io.depin.core.DecodingException;
import io.depin.core.DecodingException.Reason;

/**
 * Base64 with the URL- and filename-safe alphabet (RFC 4648 §5), without padding.
 *
 * <p>{@link #encode} never writes {@code '='}. {@link #decode} accepts exactly the strings {@code
 * encode} produces and nothing else:
 *
 * <ul>
 *   <li>padding is rejected ({@link Reason#NON_CANONICAL}): JOSE, multibase {@code 'u'} and most
 *       users of this alphabet omit it, and accepting both forms would give one value two
 *       encodings;
 *   <li>{@code '+'}, {@code '/'}, whitespace and line breaks are rejected ({@link
 *       Reason#INVALID_CHARACTER});
 *   <li>a length of 1 modulo 4 cannot be produced by any input ({@link Reason#WRONG_LENGTH});
 *   <li>unused low bits in the last character must be zero (RFC 4648 §3.5), otherwise {@link
 *       Reason#NON_CANONICAL}.
 * </ul>
 *
 * {@snippet :
 * String text = Base64Url.encode("foobar".getBytes(StandardCharsets.US_ASCII)); // "Zm9vYmFy"
 * byte[] raw = Base64Url.decode("Zm9vYg");                                       // "foob"
 * }
 *
 * @since 0.1.0
 */
public final class Base64Url {
  /** The default limit on the number of characters {@link #decode(CharSequence)} accepts. */
  public static final int DEFAULT_MAX_CHARS = 16 * 1024 * 1024;

  private static final char[] ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".toCharArray();

  private Base64Url() {}

  /**
   * Encodes bytes as unpadded base64url.
   *
   * @param bytes the bytes to encode
   * @return the text, {@code ceil(4 * n / 3)} characters long
   */
  public static String encode(byte[] bytes) {
    int full = bytes.length / 3;
    int rest = bytes.length % 3;
    char[] out = new char[full * 4 + (rest == 0 ? 0 : rest + 1)];
    int o = 0;
    int i = 0;
    for (int g = 0; g < full; g++) {
      int v = (bytes[i++] & 0xff) << 16 | (bytes[i++] & 0xff) << 8 | (bytes[i++] & 0xff);
      out[o++] = ALPHABET[v >>> 18];
      out[o++] = ALPHABET[(v >>> 12) & 0x3f];
      out[o++] = ALPHABET[(v >>> 6) & 0x3f];
      out[o++] = ALPHABET[v & 0x3f];
    }
    if (rest == 1) {
      int v = bytes[i] & 0xff;
      out[o++] = ALPHABET[v >>> 2];
      out[o] = ALPHABET[(v & 0x03) << 4];
    } else if (rest == 2) {
      int v = (bytes[i] & 0xff) << 8 | (bytes[i + 1] & 0xff);
      out[o++] = ALPHABET[v >>> 10];
      out[o++] = ALPHABET[(v >>> 4) & 0x3f];
      out[o] = ALPHABET[(v & 0x0f) << 2];
    }
    return new String(out);
  }

  /**
   * Encodes bytes as unpadded base64url.
   *
   * @param bytes the bytes to encode
   * @return the text
   */
  public static String encode(Bytes bytes) {
    return encode(bytes.toByteArray());
  }

  /**
   * Decodes unpadded base64url of at most {@link #DEFAULT_MAX_CHARS} characters.
   *
   * @param text the text to decode
   * @return the decoded bytes
   * @throws DecodingException if the text is too long, has a character outside the alphabet
   *     (padding included), has an impossible length, or has non-zero unused bits
   */
  public static byte[] decode(CharSequence text) {
    return decode(text, DEFAULT_MAX_CHARS);
  }

  /**
   * Decodes unpadded base64url, rejecting more than {@code maxChars} characters before looking at
   * any of them.
   *
   * @param text the text to decode
   * @param maxChars the largest input length accepted
   * @return the decoded bytes
   * @throws DecodingException if the text is too long, has a character outside the alphabet
   *     (padding included), has an impossible length, or has non-zero unused bits
   */
  public static byte[] decode(CharSequence text, int maxChars) {
    int length = text.length();
    if (length > maxChars) {
      throw new DecodingException(
          Reason.TOO_LONG, "base64url input has " + length + " characters; the limit is " + maxChars);
    }
    for (int i = 0; i < length; i++) {
      if (text.charAt(i) == '=') {
        throw new DecodingException(
            Reason.NON_CANONICAL, "base64url input is padded at index " + i + "; padding is not accepted");
      }
      sextet(text, i);
    }
    int rest = length % 4;
    if (rest == 1) {
      throw new DecodingException(
          Reason.WRONG_LENGTH, "base64url input of " + length + " characters is impossible");
    }
    int full = length / 4;
    byte[] out = new byte[full * 3 + (rest == 0 ? 0 : rest - 1)];
    int o = 0;
    int i = 0;
    for (int g = 0; g < full; g++) {
      int v = sextet(text, i++) << 18 | sextet(text, i++) << 12 | sextet(text, i++) << 6 | sextet(text, i++);
      out[o++] = (byte) (v >>> 16);
      out[o++] = (byte) (v >>> 8);
      out[o++] = (byte) v;
    }
    if (rest == 2) {
      int v = sextet(text, i) << 6 | sextet(text, i + 1);
      requireZeroBits(v & 0x0f, length);
      out[o] = (byte) (v >>> 4);
    } else if (rest == 3) {
      int v = sextet(text, i) << 12 | sextet(text, i + 1) << 6 | sextet(text, i + 2);
      requireZeroBits(v & 0x03, length);
      out[o++] = (byte) (v >>> 10);
      out[o] = (byte) (v >>> 2);
    }
    return out;
  }

  private static void requireZeroBits(int unused, int length) {
    if (unused != 0) {
      throw new DecodingException(
          Reason.NON_CANONICAL,
          "base64url input has non-zero unused bits in its last character (index " + (length - 1) + ")");
    }
  }

  private static int sextet(CharSequence text, int index) {
    char c = text.charAt(index);
    if (c >= 'A' && c <= 'Z') {
      return c - 'A';
    }
    if (c >= 'a' && c <= 'z') {
      return c - 'a' + 26;
    }
    if (c >= '0' && c <= '9') {
      return c - '0' + 52;
    }
    if (c == '-') {
      return 62;
    }
    if (c == '_') {
      return 63;
    }
    throw new DecodingException(
        Reason.INVALID_CHARACTER, "base64url input has a character outside the alphabet at index " + index);
  }
}
