package io.depin.core.crypto.internal;

import io.depin.core.DecodingException;
import io.depin.core.DecodingException.Reason;
import io.depin.core.crypto.KeyType;
import java.math.BigInteger;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;
import org.bouncycastle.util.BigIntegers;

/**
 * The two short-Weierstrass curves, on BouncyCastle's custom (fast, and for secp256k1 GLV-enabled)
 * curve implementations.
 */
@SuppressWarnings("ImmutableEnumChecker")
// BouncyCastle's curve, point and multiplier are not annotated @Immutable but are never changed
// after construction here; oid() hands out a copy of the OID bytes.
public enum EcCurve {
  /** secp256k1 (SEC 2), OID 1.3.132.0.10. */
  SECP256K1("secp256k1", new byte[] {0x06, 0x05, 0x2b, (byte) 0x81, 0x04, 0x00, 0x0a}),
  /** NIST P-256 / secp256r1, OID 1.2.840.10045.3.1.7. */
  P256(
      "secp256r1",
      new byte[] {0x06, 0x08, 0x2a, (byte) 0x86, 0x48, (byte) 0xce, 0x3d, 0x03, 0x01, 0x07});

  /** Scalar and coordinate length in bytes. */
  public static final int FIELD_BYTES = 32;

  private final ECCurve curve;
  private final ECPoint g;
  private final BigInteger n;
  private final BigInteger halfN;
  private final BigInteger p;
  private final byte[] oid;
  private final FixedPointCombMultiplier baseMultiplier = new FixedPointCombMultiplier();

  EcCurve(String name, byte[] oid) {
    X9ECParameters params = CustomNamedCurves.getByName(name);
    this.curve = params.getCurve();
    this.g = params.getG();
    this.n = params.getN();
    this.halfN = n.shiftRight(1);
    this.p = curve.getField().getCharacteristic();
    this.oid = oid;
  }

  /**
   * Returns the curve for an ECDSA key type.
   *
   * @param type SECP256K1 or P256
   * @return the curve
   */
  public static EcCurve of(KeyType type) {
    return switch (type) {
      case SECP256K1 -> SECP256K1;
      case P256 -> P256;
      case ED25519 -> throw new IllegalArgumentException("Ed25519 is not a Weierstrass curve");
    };
  }

  /** {@return the matching key type} */
  public KeyType keyType() {
    return this == SECP256K1 ? KeyType.SECP256K1 : KeyType.P256;
  }

  ECCurve curve() {
    return curve;
  }

  ECPoint generator() {
    return g;
  }

  /** {@return the group order n} */
  public BigInteger order() {
    return n;
  }

  BigInteger halfOrder() {
    return halfN;
  }

  BigInteger fieldPrime() {
    return p;
  }

  /** {@return a copy of the DER encoding of the curve's OBJECT IDENTIFIER} */
  public byte[] oid() {
    return oid.clone();
  }

  ECPoint multiplyBase(BigInteger k) {
    return baseMultiplier.multiply(g, k).normalize();
  }

  /**
   * Decodes a SEC1 point (33-byte compressed or 65-byte uncompressed), validating it.
   *
   * @param encoded the encoding
   * @return the normalized point, never infinity
   */
  ECPoint decodePoint(byte[] encoded) {
    if (encoded.length != 33 && encoded.length != 65) {
      throw new DecodingException(
          Reason.WRONG_LENGTH, "a SEC1 point has 33 or 65 bytes, not " + encoded.length);
    }
    int prefix = encoded[0];
    boolean ok = encoded.length == 33 ? (prefix == 2 || prefix == 3) : prefix == 4;
    if (!ok) {
      throw new DecodingException(
          Reason.UNSUPPORTED_FORMAT, "unsupported SEC1 point prefix 0x" + Integer.toHexString(prefix & 0xff));
    }
    ECPoint point;
    try {
      point = curve.decodePoint(encoded).normalize();
    } catch (IllegalArgumentException | ArithmeticException e) {
      throw new DecodingException(Reason.INVALID_VALUE, "not a valid point on " + this, e);
    }
    if (point.isInfinity() || !point.isValid()) {
      throw new DecodingException(Reason.INVALID_VALUE, "not a valid point on " + this);
    }
    return point;
  }

  /**
   * Decodes a 32-byte big-endian private scalar, which must lie in [1, n-1].
   *
   * @param scalar the encoding
   * @return the scalar
   */
  BigInteger decodePrivateScalar(byte[] scalar) {
    if (scalar.length != FIELD_BYTES) {
      throw new DecodingException(
          Reason.WRONG_LENGTH, "a private scalar has 32 bytes, not " + scalar.length);
    }
    BigInteger d = new BigInteger(1, scalar);
    if (d.signum() == 0 || d.compareTo(n) >= 0) {
      throw new DecodingException(Reason.INVALID_VALUE, "private scalar is not in [1, n-1]");
    }
    return d;
  }

  static byte[] toFixed(BigInteger value) {
    return BigIntegers.asUnsignedByteArray(FIELD_BYTES, value);
  }
}
