package io.depin.proofs.vrf.internal;

import java.math.BigInteger;
import org.bouncycastle.math.ec.rfc7748.X25519Field;

/**
 * RFC 9380 {@code map_to_curve} for edwards25519: Elligator 2 onto curve25519 (§6.7.1 with
 * {@code J = 486662}, {@code K = 1}, {@code Z = 2}), then the rational map to edwards25519
 * (§6.8.2, {@code x = sqrt(-486664) s / t}, {@code y = (s - 1) / (s + 1)}, the exceptional cases
 * going to the identity). Variable-time: its input is a hash of public data.
 */
final class Elligator2 {
  private static final BigInteger J = BigInteger.valueOf(486662);
  private static final int[] J_FIELD = EdwardsPoint.fieldElement(J);
  private static final int[] ONE = EdwardsPoint.fieldElement(BigInteger.ONE);

  /** {@code sqrt(-486664)} with {@code sgn0 = 0}, as RFC 9380 Appendix G.2.2 requires. */
  private static final int[] SQRT_MINUS_486664 = sqrtMinus486664();

  private Elligator2() {}

  private static int[] sqrtMinus486664() {
    int[] root = X25519Field.create();
    if (!X25519Field.sqrtRatioVar(
        EdwardsPoint.fieldElement(BigInteger.valueOf(-486664)), ONE, root)) {
      throw new AssertionError("-486664 is a square mod p");
    }
    return withSign(root, 0);
  }

  /**
   * Maps a field element to a point of edwards25519 (not yet cofactor-cleared).
   *
   * @param u a value in {@code [0, p)}
   * @return the point
   */
  static EdwardsPoint map(BigInteger u) {
    int[] fu = EdwardsPoint.fieldElement(u);
    int[] den = X25519Field.create();
    X25519Field.sqr(fu, den);
    X25519Field.add(den, den, den);
    X25519Field.addOne(den);
    X25519Field.carry(den);
    int[] x1 = X25519Field.create();
    X25519Field.negate(J_FIELD, x1);
    if (!isZero(den)) {
      int[] inverse = X25519Field.create();
      X25519Field.inv(den, inverse);
      X25519Field.mul(x1, inverse, x1);
    }
    int[] x2 = X25519Field.create();
    X25519Field.negate(x1, x2);
    X25519Field.sub(x2, J_FIELD, x2);
    X25519Field.carry(x2);
    int[] s;
    int[] t = X25519Field.create();
    if (X25519Field.sqrtRatioVar(montgomeryRhs(x1), ONE, t)) {
      s = x1;
      t = withSign(t, 1);
    } else if (X25519Field.sqrtRatioVar(montgomeryRhs(x2), ONE, t)) {
      s = x2;
      t = withSign(t, 0);
    } else {
      throw new AssertionError("one of g(x1), g(x2) is a square");
    }
    int[] xn = X25519Field.create();
    X25519Field.mul(SQRT_MINUS_486664, s, xn);
    int[] yn = s.clone();
    X25519Field.subOne(yn);
    X25519Field.carry(yn);
    int[] yd = s.clone();
    X25519Field.addOne(yd);
    X25519Field.carry(yd);
    if (isZero(t) || isZero(yd)) {
      return EdwardsPoint.IDENTITY;
    }
    return EdwardsPoint.fromFractions(xn, t, yn, yd);
  }

  /** {@code x^3 + J x^2 + x}. */
  private static int[] montgomeryRhs(int[] x) {
    int[] r = X25519Field.create();
    X25519Field.add(x, J_FIELD, r);
    X25519Field.carry(r);
    X25519Field.mul(r, x, r);
    X25519Field.addOne(r);
    X25519Field.carry(r);
    X25519Field.mul(r, x, r);
    return r;
  }

  /** The root {@code v} or {@code -v} whose {@code sgn0} (parity) is {@code sign}. */
  private static int[] withSign(int[] v, int sign) {
    int[] r = v.clone();
    X25519Field.normalize(r);
    if ((r[0] & 1) != sign) {
      X25519Field.negate(r, r);
      X25519Field.carry(r);
      X25519Field.normalize(r);
    }
    return r;
  }

  private static boolean isZero(int[] v) {
    int[] n = v.clone();
    X25519Field.normalize(n);
    return X25519Field.isZeroVar(n);
  }
}
