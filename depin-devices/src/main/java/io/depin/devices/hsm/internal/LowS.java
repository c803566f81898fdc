package io.depin.devices.hsm.internal;

import java.math.BigInteger;
import org.bouncycastle.asn1.sec.SECNamedCurves;

/** Puts secp256k1 ECDSA signatures in their low-S form (BIP-62, EIP-2). */
public final class LowS {
  private static final BigInteger N = SECNamedCurves.getByName("secp256k1").getN();
  private static final BigInteger HALF_N = N.shiftRight(1);

  private LowS() {}

  /**
   * Returns {@code r || s} with {@code s} replaced by {@code n - s} when {@code s > n/2}; the result
   * verifies wherever the input does.
   *
   * @param rs 64 bytes: big-endian {@code r} then {@code s}
   * @return a new 64-byte array
   */
  public static byte[] secp256k1(byte[] rs) {
    byte[] out = rs.clone();
    BigInteger s = new BigInteger(1, java.util.Arrays.copyOfRange(rs, 32, 64));
    if (s.compareTo(HALF_N) > 0) {
      byte[] low = N.subtract(s).toByteArray();
      java.util.Arrays.fill(out, 32, 64, (byte) 0);
      int len = Math.min(low.length, 32);
      System.arraycopy(low, low.length - len, out, 64 - len, len);
    }
    return out;
  }
}
