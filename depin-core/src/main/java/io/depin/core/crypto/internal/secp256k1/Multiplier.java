package io.depin.core.crypto.internal.secp256k1;

import java.math.BigInteger;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.math.ec.endo.GLVEndomorphism;
import org.jspecify.annotations.Nullable;

/**
 * Computes {@code u1 G + u2 Q} for public scalars and a public point, the double multiplication of
 * ECDSA verification and public-key recovery, in the manner of libsecp256k1's {@code
 * ecmult_strauss_wnaf}:
 *
 * <ul>
 *   <li>{@code u2} is split with the GLV endomorphism into {@code k1 + k2 lambda} with 128-bit
 *       halves (BouncyCastle's decomposition), and {@code lambda Q = (beta x, y)}, so Q's table
 *       serves both halves;
 *   <li>{@code u1} is split into its 128-bit halves for the tables of {@code G} and {@code 2^128 G}
 *       ({@link BaseTables});
 *   <li>the four scalars are written in wNAF (width 5 for Q, {@value BaseTables#WINDOW} for G) and
 *       processed together in one loop of about 129 doublings (Straus-Shamir);
 *   <li>Q's odd multiples are built on an isomorphic curve on which {@code 2Q} is affine, then
 *       brought to one common Z, so every addition in the loop is a mixed (affine) one and no
 *       inversion is needed until the end ("effective affine", libsecp256k1's {@code
 *       ecmult_odd_multiples_table} and {@code ge_table_set_globalz}).
 * </ul>
 *
 * <p>Variable-time: the running time depends on the scalars and the point. Only for public inputs
 * (never for signing or key generation).
 *
 * {@snippet :
 * AffinePoint q = Multiplier.sumOfTwoMultiplies(u1, AffinePoint.lift(x, odd), u2);
 * }
 */
public final class Multiplier {
  private Multiplier() {}

  /** The wNAF width for Q's scalars. */
  private static final int Q_WINDOW = 5;

  /** Number of odd multiples of Q, 2^(W-2). */
  private static final int Q_SIZE = 1 << (Q_WINDOW - 2);

  /** Longest wNAF: a GLV half is below 2^129, and wNAF adds at most one digit. */
  private static final int MAX_DIGITS = 131;

  private static final BigInteger LOW_128 = BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE);

  /**
   * beta, a cube root of unity mod p with {@code lambda (x, y) = (beta x, y)} (SEC 2 does not list
   * it; the value is the one of libsecp256k1 and BouncyCastle's secp256k1 GLV parameters; the tests
   * check {@code lambda G = (beta G.x, G.y)} against BouncyCastle).
   */
  static final BigInteger BETA =
      new BigInteger("7ae96a2b657c07106e64479eac3434e99cf0497512f58995c1396c28719501ee", 16);

  private static final long[] BETA_LIMBS = Field.create();

  /** BouncyCastle's GLV decomposition for secp256k1 (its lambda matches {@link #BETA}). */
  private static final GLVEndomorphism GLV =
      (GLVEndomorphism) CustomNamedCurves.getByName("secp256k1").getCurve().getEndomorphism();

  static {
    Field.set(BETA_LIMBS, BETA);
  }

  /**
   * Computes {@code u1 G + u2 Q}.
   *
   * @param u1 the generator's scalar, 0 to n-1
   * @param q the point Q
   * @param u2 Q's scalar, 0 to n-1
   * @return the sum, or null if it is the point at infinity
   */
  public static @Nullable AffinePoint sumOfTwoMultiplies(BigInteger u1, AffinePoint q, BigInteger u2) {
    BigInteger[] split = GLV.decomposeScalar(u2);
    boolean neg1 = split[0].signum() < 0;
    boolean neg2 = split[1].signum() < 0;
    int[] w1 = new int[MAX_DIGITS];
    int[] w2 = new int[MAX_DIGITS];
    int[] w3 = new int[MAX_DIGITS];
    int[] w4 = new int[MAX_DIGITS];
    int n1 = Wnaf.encode(w1, split[0].abs(), Q_WINDOW);
    int n2 = Wnaf.encode(w2, split[1].abs(), Q_WINDOW);
    int n3 = Wnaf.encode(w3, u1.and(LOW_128), BaseTables.WINDOW);
    int n4 = Wnaf.encode(w4, u1.shiftRight(128), BaseTables.WINDOW);

    // Odd multiples Q, 3Q, ..., 15Q. On the curve isomorphic through (x, y) -> (dz^2 x, dz^3 y),
    // where dz is the Z of 2Q in Jacobian form, 2Q is the affine point (2Q.X, 2Q.Y) and Q is
    // (dz^2 Q.x, dz^3 Q.y). Seven mixed additions of 2Q give the others in Jacobian form.
    JacobianPoint acc = new JacobianPoint();
    acc.setAffine(q.x, q.y);
    acc.dbl();
    long[] dz = acc.z.clone();
    long[] dx = acc.x.clone();
    long[] dy = acc.y.clone();
    long[][] tx = new long[Q_SIZE][];
    long[][] ty = new long[Q_SIZE][];
    long[][] zr = new long[Q_SIZE][];
    long[] t = Field.create();
    Field.sqr(t, dz);
    tx[0] = Field.create();
    Field.mul(tx[0], q.x, t);
    Field.mul(t, t, dz);
    ty[0] = Field.create();
    Field.mul(ty[0], q.y, t);
    acc.setAffine(tx[0], ty[0]);
    for (int i = 1; i < Q_SIZE; i++) {
      // (2i+1) Q = (2i-1) Q + 2Q; never a special case, as Q has prime order n > 15.
      acc.addAffine(dx, dy, null);
      tx[i] = acc.x.clone();
      ty[i] = acc.y.clone();
      zr[i] = acc.lastH.clone(); // Z_i = Z_(i-1) zr[i]
    }
    // Bring every entry to the last one's Z: entry i is scaled by zr[i+1] ... zr[last]. The table
    // is then affine on a further isomorphic curve, with overall scale c = dz * Z_last.
    long[] zs = zr[Q_SIZE - 1].clone();
    for (int i = Q_SIZE - 2; i >= 0; i--) {
      if (i < Q_SIZE - 2) {
        Field.mul(zs, zs, zr[i + 1]);
      }
      Field.sqr(t, zs);
      Field.mul(tx[i], tx[i], t);
      Field.mul(t, t, zs);
      Field.mul(ty[i], ty[i], t);
    }
    long[] c = Field.create();
    Field.mul(c, dz, acc.z);
    long[][] bx = new long[Q_SIZE][];
    long[][] negTy = new long[Q_SIZE][];
    for (int i = 0; i < Q_SIZE; i++) {
      bx[i] = Field.create();
      Field.mul(bx[i], tx[i], BETA_LIMBS);
      negTy[i] = Field.create();
      Field.negate(negTy[i], ty[i], 1);
    }

    // Straus-Shamir over the four digit strings, on the scaled curve (scale c): table entries are
    // affine there; G's entries are affine on the original curve and enter with factor c.
    acc.infinity = true;
    long[] negGy = Field.create();
    int top = Math.max(Math.max(n1, n2), Math.max(n3, n4));
    for (int i = top - 1; i >= 0; i--) {
      acc.dbl();
      int d = w1[i];
      if (d != 0) {
        int k = Math.abs(d) >> 1;
        acc.addAffine(tx[k], (d < 0) != neg1 ? negTy[k] : ty[k], null);
      }
      d = w2[i];
      if (d != 0) {
        int k = Math.abs(d) >> 1;
        acc.addAffine(bx[k], (d < 0) != neg2 ? negTy[k] : ty[k], null);
      }
      d = w3[i];
      if (d != 0) {
        addBase(acc, BaseTables.G_X, BaseTables.G_Y, d, c, negGy);
      }
      d = w4[i];
      if (d != 0) {
        addBase(acc, BaseTables.H_X, BaseTables.H_Y, d, c, negGy);
      }
    }
    if (acc.infinity) {
      return null;
    }
    // Back to affine on the original curve: the true Z is acc.z * c.
    long[] zi = Field.create();
    Field.mul(zi, acc.z, c);
    Field.invert(zi, zi);
    Field.sqr(t, zi);
    long[] x = Field.create();
    Field.mul(x, acc.x, t);
    Field.mul(t, t, zi);
    long[] y = Field.create();
    Field.mul(y, acc.y, t);
    Field.normalize(x);
    Field.normalize(y);
    return new AffinePoint(x, y);
  }

  private static void addBase(
      JacobianPoint acc, long[][] xs, long[][] ys, int d, long[] c, long[] scratch) {
    int k = Math.abs(d) >> 1;
    long[] y = ys[k];
    if (d < 0) {
      Field.negate(scratch, y, 1);
      y = scratch;
    }
    acc.addAffine(xs[k], y, c);
  }
}
