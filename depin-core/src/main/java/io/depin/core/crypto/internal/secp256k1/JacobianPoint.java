package io.depin.core.crypto.internal.secp256k1;

import org.jspecify.annotations.Nullable;

/**
 * A mutable point of {@code y^2 = x^3 + b} in Jacobian coordinates: {@code (X, Y, Z)} stands for the
 * affine point {@code (X / Z^2, Y / Z^3)}, plus a flag for the point at infinity.
 *
 * <p>The formulas are the {@code a = 0} ones from the Explicit-Formulas Database
 * (hyperelliptic.org/EFD, "g1p/auto-shortw-jacobian-0"): doubling "dbl-2009-alnr" style with 3
 * multiplications and 4 squarings, and mixed addition of an affine point ("madd") with 8
 * multiplications and 3 squarings. Neither uses the curve constant b, so they work unchanged on any
 * curve {@code y^2 = x^3 + b'} isomorphic to secp256k1 through {@code (x, y) -> (c^2 x, c^3 y)};
 * {@link Multiplier} relies on that (libsecp256k1's "effective affine" technique).
 *
 * <p>Between operations all three coordinates are strict and of magnitude 1 (see {@link Field}):
 * X and Y are weakly normalized, Z is always a product. Variable-time: for public data only.
 */
final class JacobianPoint {
  final long[] x = Field.create();
  final long[] y = Field.create();
  final long[] z = Field.create();
  boolean infinity = true;

  /** The factor h of the last addition that did not hit a special case: new Z = old Z * h. */
  final long[] lastH = Field.create();

  private final long[] t1 = Field.create();
  private final long[] t2 = Field.create();
  private final long[] t3 = Field.create();
  private final long[] t4 = Field.create();
  private final long[] t5 = Field.create();
  private final long[] t6 = Field.create();

  /**
   * Sets this point to the affine point {@code (ax, ay)}.
   *
   * @param ax x, strict, magnitude 1
   * @param ay y, strict, magnitude 1
   */
  void setAffine(long[] ax, long[] ay) {
    Field.copy(x, ax);
    Field.copy(y, ay);
    z[0] = 1;
    z[1] = 0;
    z[2] = 0;
    z[3] = 0;
    z[4] = 0;
    infinity = false;
  }

  /** Sets this point to twice itself. */
  void dbl() {
    if (infinity) {
      return;
    }
    // The curve has odd order, so no finite point has y = 0 and the double is never infinity.
    long[] yy = t1;
    long[] s = t2;
    long[] xx = t3;
    Field.sqr(yy, y); // Y^2
    Field.mul(s, x, yy); // X Y^2
    Field.sqr(xx, x); // X^2, so M = 3 X^2
    Field.add(t4, y, y);
    Field.mul(z, z, t4); // Z3 = 2 Y Z
    Field.sqr(x, xx); // X^4, so M^2 = 9 X^4
    Field.subScaled(x, x, 9, s, 8, 1); // X3 = M^2 - 2 S with S = 4 X Y^2, magnitude 25
    Field.weakNormalize(x);
    Field.subScaled(s, s, 4, x, 1, 1); // S - X3, magnitude 6
    Field.mul(y, xx, s); // X^2 (S - X3)
    Field.sqr(yy, yy); // Y^4
    Field.subScaled(y, y, 3, yy, 8, 1); // Y3 = M (S - X3) - 8 Y^4, magnitude 19
    Field.weakNormalize(y);
  }

  /**
   * Adds an affine point {@code (ax, ay)}, given on the curve scaled by a factor: with {@code zf}
   * null the point is taken as it is; otherwise it is taken as the Jacobian point {@code (ax, ay,
   * 1/zf)}, that is the affine point {@code (zf^2 ax, zf^3 ay)} on this point's isomorphic curve.
   * When the two points are equal the result is the double; when they are opposite, infinity.
   *
   * @param ax x, strict, magnitude 1
   * @param ay y, magnitude at most 2
   * @param zf the scale factor, strict, or null for none
   */
  void addAffine(long[] ax, long[] ay, long @Nullable [] zf) {
    if (infinity) {
      if (zf == null) {
        Field.copy(t3, ay);
      } else {
        Field.sqr(t1, zf);
        Field.mul(t2, t1, ax);
        Field.mul(t1, t1, zf);
        Field.mul(t3, t1, ay);
        ax = t2;
      }
      Field.weakNormalize(t3);
      setAffine(ax, t3);
      return;
    }
    long[] az = z;
    if (zf != null) {
      az = t6;
      Field.mul(az, zf, z);
    }
    long[] zz = t1;
    long[] h = t2;
    long[] r = t3;
    Field.sqr(zz, az);
    Field.mul(h, ax, zz); // U2 = ax az^2
    Field.mul(zz, zz, az);
    Field.mul(r, zz, ay); // S2 = ay az^3
    Field.subScaled(h, h, 1, x, 1, 1); // H = U2 - X1
    Field.weakNormalize(h);
    Field.subScaled(r, r, 1, y, 1, 1); // R = S2 - Y1
    Field.weakNormalize(r);
    if (Field.isZero(h)) {
      if (Field.isZero(r)) {
        dbl();
      } else {
        infinity = true;
      }
      return;
    }
    Field.copy(lastH, h);
    long[] hh = t1;
    long[] hhh = t4;
    long[] v = t5;
    Field.sqr(hh, h);
    Field.mul(hhh, h, hh); // H^3
    Field.mul(v, x, hh); // V = X1 H^2
    Field.mul(z, z, h); // Z3 = Z1 H
    Field.mul(y, y, hhh); // Y1 H^3 (Y1 is not needed any more)
    Field.sqr(x, r);
    Field.subScaled(x, x, 1, hhh, 1, 1);
    Field.subScaled(x, x, 1, v, 2, 1); // X3 = R^2 - H^3 - 2 V, magnitude 7
    Field.weakNormalize(x);
    Field.subScaled(v, v, 1, x, 1, 1); // V - X3, magnitude 3
    Field.mul(v, r, v); // R (V - X3)
    Field.subScaled(y, v, 1, y, 1, 1); // Y3 = R (V - X3) - Y1 H^3, magnitude 3
    Field.weakNormalize(y);
  }
}
