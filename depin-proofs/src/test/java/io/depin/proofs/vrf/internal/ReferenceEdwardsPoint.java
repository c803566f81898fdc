package io.depin.proofs.vrf.internal;

import java.math.BigInteger;
import org.jspecify.annotations.Nullable;

/**
 * A test model of edwards25519 on {@link BigInteger}s: the former production arithmetic, kept so
 * that the limb-based {@link EdwardsPoint} is checked against an independent implementation.
 * Extended coordinates {@code (X : Y : Z : T)} with {@code x = X/Z}, {@code y = Y/Z} and {@code x
 * y = T/Z}; double-and-add scalar multiplication.
 */
final class ReferenceEdwardsPoint {
  /** The field prime {@code 2^255 - 19}. */
  static final BigInteger P = BigInteger.ONE.shiftLeft(255).subtract(BigInteger.valueOf(19));

  private static final BigInteger TWO = BigInteger.TWO;
  private static final BigInteger D =
      BigInteger.valueOf(-121665).multiply(BigInteger.valueOf(121666).modInverse(P)).mod(P);
  private static final BigInteger D2 = D.multiply(TWO).mod(P);
  private static final BigInteger SQRT_M1 =
      TWO.modPow(P.subtract(BigInteger.ONE).shiftRight(2), P);
  private static final BigInteger SQRT_EXPONENT = P.add(BigInteger.valueOf(3)).shiftRight(3);

  /** The neutral element {@code (0, 1)}. */
  public static final ReferenceEdwardsPoint IDENTITY =
      new ReferenceEdwardsPoint(BigInteger.ZERO, BigInteger.ONE, BigInteger.ONE, BigInteger.ZERO);

  /** The RFC 8032 base point {@code B}, with {@code y = 4/5} and even {@code x}. */
  public static final ReferenceEdwardsPoint BASE = baseFromY();

  private final BigInteger x;
  private final BigInteger y;
  private final BigInteger z;
  private final BigInteger t;

  private ReferenceEdwardsPoint(BigInteger x, BigInteger y, BigInteger z, BigInteger t) {
    this.x = x;
    this.y = y;
    this.z = z;
    this.t = t;
  }

  private static ReferenceEdwardsPoint baseFromY() {
    BigInteger y = BigInteger.valueOf(4).multiply(BigInteger.valueOf(5).modInverse(P)).mod(P);
    ReferenceEdwardsPoint base = fromAffineY(y, 0);
    if (base == null) {
      throw new AssertionError("the base point must decode");
    }
    return base;
  }

  /**
   * Decodes a 32-byte RFC 8032 §5.1.3 encoding: little-endian {@code y} in bits 0-254, the sign of
   * {@code x} in bit 255.
   *
   * @param encoded 32 bytes (the caller checks the length)
   * @return the point, or {@code null} if {@code y >= p}, no {@code x} exists, or the encoding is
   *     {@code x = 0} with the sign bit set
   */
  public static @Nullable ReferenceEdwardsPoint decode(byte[] encoded) {
    if (encoded.length != 32) {
      throw new IllegalArgumentException("an Edwards25519 point encoding has 32 bytes");
    }
    byte[] le = encoded.clone();
    int sign = (le[31] >> 7) & 1;
    le[31] &= 0x7f;
    BigInteger y = Scalars.fromLittleEndian(le);
    if (y.compareTo(P) >= 0) {
      return null;
    }
    return fromAffineY(y, sign);
  }

  private static @Nullable ReferenceEdwardsPoint fromAffineY(BigInteger y, int sign) {
    BigInteger y2 = y.multiply(y).mod(P);
    BigInteger u = y2.subtract(BigInteger.ONE).mod(P);
    BigInteger v = D.multiply(y2).add(BigInteger.ONE).mod(P);
    BigInteger x2 = u.multiply(v.modInverse(P)).mod(P);
    BigInteger x = x2.modPow(SQRT_EXPONENT, P);
    if (!x.multiply(x).mod(P).equals(x2)) {
      x = x.multiply(SQRT_M1).mod(P);
      if (!x.multiply(x).mod(P).equals(x2)) {
        return null;
      }
    }
    if (x.signum() == 0 && sign == 1) {
      return null;
    }
    if (x.testBit(0) != (sign == 1)) {
      x = P.subtract(x);
    }
    return new ReferenceEdwardsPoint(x, y, BigInteger.ONE, x.multiply(y).mod(P));
  }

  /**
   * Encodes this point per RFC 8032 §5.1.2.
   *
   * @return 32 bytes
   */
  public byte[] encode() {
    BigInteger zInv = z.modInverse(P);
    BigInteger ax = x.multiply(zInv).mod(P);
    BigInteger ay = y.multiply(zInv).mod(P);
    byte[] out = Scalars.toLittleEndian(ay, 32);
    if (ax.testBit(0)) {
      out[31] |= (byte) 0x80;
    }
    return out;
  }

  /**
   * Adds two points with the unified extended-coordinates formula for {@code a = -1} (Hisil, Wong,
   * Carter, Dawson 2008), which is complete on edwards25519 and so also doubles.
   *
   * @param o the other point
   * @return {@code this + o}
   */
  public ReferenceEdwardsPoint add(ReferenceEdwardsPoint o) {
    BigInteger a = y.subtract(x).multiply(o.y.subtract(o.x)).mod(P);
    BigInteger b = y.add(x).multiply(o.y.add(o.x)).mod(P);
    BigInteger c = t.multiply(D2).multiply(o.t).mod(P);
    BigInteger d = z.multiply(TWO).multiply(o.z).mod(P);
    BigInteger e = b.subtract(a);
    BigInteger f = d.subtract(c);
    BigInteger g = d.add(c);
    BigInteger h = b.add(a);
    return new ReferenceEdwardsPoint(
        e.multiply(f).mod(P), g.multiply(h).mod(P), f.multiply(g).mod(P), e.multiply(h).mod(P));
  }

  /**
   * Multiplies by a non-negative scalar with double-and-add (variable time).
   *
   * @param k the scalar, {@code >= 0}
   * @return {@code k * this}
   */
  public ReferenceEdwardsPoint multiply(BigInteger k) {
    if (k.signum() < 0) {
      throw new IllegalArgumentException("the scalar must not be negative");
    }
    ReferenceEdwardsPoint result = IDENTITY;
    for (int i = k.bitLength() - 1; i >= 0; i--) {
      result = result.add(result);
      if (k.testBit(i)) {
        result = result.add(this);
      }
    }
    return result;
  }

  /**
   * Multiplies by the cofactor 8.
   *
   * @return {@code 8 * this}
   */
  public ReferenceEdwardsPoint multiplyByCofactor() {
    ReferenceEdwardsPoint p2 = add(this);
    ReferenceEdwardsPoint p4 = p2.add(p2);
    return p4.add(p4);
  }

  /**
   * Tells whether this is the neutral element.
   *
   * @return whether {@code x = 0} and {@code y = 1}
   */
  public boolean isIdentity() {
    return x.signum() == 0 && y.equals(z);
  }
}
