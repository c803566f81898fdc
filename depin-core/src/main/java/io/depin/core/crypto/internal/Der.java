package io.depin.core.crypto.internal;

import java.io.ByteArrayOutputStream;

/** Writes the DER elements the key and signature encoders need. */
public final class Der {
  private Der() {}

  /**
   * Encodes one element.
   *
   * @param tag the tag byte
   * @param parts the contents, concatenated
   * @return tag, minimal length and contents
   */
  public static byte[] element(int tag, byte[]... parts) {
    int length = 0;
    for (byte[] p : parts) {
      length += p.length;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(length + 4);
    out.write(tag);
    if (length < 0x80) {
      out.write(length);
    } else if (length < 0x100) {
      out.write(0x81);
      out.write(length);
    } else {
      out.write(0x82);
      out.write(length >>> 8);
      out.write(length & 0xff);
    }
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  /**
   * Encodes a non-negative INTEGER from its big-endian magnitude, minimally.
   *
   * @param magnitude the unsigned value, possibly with leading zeros
   * @return the DER INTEGER
   */
  public static byte[] unsignedInteger(byte[] magnitude) {
    int start = 0;
    while (start < magnitude.length - 1 && magnitude[start] == 0) {
      start++;
    }
    boolean pad = (magnitude[start] & 0x80) != 0;
    byte[] contents = new byte[magnitude.length - start + (pad ? 1 : 0)];
    System.arraycopy(magnitude, start, contents, pad ? 1 : 0, magnitude.length - start);
    return element(DerReader.INTEGER, contents);
  }
}
