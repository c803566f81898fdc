package io.depin.core.bytes;

import io.depin.core.DecodingException;
import io.depin.core.DecodingException.Reason;

/**
 * Multibase: text that names its own encoding with a one-character prefix (draft-multiformats-multibase).
 *
 * <p>Three encodings are supported, each decoded strictly by the codec in this package:
 *
 * <ul>
 *   <li>{@code 'z'}: {@link Encoding#BASE58BTC}, {@link Base58} with the Bitcoin alphabet (used by
 *       {@code did:key});
 *   <li>{@code 'f'}: {@link Encoding#BASE16}, lowercase hex without {@code 0x} (uppercase digits
 *       belong to the separate {@code 'F'} encoding and are rejected);
 *   <li>{@code 'u'}: {@link Encoding#BASE64URL}, unpadded {@link Base64Url}.
 * </ul>
 *
 * <p>Any other prefix is rejected with {@link Reason#UNSUPPORTED_FORMAT}, empty text with {@link
 * Reason#EMPTY}. The length limit ({@link #DEFAULT_MAX_CHARS} or the one given) applies to the whole
 * text, prefix included, and is checked before anything else.
 *
 * {@snippet :
 * String text = Multibase.encode(Multibase.Encoding.BASE58BTC, publicKeyBytes); // "z..."
 * byte[] raw = Multibase.decode(text);
 * byte[] onlyBase58 = Multibase.decode(text, Multibase.Encoding.BASE58BTC);
 * }
 *
 * @since 0.1.0
 */
public final class Multibase {
  /**
   * The default limit on the number of characters, prefix included, that the decoders accept; the
   * same as {@link Base58#DEFAULT_MAX_CHARS}, because Base58 decoding is quadratic.
   */
  public static final int DEFAULT_MAX_CHARS = Base58.DEFAULT_MAX_CHARS;

  /** The encodings this class reads and writes, each with its multibase prefix. */
  public enum Encoding {
    /** {@code 'z'}: Base58 with the Bitcoin alphabet. */
    BASE58BTC('z'),
    /** {@code 'f'}: lowercase hexadecimal. */
    BASE16('f'),
    /** {@code 'u'}: base64url without padding. */
    BASE64URL('u');

    private final char prefix;

    Encoding(char prefix) {
      this.prefix = prefix;
    }

    /** {@return the one-character multibase prefix of this encoding} */
    public char prefix() {
      return prefix;
    }
  }

  private Multibase() {}

  /**
   * Encodes bytes with the given encoding and its prefix.
   *
   * @param encoding the encoding to use
   * @param bytes the bytes to encode
   * @return the prefix followed by the encoded bytes
   */
  public static String encode(Encoding encoding, byte[] bytes) {
    String body =
        switch (encoding) {
          case BASE58BTC -> Base58.encode(bytes);
          case BASE16 -> Hex.encode(bytes);
          case BASE64URL -> Base64Url.encode(bytes);
        };
    return encoding.prefix() + body;
  }

  /**
   * Returns the encoding named by the prefix of {@code text}, without decoding the rest.
   *
   * @param text multibase text
   * @return the encoding its first character names
   * @throws DecodingException with {@link Reason#EMPTY} for empty text or {@link
   *     Reason#UNSUPPORTED_FORMAT} for a prefix other than {@code 'z'}, {@code 'f'} or {@code 'u'}
   */
  public static Encoding encodingOf(CharSequence text) {
    if (text.isEmpty()) {
      throw new DecodingException(Reason.EMPTY, "multibase input is empty; it needs at least a prefix");
    }
    char prefix = text.charAt(0);
    for (Encoding e : Encoding.values()) {
      if (e.prefix() == prefix) {
        return e;
      }
    }
    throw new DecodingException(
        Reason.UNSUPPORTED_FORMAT,
        "multibase prefix U+" + String.format(java.util.Locale.ROOT, "%04X", (int) prefix)
            + " is not supported (only 'z', 'f' and 'u')");
  }

  /**
   * Decodes multibase text of at most {@link #DEFAULT_MAX_CHARS} characters in any supported
   * encoding.
   *
   * @param text the text to decode
   * @return the decoded bytes
   * @throws DecodingException if the text is too long, empty, has an unsupported prefix, or its
   *     body is not valid in the encoding the prefix names
   */
  public static byte[] decode(CharSequence text) {
    return decode(text, DEFAULT_MAX_CHARS);
  }

  /**
   * Decodes multibase text in any supported encoding, rejecting more than {@code maxChars}
   * characters before looking at any of them.
   *
   * @param text the text to decode
   * @param maxChars the largest input length accepted, prefix included
   * @return the decoded bytes
   * @throws DecodingException if the text is too long, empty, has an unsupported prefix, or its
   *     body is not valid in the encoding the prefix names
   */
  public static byte[] decode(CharSequence text, int maxChars) {
    requireWithinLimit(text, maxChars);
    Encoding encoding = encodingOf(text);
    CharSequence body = text.subSequence(1, text.length());
    return switch (encoding) {
      case BASE58BTC -> Base58.decode(body, maxChars);
      case BASE16 -> decodeLowerHex(body, maxChars);
      case BASE64URL -> Base64Url.decode(body, maxChars);
    };
  }

  /**
   * Decodes multibase text of at most {@link #DEFAULT_MAX_CHARS} characters that must use one
   * particular encoding, as formats such as {@code did:key} ({@code 'z'} only) require.
   *
   * @param text the text to decode
   * @param required the only encoding accepted
   * @return the decoded bytes
   * @throws DecodingException as {@link #decode(CharSequence)}, and with {@link
   *     Reason#UNSUPPORTED_FORMAT} if the prefix names another encoding
   */
  public static byte[] decode(CharSequence text, Encoding required) {
    requireWithinLimit(text, DEFAULT_MAX_CHARS);
    Encoding actual = encodingOf(text);
    if (actual != required) {
      throw new DecodingException(
          Reason.UNSUPPORTED_FORMAT,
          "multibase input uses " + actual + " ('" + actual.prefix() + "'); only " + required
              + " ('" + required.prefix() + "') is accepted here");
    }
    return decode(text, DEFAULT_MAX_CHARS);
  }

  private static void requireWithinLimit(CharSequence text, int maxChars) {
    if (text.length() > maxChars) {
      throw new DecodingException(
          Reason.TOO_LONG,
          "multibase input has " + text.length() + " characters; the limit is " + maxChars);
    }
  }

  private static byte[] decodeLowerHex(CharSequence body, int maxChars) {
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
        throw new DecodingException(
            Reason.INVALID_CHARACTER,
            "multibase base16 input has a character that is not a lowercase hex digit at index " + (i + 1));
      }
    }
    return Hex.decode(body, maxChars);
  }
}
