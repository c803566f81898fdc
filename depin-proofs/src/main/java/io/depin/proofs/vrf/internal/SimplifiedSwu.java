package io.depin.proofs.vrf.internal;

import java.math.BigInteger;
import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.ECPoint;
import org.jspecify.annotations.Nullable;

/**
 * RFC 9380 simplified Shallue-van de Woestijne-Ulas {@code map_to_curve} (§6.6.2) for P-256 with
 * {@code Z = -10} (§8.2), on {@link BigInteger}s. Variable-time: its input is a hash of public
 * data.
 */
final class SimplifiedSwu {
  private final ECCurve curve;
  private final BigInteger p;
  private final BigInteger a;
  private final BigInteger b;
  private final BigInteger z;
  private final BigInteger sqrtExponent;

  /**
   * Prepares the map for a short Weierstrass curve over {@code GF(p)} with {@code p = 3 mod 4}.
   *
   * @param curve the curve, with {@code a != 0} and {@code b != 0}
   * @param z the RFC 9380 constant {@code Z}, as a possibly negative integer
   */
  SimplifiedSwu(ECCurve curve, int z) {
    this.curve = curve;
    this.p = curve.getField().getCharacteristic();
    this.a = curve.getA().toBigInteger();
    this.b = curve.getB().toBigInteger();
    this.z = BigInteger.valueOf(z).mod(p);
    this.sqrtExponent = p.add(BigInteger.ONE).shiftRight(2);
  }

  /**
   * Maps a field element to a curve point.
   *
   * @param u a value in {@code [0, p)}
   * @return the point
   */
  ECPoint map(BigInteger u) {
    BigInteger zu2 = z.multiply(u).multiply(u).mod(p);
    BigInteger den = zu2.multiply(zu2).add(zu2).mod(p);
    BigInteger x1;
    if (den.signum() == 0) {
      x1 = b.multiply(z.multiply(a).modInverse(p)).mod(p);
    } else {
      BigInteger tv1 = den.modInverse(p);
      x1 = b.negate().multiply(a.modInverse(p)).multiply(BigInteger.ONE.add(tv1)).mod(p);
    }
    BigInteger x = x1;
    @Nullable BigInteger y = sqrt(rhs(x1));
    if (y == null) {
      x = zu2.multiply(x1).mod(p);
      y = sqrt(rhs(x));
      if (y == null) {
        throw new AssertionError("one of g(x1), g(x2) is a square");
      }
    }
    if (u.testBit(0) != y.testBit(0)) {
      y = p.subtract(y).mod(p);
    }
    return curve.createPoint(x, y);
  }

  /** {@code x^3 + a x + b}. */
  private BigInteger rhs(BigInteger x) {
    return x.multiply(x).add(a).multiply(x).add(b).mod(p);
  }

  /** A square root, or {@code null} if {@code v} is not a square. */
  private @Nullable BigInteger sqrt(BigInteger v) {
    BigInteger root = v.modPow(sqrtExponent, p);
    return root.multiply(root).mod(p).equals(v) ? root : null;
  }
}
