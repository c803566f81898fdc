package io.depin.core.crypto.internal.ed25519;

import org.bouncycastle.math.ec.rfc7748.X25519Field;

/**
 * The odd multiples {@code P, 3P, ..., (2^(w-1) - 1)P} of one point in cached form {@code (Y+X,
 * Y-X, 2Z, 2dT)}: the table a signed-window digit of width {@code w} indexes. Immutable once
 * built.
 */
final class CachedMultiples {
  private final int[][] ypx;
  private final int[][] ymx;
  private final int[][] z2;
  private final int[][] t2d;

  /**
   * Builds the table.
   *
   * @param p the point (not modified)
   * @param width the window width {@code w >= 2}
   */
  CachedMultiples(ExtendedPoint p, int width) {
    int n = 1 << (width - 2);
    ypx = new int[n][];
    ymx = new int[n][];
    z2 = new int[n][];
    t2d = new int[n][];
    ExtendedPoint.Scratch s = new ExtendedPoint.Scratch();
    ExtendedPoint twice = new ExtendedPoint();
    twice.set(p);
    twice.twice(true, s);
    int[] tYpx = X25519Field.create();
    int[] tYmx = X25519Field.create();
    int[] tZ2 = X25519Field.create();
    int[] tT2d = X25519Field.create();
    cache(twice, tYpx, tYmx, tZ2, tT2d);
    ExtendedPoint acc = new ExtendedPoint();
    acc.set(p);
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        acc.addCached(tYpx, tYmx, tZ2, tT2d, false, s);
      }
      ypx[i] = X25519Field.create();
      ymx[i] = X25519Field.create();
      z2[i] = X25519Field.create();
      t2d[i] = X25519Field.create();
      cache(acc, ypx[i], ymx[i], z2[i], t2d[i]);
    }
  }

  private static void cache(ExtendedPoint p, int[] ypx, int[] ymx, int[] z2, int[] t2d) {
    X25519Field.apm(p.y, p.x, ypx, ymx);
    X25519Field.carry(ypx);
    X25519Field.carry(ymx);
    X25519Field.add(p.z, p.z, z2);
    X25519Field.carry(z2);
    X25519Field.mul(p.t, ExtendedPoint.D2, t2d);
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
    acc.addCached(ypx[i], ymx[i], z2[i], t2d[i], digit < 0, s);
  }
}
