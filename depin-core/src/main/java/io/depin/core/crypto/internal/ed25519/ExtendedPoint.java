package io.depin.core.crypto.internal.ed25519;

import java.math.BigInteger;
import org.bouncycastle.math.ec.rfc7748.X25519Field;
import org.jspecify.annotations.Nullable;

/**
 * A mutable point of edwards25519 ({@code -x^2 + y^2 = 1 + d x^2 y^2} over {@code GF(2^255 - 19)})
 * in extended coordinates {@code (X : Y : Z : T)}, {@code x = X/Z}, {@code y = Y/Z}, {@code x y =
 * T/Z} (Hisil, Wong, Carter, Dawson, "Twisted Edwards curves revisited", 2008).
 *
 * <p>Field elements are {@link X25519Field} limb arrays. The limb bound this code keeps: every
 * input of a multiplication or squaring is the output of a multiplication, squaring or carry, or
 * one sum or difference of two such outputs; any value two additions deep is carried first.
 *
 * <p>Variable-time: only for public points and scalars.
 */
final class ExtendedPoint {
  /** The field prime {@code 2^255 - 19}. */
  static final BigInteger P = BigInteger.ONE.shiftLeft(255).subtract(BigInteger.valueOf(19));

  private static final BigInteger D_VALUE =
      BigInteger.valueOf(-121665).multiply(BigInteger.valueOf(121666).modInverse(P)).mod(P);

  /** The curve constant {@code d = -121665/121666}. */
  static final int[] D = fieldElement(D_VALUE);

  /** {@code 2d}, the constant of the addition formula. */
  static final int[] D2 = fieldElement(D_VALUE.shiftLeft(1).mod(P));

  final int[] x = X25519Field.create();
  final int[] y = X25519Field.create();
  final int[] z = X25519Field.create();
  final int[] t = X25519Field.create();

  /** Makes the neutral element {@code (0, 1)}. */
  ExtendedPoint() {
    setIdentity();
  }

  void setIdentity() {
    X25519Field.zero(x);
    X25519Field.one(y);
    X25519Field.one(z);
    X25519Field.zero(t);
  }

  /** {@return a copy of this point} */
  ExtendedPoint copy() {
    ExtendedPoint p = new ExtendedPoint();
    X25519Field.copy(x, 0, p.x, 0);
    X25519Field.copy(y, 0, p.y, 0);
    X25519Field.copy(z, 0, p.z, 0);
    X25519Field.copy(t, 0, p.t, 0);
    return p;
  }

  /**
   * Decodes an RFC 8032 §5.1.3 encoding whose {@code y} the caller has checked to be below
   * {@code p}.
   *
   * @param encoded 32 bytes: little-endian {@code y} in bits 0-254, the sign of {@code x} in bit
   *     255
   * @return the point, or {@code null} if no {@code x} exists for {@code y} or the encoding has
   *     {@code x = 0} with the sign bit set
   */
  static @Nullable ExtendedPoint decode(byte[] encoded) {
    ExtendedPoint p = new ExtendedPoint();
    X25519Field.decode255(encoded, 0, p.y, 0);
    int[] y2 = X25519Field.create();
    X25519Field.sqr(p.y, y2);
    int[] u = X25519Field.create();
    X25519Field.copy(y2, 0, u, 0);
    X25519Field.subOne(u);
    X25519Field.carry(u);
    int[] v = X25519Field.create();
    X25519Field.mul(y2, D, v);
    X25519Field.addOne(v);
    X25519Field.carry(v);
    if (!X25519Field.sqrtRatioVar(u, v, p.x)) {
      return null;
    }
    X25519Field.normalize(p.x);
    int sign = (encoded[31] >>> 7) & 1;
    if (X25519Field.isZeroVar(p.x) && sign == 1) {
      return null;
    }
    if ((p.x[0] & 1) != sign) {
      X25519Field.negate(p.x, p.x);
      X25519Field.carry(p.x);
    }
    X25519Field.mul(p.x, p.y, p.t);
    return p;
  }

  /** {@return whether this is the neutral element: {@code X = 0} and {@code Y = Z}} */
  boolean isIdentity() {
    int[] a = x.clone();
    X25519Field.normalize(a);
    if (!X25519Field.isZeroVar(a)) {
      return false;
    }
    int[] b = y.clone();
    int[] c = z.clone();
    X25519Field.normalize(b);
    X25519Field.normalize(c);
    return X25519Field.areEqualVar(b, c);
  }

  /**
   * Tells whether this point's RFC 8032 encoding equals {@code encoded[0..32)}, whose {@code y}
   * the caller has checked to be below {@code p}. Compares {@code y} first, which costs one
   * multiplication, and inverts {@code Z} only to read the sign of {@code x} when {@code y}
   * matches.
   *
   * @param encoded at least 32 bytes
   * @param s scratch space
   * @return whether the encodings are equal
   */
  boolean encodesTo(byte[] encoded, Scratch s) {
    X25519Field.decode255(encoded, 0, s.a, 0);
    X25519Field.mul(s.a, z, s.b);
    X25519Field.normalize(s.b);
    X25519Field.copy(y, 0, s.c, 0);
    X25519Field.normalize(s.c);
    if (!X25519Field.areEqualVar(s.b, s.c)) {
      return false;
    }
    X25519Field.invVar(z, s.d);
    X25519Field.mul(x, s.d, s.e);
    X25519Field.normalize(s.e);
    return (s.e[0] & 1) == ((encoded[31] >>> 7) & 1);
  }

  /**
   * Doubles this point {@code bits} times, computing {@code T} at the end only.
   *
   * @param bits how many doublings
   */
  void shift(int bits) {
    Scratch s = new Scratch();
    for (int i = 0; i < bits; i++) {
      twice(i == bits - 1, s);
    }
  }

  /**
   * Doubles this point ("dbl-2008-hwcd" for {@code a = -1}, signs rearranged so that no
   * negation is needed).
   *
   * @param withT whether to compute {@code T}, which only an addition reads
   * @param s scratch space
   */
  void twice(boolean withT, Scratch s) {
    int[] a = s.a;
    int[] b = s.b;
    int[] c = s.c;
    int[] e = s.e;
    int[] f = s.f;
    int[] g = s.g;
    int[] h = s.h;
    X25519Field.sqr(x, a);
    X25519Field.sqr(y, b);
    X25519Field.sqr(z, c);
    X25519Field.add(c, c, c);
    // h = a + b, g = a - b, e = h - (x + y)^2, f = c + g
    X25519Field.apm(a, b, h, g);
    X25519Field.add(x, y, e);
    X25519Field.sqr(e, e);
    X25519Field.sub(h, e, e);
    X25519Field.carry(e);
    X25519Field.add(c, g, f);
    X25519Field.carry(f);
    X25519Field.mul(e, f, x);
    X25519Field.mul(g, h, y);
    X25519Field.mul(f, g, z);
    if (withT) {
      X25519Field.mul(e, h, t);
    }
  }

  /**
   * Adds {@code ±q} for {@code q} in cached form ("add-2008-hwcd-3" with {@code k = 2d}, which is
   * complete on edwards25519); negating {@code q} swaps {@code Y+X} with {@code Y-X} and negates
   * {@code 2dT}.
   *
   * @param ypx {@code Y+X} of {@code q}
   * @param ymx {@code Y-X} of {@code q}
   * @param z2 {@code 2Z} of {@code q}
   * @param t2d {@code 2dT} of {@code q}
   * @param negate whether to add {@code -q}
   * @param s scratch space
   */
  void addCached(int[] ypx, int[] ymx, int[] z2, int[] t2d, boolean negate, Scratch s) {
    int[] a = s.a;
    int[] b = s.b;
    int[] c = s.c;
    int[] d = s.d;
    X25519Field.apm(y, x, b, a);
    X25519Field.mul(a, negate ? ypx : ymx, a);
    X25519Field.mul(b, negate ? ymx : ypx, b);
    X25519Field.mul(t, t2d, c);
    X25519Field.mul(z, z2, d);
    finishAdd(negate, s);
  }

  /**
   * Adds {@code ±q} for {@code q} in affine form ({@code Z = 1}): the formula of {@link
   * #addCached} with {@code 2Z = 2}.
   *
   * @param ypx {@code y+x} of {@code q}
   * @param ymx {@code y-x} of {@code q}
   * @param xy2d {@code 2dxy} of {@code q}
   * @param negate whether to add {@code -q}
   * @param s scratch space
   */
  void addAffine(int[] ypx, int[] ymx, int[] xy2d, boolean negate, Scratch s) {
    int[] a = s.a;
    int[] b = s.b;
    int[] c = s.c;
    int[] d = s.d;
    X25519Field.apm(y, x, b, a);
    X25519Field.mul(a, negate ? ypx : ymx, a);
    X25519Field.mul(b, negate ? ymx : ypx, b);
    X25519Field.mul(t, xy2d, c);
    X25519Field.add(z, z, d);
    X25519Field.carry(d);
    finishAdd(negate, s);
  }

  /** The common tail of both additions, from {@code A}, {@code B}, {@code C}, {@code D}. */
  private void finishAdd(boolean negate, Scratch s) {
    int[] e = s.e;
    int[] f = s.f;
    int[] g = s.g;
    int[] h = s.h;
    // h = b + a, e = b - a; g = d + c, f = d - c (swapped for -q, whose 2dT is negated)
    X25519Field.apm(s.b, s.a, h, e);
    if (negate) {
      X25519Field.apm(s.d, s.c, f, g);
    } else {
      X25519Field.apm(s.d, s.c, g, f);
    }
    X25519Field.mul(e, f, x);
    X25519Field.mul(g, h, y);
    X25519Field.mul(f, g, z);
    X25519Field.mul(e, h, t);
  }

  /** A field element from an integer in {@code [0, p)}. */
  static int[] fieldElement(BigInteger value) {
    byte[] be = value.toByteArray();
    byte[] le = new byte[32];
    for (int i = 0; i < be.length && i < 32; i++) {
      le[i] = be[be.length - 1 - i];
    }
    int[] out = X25519Field.create();
    X25519Field.decode255(le, 0, out, 0);
    return out;
  }

  /** The temporaries of one doubling or addition, reused across a scalar multiplication. */
  static final class Scratch {
    final int[] a = X25519Field.create();
    final int[] b = X25519Field.create();
    final int[] c = X25519Field.create();
    final int[] d = X25519Field.create();
    final int[] e = X25519Field.create();
    final int[] f = X25519Field.create();
    final int[] g = X25519Field.create();
    final int[] h = X25519Field.create();
    final int[] qa = X25519Field.create();
    final int[] qb = X25519Field.create();
    final int[] qc = X25519Field.create();
  }
}
