package io.depin.core.bytes;

import io.depin.core.DecodingException;
import io.depin.core.DecodingException.Reason;
import io.depin.core.hash.HashAlgorithm;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * Base58Check: {@link Base58} of the data followed by a four-byte checksum, the first four bytes of
 * SHA-256(SHA-256(data)).
 *
 * <p>The data usually starts with a version byte that says what it is (0x00 for a Bitcoin P2PKH
 * address, 0x80 for a WIF key, ...); this codec treats the version as the first byte of the data and
 * leaves its meaning to the caller. {@link #encode(int, byte[])} prepends one for convenience.
 * Decoding checks the checksum in constant time and returns the data without it.
 *
 * {@snippet :
 * String address = Base58Check.encode(0x00, hash160);   // "1..." for Bitcoin mainnet P2PKH
 * byte[] versionAndHash = Base58Check.decode(address);  // 21 bytes, version first
 * }
 *
 * @since 0.1.0
 */
public final class Base58Check {
  /** The number of checksum bytes appended to the data. */
  public static final int CHECKSUM_LENGTH = 4;

  private Base58Check() {}

  /**
   * Encodes data with a checksum.
   *
   * @param data the bytes to encode, version byte first if the format has one
   * @return the Base58Check text
   */
  public static String encode(byte[] data) {
    byte[] out = Arrays.copyOf(data, data.length + CHECKSUM_LENGTH);
    System.arraycopy(checksum(data, data.length), 0, out, data.length, CHECKSUM_LENGTH);
    return Base58.encode(out);
  }

  /**
   * Encodes a version byte and a payload with a checksum.
   *
   * @param version the version byte, 0 to 255
   * @param payload the bytes after the version byte
   * @return the Base58Check text
   * @throws IllegalArgumentException if {@code version} is not in 0..255
   */
  public static String encode(int version, byte[] payload) {
    if (version < 0 || version > 0xff) {
      throw new IllegalArgumentException("a version byte is 0..255, not " + version);
    }
    byte[] data = new byte[payload.length + 1];
    data[0] = (byte) version;
    System.arraycopy(payload, 0, data, 1, payload.length);
    return encode(data);
  }

  /**
   * Decodes Base58Check of at most {@link Base58#DEFAULT_MAX_CHARS} characters.
   *
   * @param text the text to decode
   * @return the data without its checksum, version byte first
   * @throws DecodingException with {@link Reason#TOO_LONG} or {@link Reason#INVALID_CHARACTER} as
   *     for {@link Base58#decode(CharSequence)}, {@link Reason#WRONG_LENGTH} if the decoded bytes
   *     are shorter than the checksum, or {@link Reason#BAD_CHECKSUM} if the checksum does not match
   */
  public static byte[] decode(CharSequence text) {
    return decode(text, Base58.DEFAULT_MAX_CHARS);
  }

  /**
   * Decodes Base58Check, rejecting more than {@code maxChars} characters before looking at any.
   *
   * @param text the text to decode
   * @param maxChars the largest input length accepted
   * @return the data without its checksum, version byte first
   * @throws DecodingException with {@link Reason#TOO_LONG} or {@link Reason#INVALID_CHARACTER} as
   *     for {@link Base58#decode(CharSequence)}, {@link Reason#WRONG_LENGTH} if the decoded bytes
   *     are shorter than the checksum, or {@link Reason#BAD_CHECKSUM} if the checksum does not match
   */
  public static byte[] decode(CharSequence text, int maxChars) {
    byte[] raw = Base58.decode(text, maxChars);
    if (raw.length < CHECKSUM_LENGTH) {
      throw new DecodingException(
          Reason.WRONG_LENGTH,
          "Base58Check input decodes to " + raw.length + " bytes, fewer than the 4-byte checksum");
    }
    int dataLength = raw.length - CHECKSUM_LENGTH;
    byte[] expected = checksum(raw, dataLength);
    byte[] actual = Arrays.copyOfRange(raw, dataLength, raw.length);
    if (!MessageDigest.isEqual(expected, actual)) {
      throw new DecodingException(Reason.BAD_CHECKSUM, "Base58Check checksum does not match");
    }
    return Arrays.copyOf(raw, dataLength);
  }

  private static byte[] checksum(byte[] data, int length) {
    byte[] first = HashAlgorithm.SHA_256.hash(Arrays.copyOf(data, length));
    return Arrays.copyOf(HashAlgorithm.SHA_256.hash(first), CHECKSUM_LENGTH);
  }
}
