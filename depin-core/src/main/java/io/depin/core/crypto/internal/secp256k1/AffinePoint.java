package io.depin.core.crypto.internal.secp256k1;

import java.math.BigInteger;
import org.jspecify.annotations.Nullable;

/**
 * A finite secp256k1 point in affine coordinates, both reduced below p, as the engine's input and
 * output.
 *
 * {@snippet :
 * AffinePoint r = AffinePoint.lift(x, true); // null if no point has this x
 * BigInteger y = r.y();
 * }
 */
public final class AffinePoint {
  /** The curve constant b of {@code y^2 = x^3 + 7}. */
  private static final int B = 7;

  final long[] x;
  final long[] y;

  AffinePoint(long[] x, long[] y) {
    this.x = x;
    this.y = y;
  }

  /**
   * Wraps coordinates the caller knows to be a point of the curve (for example a validated public
   * key).
   *
   * @param x the x coordinate, 0 to p-1
   * @param y the y coordinate, 0 to p-1
   * @return the point
   */
  public static AffinePoint of(BigInteger x, BigInteger y) {
    long[] fx = Field.create();
    long[] fy = Field.create();
    Field.set(fx, x);
    Field.set(fy, y);
    return new AffinePoint(fx, fy);
  }

  /**
   * Finds the point with a given x coordinate and y parity (SEC 1 point decompression).
   *
   * @param x the x coordinate, 0 to p-1
   * @param odd whether y must be odd
   * @return the point, or null if {@code x^3 + 7} is not a square modulo p
   */
  public static @Nullable AffinePoint lift(BigInteger x, boolean odd) {
    long[] fx = Field.create();
    Field.set(fx, x);
    long[] rhs = Field.create();
    Field.sqr(rhs, fx);
    Field.mul(rhs, rhs, fx);
    rhs[0] += B;
    Field.weakNormalize(rhs);
    long[] fy = Field.create();
    if (!Field.sqrt(fy, rhs)) {
      return null;
    }
    Field.normalize(fy);
    // x^3 + 7 is never 0 (no point of order 2), so y != 0 and -y has the other parity.
    if (((fy[0] & 1) == 1) != odd) {
      Field.negate(fy, fy, 1);
      Field.normalize(fy);
    }
    return new AffinePoint(fx, fy);
  }

  /** {@return the x coordinate} */
  public BigInteger x() {
    return Field.toBigInteger(x);
  }

  /** {@return the y coordinate} */
  public BigInteger y() {
    return Field.toBigInteger(y);
  }
}
