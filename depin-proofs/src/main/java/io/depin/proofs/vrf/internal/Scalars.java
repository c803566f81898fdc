package io.depin.proofs.vrf.internal;

import java.math.BigInteger;

/** Conversions between unsigned integers and little-endian byte strings. */
final class Scalars {
  private Scalars() {}

  static BigInteger fromLittleEndian(byte[] le) {
    byte[] be = new byte[le.length];
    for (int i = 0; i < le.length; i++) {
      be[i] = le[le.length - 1 - i];
    }
    return new BigInteger(1, be);
  }

  static byte[] toLittleEndian(BigInteger value, int length) {
    byte[] be = value.toByteArray();
    byte[] le = new byte[length];
    for (int i = 0; i < length && i < be.length; i++) {
      le[i] = be[be.length - 1 - i];
    }
    return le;
  }
}
