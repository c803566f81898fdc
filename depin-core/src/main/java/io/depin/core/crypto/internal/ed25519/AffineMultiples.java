package io.depin.core.crypto.internal.ed25519;

import org.bouncycastle.math.ec.rfc7748.X25519Field;

/**
 * The odd multiples {@code P, 3P, ..., (2^(w-1) - 1)P} of one point in affine form {@code (y+x,
 * y-x, 2dxy)}: the table a signed-window digit of width {@code w} indexes. The entries of several
 * tables are built in extended coordinates and made affine with one shared inversion
 * (Montgomery's trick), and are stored in one flat array (30 ints each). Immutable once built.
 */
final class AffineMultiples {
  private static final int SIZE = X25519Field.SIZE;
  private static final int ENTRY = 3 * SIZE;

  /** Entry {@code i} is {@code (2i + 1)P}: {@code y+x}, {@code y-x}, {@code 2dxy}. */
  private final int[] entries;

  private AffineMultiples(int[] entries) {
    this.entries = entries;
  }

  /**
   * Builds one table per point.
   *
   * @param points the points (not modified)
   * @param width the window width {@code w >= 2}
   * @return the tables, in the order of the points
   */
  static AffineMultiples[] of(ExtendedPoint[] points, int width) {
    int n = 1 << (width - 2);
    ExtendedPoint[] all = new ExtendedPoint[points.length * n];
    ExtendedPoint.Scratch s = new ExtendedPoint.Scratch();
    int[] ypx = X25519Field.create();
    int[] ymx = X25519Field.create();
    int[] z2 = X25519Field.create();
    int[] t2d = X25519Field.create();
    for (int j = 0; j < points.length; j++) {
      ExtendedPoint twice = points[j].copy();
      twice.twice(true, s);
      X25519Field.apm(twice.y, twice.x, ypx, ymx);
      X25519Field.carry(ypx);
      X25519Field.carry(ymx);
      X25519Field.add(twice.z, twice.z, z2);
      X25519Field.carry(z2);
      X25519Field.mul(twice.t, ExtendedPoint.D2, t2d);
      ExtendedPoint acc = points[j].copy();
      for (int i = 0; i < n; i++) {
        if (i > 0) {
          acc.addCached(ypx, ymx, z2, t2d, false, s);
        }
        all[j * n + i] = acc.copy();
      }
    }
    int[][] zInverse = invertZ(all);
    AffineMultiples[] tables = new AffineMultiples[points.length];
    int[] x = X25519Field.create();
    int[] y = X25519Field.create();
    int[] sum = X25519Field.create();
    int[] difference = X25519Field.create();
    int[] xy2d = X25519Field.create();
    for (int j = 0; j < points.length; j++) {
      int[] entries = new int[n * ENTRY];
      for (int i = 0; i < n; i++) {
        ExtendedPoint p = all[j * n + i];
        X25519Field.mul(p.x, zInverse[j * n + i], x);
        X25519Field.mul(p.y, zInverse[j * n + i], y);
        X25519Field.apm(y, x, sum, difference);
        X25519Field.carry(sum);
        X25519Field.carry(difference);
        X25519Field.mul(x, y, xy2d);
        X25519Field.mul(xy2d, ExtendedPoint.D2, xy2d);
        X25519Field.copy(sum, 0, entries, i * ENTRY);
        X25519Field.copy(difference, 0, entries, i * ENTRY + SIZE);
        X25519Field.copy(xy2d, 0, entries, i * ENTRY + 2 * SIZE);
      }
      tables[j] = new AffineMultiples(entries);
    }
    return tables;
  }

  /** {@return {@code 1/Z} of every point, from one inversion of the product of all {@code Z}} */
  private static int[][] invertZ(ExtendedPoint[] points) {
    int count = points.length;
    int[][] prefix = new int[count][];
    prefix[0] = points[0].z.clone();
    for (int i = 1; i < count; i++) {
      prefix[i] = X25519Field.create();
      X25519Field.mul(prefix[i - 1], points[i].z, prefix[i]);
    }
    int[] inverse = X25519Field.create();
    X25519Field.invVar(prefix[count - 1], inverse);
    int[][] out = new int[count][];
    for (int i = count - 1; i > 0; i--) {
      // inverse = 1 / (Z_0 ... Z_i)
      out[i] = X25519Field.create();
      X25519Field.mul(inverse, prefix[i - 1], out[i]);
      X25519Field.mul(inverse, points[i].z, inverse);
    }
    out[0] = inverse;
    return out;
  }

  /**
   * Adds {@code digit * P} to {@code acc}.
   *
   * @param acc the accumulator
   * @param digit a nonzero odd digit with {@code |digit| < 2^(w-1)}
   * @param s scratch space
   */
  void addTo(ExtendedPoint acc, int digit, ExtendedPoint.Scratch s) {
    int off = ((Math.abs(digit) - 1) >>> 1) * ENTRY;
    X25519Field.copy(entries, off, s.qa, 0);
    X25519Field.copy(entries, off + SIZE, s.qb, 0);
    X25519Field.copy(entries, off + 2 * SIZE, s.qc, 0);
    acc.addAffine(s.qa, s.qb, s.qc, digit < 0, s);
  }
}
