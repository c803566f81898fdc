package io.depin.core.crypto.internal.ed25519;

import org.bouncycastle.math.ec.rfc7748.X25519Field;

/**
 * The odd multiples {@code P, 3P, ..., (2^(w-1) - 1)P} of a fixed point in affine form {@code (y+x,
 * y-x, 2dxy)}, which saves a multiplication per addition; built once per class for the base
 * points, since it costs an inversion per entry. Immutable once built.
 */
final class AffineMultiples {
  private final int[][] ypx;
  private final int[][] ymx;
  private final int[][] xy2d;

  /**
   * Builds the table.
   *
   * @param p the point (not modified)
   * @param width the window width {@code w >= 2}
   */
  AffineMultiples(ExtendedPoint p, int width) {
    int n = 1 << (width - 2);
    ypx = new int[n][];
    ymx = new int[n][];
    xy2d = new int[n][];
    ExtendedPoint.Scratch s = new ExtendedPoint.Scratch();
    ExtendedPoint twice = new ExtendedPoint();
    twice.set(p);
    twice.twice(true, s);
    CachedMultiples twiceCached = new CachedMultiples(twice, 2);
    ExtendedPoint acc = new ExtendedPoint();
    acc.set(p);
    int[] zInv = X25519Field.create();
    int[] ax = X25519Field.create();
    int[] ay = X25519Field.create();
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        twiceCached.addTo(acc, 1, s);
      }
      X25519Field.invVar(acc.z, zInv);
      X25519Field.mul(acc.x, zInv, ax);
      X25519Field.mul(acc.y, zInv, ay);
      ypx[i] = X25519Field.create();
      ymx[i] = X25519Field.create();
      xy2d[i] = X25519Field.create();
      X25519Field.apm(ay, ax, ypx[i], ymx[i]);
      X25519Field.carry(ypx[i]);
      X25519Field.carry(ymx[i]);
      X25519Field.mul(ax, ay, xy2d[i]);
      X25519Field.mul(xy2d[i], ExtendedPoint.D2, xy2d[i]);
    }
  }

  /**
   * Adds {@code digit * P} to {@code acc}.
   *
   * @param acc the accumulator
   * @param digit a nonzero odd digit with {@code |digit| < 2^(w-1)}
   * @param s scratch space
   */
  void addTo(ExtendedPoint acc, int digit, ExtendedPoint.Scratch s) {
    int i = (Math.abs(digit) - 1) >>> 1;
    acc.addAffine(ypx[i], ymx[i], xy2d[i], digit < 0, s);
  }
}
