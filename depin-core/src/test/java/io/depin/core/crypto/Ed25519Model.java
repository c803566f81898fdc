package io.depin.core.crypto;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A slow, independent model of edwards25519 in {@link BigInteger} arithmetic, used by the tests to
 * work out what the SDK's documented Ed25519 rule says about an input, without BouncyCastle.
 *
 * <p>Formulas: RFC 8032 §5.1 (curve constants, §5.1.3 decoding, §5.1.4 extended coordinates
 * "add-2008-hwcd-3" and doubling "dbl-2008-hwcd"). Variable time; test use only.
 */
final class Ed25519Model {
  static final BigInteger P = BigInteger.TWO.pow(255).subtract(BigInteger.valueOf(19));
  static final BigInteger L =
      BigInteger.TWO.pow(252).add(new BigInteger("27742317777372353535851937790883648493"));
  private static final BigInteger D =
      BigInteger.valueOf(-121665).multiply(BigInteger.valueOf(121666).modInverse(P)).mod(P);
  private static final BigInteger D2 = D.shiftLeft(1).mod(P);
  private static final BigInteger SQRT_M1 =
      BigInteger.TWO.modPow(P.subtract(BigInteger.ONE).shiftRight(2), P);
  static final Point IDENTITY = new Point(BigInteger.ZERO, BigInteger.ONE, BigInteger.ONE, BigInteger.ZERO);
  static final Point BASE = baseOrThrow();

  private Ed25519Model() {}

  /** A point in extended coordinates (X:Y:Z:T), x = X/Z, y = Y/Z, xy = T/Z. */
  record Point(BigInteger x, BigInteger y, BigInteger z, BigInteger t) {
    Point add(Point o) {
      BigInteger a = y.subtract(x).multiply(o.y.subtract(o.x)).mod(P);
      BigInteger b = y.add(x).multiply(o.y.add(o.x)).mod(P);
      BigInteger c = t.multiply(D2).multiply(o.t).mod(P);
      BigInteger d = z.shiftLeft(1).multiply(o.z).mod(P);
      BigInteger e = b.subtract(a);
      BigInteger f = d.subtract(c);
      BigInteger g = d.add(c);
      BigInteger h = b.add(a);
      return new Point(e.multiply(f).mod(P), g.multiply(h).mod(P), f.multiply(g).mod(P), e.multiply(h).mod(P));
    }

    Point dbl() {
      return add(this);
    }

    Point negate() {
      return new Point(P.subtract(x).mod(P), y, z, P.subtract(t).mod(P));
    }

    Point times(BigInteger k) {
      Point r = IDENTITY;
      for (int i = k.bitLength() - 1; i >= 0; i--) {
        r = r.dbl();
        if (k.testBit(i)) {
          r = r.add(this);
        }
      }
      return r;
    }

    boolean isIdentity() {
      return x.signum() == 0 && y.subtract(z).mod(P).signum() == 0;
    }

    boolean sameAs(Point o) {
      return x.multiply(o.z).subtract(o.x.multiply(z)).mod(P).signum() == 0
          && y.multiply(o.z).subtract(o.y.multiply(z)).mod(P).signum() == 0;
    }

    /** {@return whether [8]P is the identity} */
    boolean isSmallOrder() {
      return dbl().dbl().dbl().isIdentity();
    }

    /** {@return whether [L]P is the identity: P lies in the prime-order subgroup} */
    boolean isTorsionFree() {
      return times(L).isIdentity();
    }

    byte[] encode() {
      BigInteger zi = z.modInverse(P);
      BigInteger ax = x.multiply(zi).mod(P);
      BigInteger ay = y.multiply(zi).mod(P);
      byte[] out = toLittleEndian(ay);
      if (ax.testBit(0)) {
        out[31] |= (byte) 0x80;
      }
      return out;
    }
  }

  /** {@return whether the 255-bit y of an encoding is below p} */
  static boolean isCanonicalY(byte[] enc) {
    return yOf(enc).compareTo(P) < 0;
  }

  /**
   * Decodes a point as RFC 8032 §5.1.3 does: y below p, x recovered, and "x = 0 with sign bit 1"
   * refused.
   *
   * @return the point, or null if decoding fails
   */
  static Point decodeStrict(byte[] enc) {
    BigInteger y = yOf(enc);
    if (y.compareTo(P) >= 0) {
      return null;
    }
    return recoverX(y, (enc[31] & 0x80) != 0);
  }

  private static Point recoverX(BigInteger y, boolean sign) {
    BigInteger y2 = y.multiply(y).mod(P);
    BigInteger u = y2.subtract(BigInteger.ONE).mod(P);
    BigInteger v = D.multiply(y2).add(BigInteger.ONE).mod(P);
    BigInteger x2 = u.multiply(v.modInverse(P)).mod(P);
    BigInteger x = x2.modPow(P.add(BigInteger.valueOf(3)).shiftRight(3), P);
    if (x.multiply(x).subtract(x2).mod(P).signum() != 0) {
      x = x.multiply(SQRT_M1).mod(P);
    }
    if (x.multiply(x).subtract(x2).mod(P).signum() != 0) {
      return null;
    }
    if (x.signum() == 0 && sign) {
      return null;
    }
    if (x.testBit(0) != sign) {
      x = P.subtract(x);
    }
    return new Point(x, y, BigInteger.ONE, x.multiply(y).mod(P));
  }

  static BigInteger scalar(byte[] le, int off) {
    byte[] be = new byte[32];
    for (int i = 0; i < 32; i++) {
      be[31 - i] = le[off + i];
    }
    return new BigInteger(1, be);
  }

  /** {@return SHA-512 of the concatenation, read little-endian and reduced mod L} */
  static BigInteger challenge(byte[]... parts) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-512");
      for (byte[] p : parts) {
        sha.update(p);
      }
      byte[] h = sha.digest();
      byte[] be = new byte[64];
      for (int i = 0; i < 64; i++) {
        be[63 - i] = h[i];
      }
      return new BigInteger(1, be).mod(L);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static BigInteger yOf(byte[] enc) {
    byte[] copy = enc.clone();
    copy[31] &= 0x7f;
    return scalar(copy, 0);
  }

  private static byte[] toLittleEndian(BigInteger v) {
    byte[] out = new byte[32];
    for (int i = 0; i < 32; i++) {
      out[i] = v.shiftRight(8 * i).byteValue();
    }
    return out;
  }

  private static Point baseOrThrow() {
    BigInteger y = BigInteger.valueOf(4).multiply(BigInteger.valueOf(5).modInverse(P)).mod(P);
    Point b = recoverX(y, false);
    if (b == null) {
      throw new IllegalStateException("base point");
    }
    return b;
  }

  /** {@return RFC 8032 §5.1 dom2(F, C), or nothing for pure Ed25519} */
  static byte[] dom(Ed25519Variant variant) {
    if (variant.scheme() == Ed25519Variant.Scheme.ED25519) {
      return new byte[0];
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes("SigEd25519 no Ed25519 collisions".getBytes(StandardCharsets.US_ASCII));
    out.write(variant.scheme() == Ed25519Variant.Scheme.ED25519_PH ? 1 : 0);
    out.write(variant.context().length());
    out.writeBytes(variant.context().toByteArray());
    return out.toByteArray();
  }

  /** {@return what the variant signs: the message, or for Ed25519ph its SHA-512} */
  static byte[] signedInput(Ed25519Variant variant, byte[] message) {
    if (variant.scheme() != Ed25519Variant.Scheme.ED25519_PH) {
      return message;
    }
    try {
      return MessageDigest.getInstance("SHA-512").digest(message);
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
