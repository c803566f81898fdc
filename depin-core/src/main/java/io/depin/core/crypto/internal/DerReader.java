package io.depin.core.crypto.internal;

import io.depin.core.DecodingException;
import io.depin.core.DecodingException.Reason;
import java.util.Arrays;

/**
 * A strict reader for the small subset of DER the key and signature formats use. It accepts only
 * definite, minimal lengths (at most two length bytes) and single-byte tags, and reports every
 * violation as a {@link DecodingException}.
 */
public final class DerReader {
  /** Tag of INTEGER. */
  public static final int INTEGER = 0x02;
  /** Tag of BIT STRING. */
  public static final int BIT_STRING = 0x03;
  /** Tag of OCTET STRING. */
  public static final int OCTET_STRING = 0x04;
  /** Tag of OBJECT IDENTIFIER. */
  public static final int OID = 0x06;
  /** Tag of SEQUENCE (constructed). */
  public static final int SEQUENCE = 0x30;

  private final byte[] buf;
  private int pos;
  private final int end;

  private DerReader(byte[] buf, int pos, int end) {
    this.buf = buf;
    this.pos = pos;
    this.end = end;
  }

  /**
   * Reads {@code input}, which must be exactly one element with tag {@code tag}; returns a reader
   * over its contents.
   *
   * @param input the encoding
   * @param tag the expected outer tag
   * @return a reader positioned at the first content byte
   */
  public static DerReader single(byte[] input, int tag) {
    DerReader outer = new DerReader(input, 0, input.length);
    DerReader inner = outer.readElement(tag);
    outer.expectEnd();
    return inner;
  }

  /**
   * Returns whether the next element has tag {@code tag}.
   *
   * @param tag the tag to test
   * @return true if more bytes remain and the next tag matches
   */
  public boolean nextIs(int tag) {
    return pos < end && (buf[pos] & 0xff) == tag;
  }

  /**
   * Reads the next element, which must have tag {@code tag}.
   *
   * @param tag the expected tag
   * @return a reader over the element's contents
   */
  public DerReader readElement(int tag) {
    if (pos >= end) {
      throw malformed("truncated DER: expected tag 0x" + Integer.toHexString(tag));
    }
    int actual = buf[pos++] & 0xff;
    if (actual != tag) {
      throw new DecodingException(
          Reason.UNSUPPORTED_FORMAT,
          "unexpected DER tag 0x" + Integer.toHexString(actual) + ", expected 0x"
              + Integer.toHexString(tag));
    }
    int length = readLength();
    if (length > end - pos) {
      throw malformed("truncated DER: length exceeds the input");
    }
    DerReader inner = new DerReader(buf, pos, pos + length);
    pos += length;
    return inner;
  }

  /**
   * Reads the next element's contents as bytes.
   *
   * @param tag the expected tag
   * @return a copy of the contents
   */
  public byte[] readContents(int tag) {
    return readElement(tag).remaining();
  }

  /**
   * Reads a non-negative INTEGER in minimal two's-complement form, returning its magnitude without
   * the sign byte.
   *
   * @param maxLength the largest magnitude, in bytes
   * @return the big-endian magnitude (may be a single zero byte for zero)
   */
  public byte[] readUnsignedInteger(int maxLength) {
    byte[] c = readContents(INTEGER);
    if (c.length == 0) {
      throw malformed("empty DER INTEGER");
    }
    if ((c[0] & 0x80) != 0) {
      throw new DecodingException(Reason.INVALID_VALUE, "negative DER INTEGER");
    }
    if (c.length > 1 && c[0] == 0 && (c[1] & 0x80) == 0) {
      throw new DecodingException(Reason.NON_CANONICAL, "DER INTEGER has a redundant leading zero");
    }
    byte[] magnitude = c.length > 1 && c[0] == 0 ? Arrays.copyOfRange(c, 1, c.length) : c;
    if (magnitude.length > maxLength) {
      throw new DecodingException(Reason.INVALID_VALUE, "DER INTEGER is too large");
    }
    return magnitude;
  }

  /**
   * Reads the next element and requires its full encoding to equal {@code expected}.
   *
   * @param expected the exact encoding (tag, length and contents)
   * @param what a name for error messages
   */
  public void expectExact(byte[] expected, String what) {
    if (end - pos < expected.length
        || !Arrays.equals(buf, pos, pos + expected.length, expected, 0, expected.length)) {
      throw new DecodingException(Reason.UNSUPPORTED_FORMAT, "unsupported or malformed " + what);
    }
    pos += expected.length;
  }

  /** {@return a copy of the unread bytes and consumes them} */
  public byte[] remaining() {
    byte[] out = Arrays.copyOfRange(buf, pos, end);
    pos = end;
    return out;
  }

  /** Requires that no bytes remain. */
  public void expectEnd() {
    if (pos != end) {
      throw malformed("trailing data after DER element");
    }
  }

  private int readLength() {
    if (pos >= end) {
      throw malformed("truncated DER length");
    }
    int first = buf[pos++] & 0xff;
    if (first < 0x80) {
      return first;
    }
    int count = first & 0x7f;
    if (count == 0 || count > 2) {
      throw new DecodingException(Reason.NON_CANONICAL, "unsupported DER length form");
    }
    if (end - pos < count) {
      throw malformed("truncated DER length");
    }
    int length = 0;
    for (int i = 0; i < count; i++) {
      length = (length << 8) | (buf[pos++] & 0xff);
    }
    if (length < 0x80 || (count == 2 && length < 0x100)) {
      throw new DecodingException(Reason.NON_CANONICAL, "DER length is not minimal");
    }
    return length;
  }

  private static DecodingException malformed(String message) {
    return new DecodingException(Reason.MALFORMED, message);
  }
}
