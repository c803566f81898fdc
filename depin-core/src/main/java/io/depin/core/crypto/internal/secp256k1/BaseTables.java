package io.depin.core.crypto.internal.secp256k1;

import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.math.ec.ECPoint;

/**
 * Precomputed affine odd multiples {@code G, 3G, ..., (2^(W-1) - 1) G} of the generator G and the
 * same for {@code H = 2^128 G}, for a width-{@value #WINDOW} wNAF of the two 128-bit halves of a
 * scalar. Built once, when the class is first used, with BouncyCastle's point arithmetic (public
 * constants only) and one batched normalization per table.
 */
final class BaseTables {
  private BaseTables() {}

  /** The wNAF width for the generator's scalars. */
  static final int WINDOW = 8;

  /** Number of entries per table, 2^(W-2). */
  static final int SIZE = 1 << (WINDOW - 2);

  static final long[][] G_X = new long[SIZE][];
  static final long[][] G_Y = new long[SIZE][];
  static final long[][] H_X = new long[SIZE][];
  static final long[][] H_Y = new long[SIZE][];

  static {
    X9ECParameters params = CustomNamedCurves.getByName("secp256k1");
    ECPoint g = params.getG();
    fill(g, G_X, G_Y);
    fill(g.timesPow2(128), H_X, H_Y);
  }

  private static void fill(ECPoint base, long[][] xs, long[][] ys) {
    ECPoint[] points = new ECPoint[SIZE];
    ECPoint twice = base.twice();
    points[0] = base.normalize();
    for (int i = 1; i < SIZE; i++) {
      points[i] = points[i - 1].add(twice);
    }
    base.getCurve().normalizeAll(points);
    for (int i = 0; i < SIZE; i++) {
      AffinePoint p =
          AffinePoint.of(
              points[i].getAffineXCoord().toBigInteger(), points[i].getAffineYCoord().toBigInteger());
      xs[i] = p.x;
      ys[i] = p.y;
    }
  }
}
