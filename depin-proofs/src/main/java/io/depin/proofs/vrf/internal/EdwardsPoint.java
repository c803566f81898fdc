package io.depin.proofs.vrf.internal;

import io.depin.core.bytes.Hex;
import java.math.BigInteger;
import java.util.Arrays;
import org.bouncycastle.math.ec.rfc7748.X25519Field;
import org.jspecify.annotations.Nullable;

/**
 * A point of the twisted Edwards curve edwards25519 ({@code -x^2 + y^2 = 1 + d x^2 y^2} over
 * {@code GF(2^255 - 19)}) in extended coordinates {@code (X : Y : Z : T)} with {@code x = X/Z},
 * {@code y = Y/Z} and {@code x y = T/Z}. Field elements are BouncyCastle {@link X25519Field}
 * limb arrays (ten signed 32-bit limbs of 25 or 26 bits).
 *
 * <p>Timing: {@link #multiply} (used with secret scalars) runs a fixed sequence of 252 doublings
 * and 64 additions with a table lookup that reads every entry and selects by mask, and the field
 * arithmetic has no data-dependent branches, so its timing does not depend on the scalar. {@link
 * #decode}, {@link #encode}, {@link #doubleMultiplyVar}, {@link #isIdentity} and equality are
 * variable-time and meant for public data only. Instances are immutable.
 */
public final class EdwardsPoint {
  /** The field prime {@code 2^255 - 19}. */
  static final BigInteger P = BigInteger.ONE.shiftLeft(255).subtract(BigInteger.valueOf(19));

  /** The order of the prime-order subgroup, {@code 2^252 + 27742317777372353535851937790883648493}. */
  public static final BigInteger L =
      BigInteger.ONE.shiftLeft(252).add(new BigInteger("27742317777372353535851937790883648493"));

  private static final int WINDOWS = 64;
  private static final int TABLE_SIZE = 16;

  private static final BigInteger D_VALUE =
      BigInteger.valueOf(-121665).multiply(BigInteger.valueOf(121666).modInverse(P)).mod(P);

  /** The curve constant {@code d = -121665/121666}. */
  private static final int[] D = fieldElement(D_VALUE);

  /** {@code 2d}, used by the addition formula. */
  private static final int[] D2 = fieldElement(D_VALUE.shiftLeft(1));

  /** The neutral element {@code (0, 1)}. */
  public static final EdwardsPoint IDENTITY = identity();

  /** The RFC 8032 base point {@code B}, with {@code y = 4/5} and even {@code x}. */
  public static final EdwardsPoint BASE = base();

  /** {@code i * B} for {@code i} in {@code [0, 16)}. */
  private static final EdwardsPoint[] BASE_TABLE = BASE.table();

  private final int[] x;
  private final int[] y;
  private final int[] z;
  private final int[] t;

  private EdwardsPoint(int[] x, int[] y, int[] z, int[] t) {
    this.x = x;
    this.y = y;
    this.z = z;
    this.t = t;
  }

  private static EdwardsPoint identity() {
    int[] one = X25519Field.create();
    X25519Field.one(one);
    return new EdwardsPoint(X25519Field.create(), one, one.clone(), X25519Field.create());
  }

  private static EdwardsPoint base() {
    byte[] encoded = new byte[32];
    encoded[0] = 0x58;
    for (int i = 1; i < 32; i++) {
      encoded[i] = 0x66;
    }
    EdwardsPoint base = decode(encoded);
    if (base == null) {
      throw new AssertionError("the base point must decode");
    }
    return base;
  }

  /**
   * Makes a point from projective coordinates with {@code x = xn/xd} and {@code y = yn/yd}; the
   * caller guarantees that they describe a curve point with {@code xd yd != 0}.
   */
  static EdwardsPoint fromFractions(int[] xn, int[] xd, int[] yn, int[] yd) {
    int[] nx = X25519Field.create();
    int[] ny = X25519Field.create();
    int[] nz = X25519Field.create();
    int[] nt = X25519Field.create();
    X25519Field.mul(xn, yd, nx);
    X25519Field.mul(yn, xd, ny);
    X25519Field.mul(xd, yd, nz);
    X25519Field.mul(xn, yn, nt);
    return new EdwardsPoint(nx, ny, nz, nt);
  }

  /**
   * Decodes a 32-byte RFC 8032 §5.1.3 encoding: little-endian {@code y} in bits 0-254, the sign of
   * {@code x} in bit 255. Variable-time.
   *
   * @param encoded 32 bytes
   * @return the point, or {@code null} if {@code y >= p}, no {@code x} exists, or the encoding is
   *     {@code x = 0} with the sign bit set
   */
  public static @Nullable EdwardsPoint decode(byte[] encoded) {
    if (encoded.length != 32) {
      throw new IllegalArgumentException("an Edwards25519 point encoding has 32 bytes");
    }
    if (!isCanonical(encoded)) {
      return null;
    }
    int sign = (encoded[31] >> 7) & 1;
    int[] py = X25519Field.create();
    X25519Field.decode255(encoded, py);
    int[] y2 = X25519Field.create();
    X25519Field.sqr(py, y2);
    int[] u = X25519Field.create();
    X25519Field.copy(y2, 0, u, 0);
    X25519Field.subOne(u);
    X25519Field.carry(u);
    int[] v = X25519Field.create();
    X25519Field.mul(y2, D, v);
    X25519Field.addOne(v);
    X25519Field.carry(v);
    int[] px = X25519Field.create();
    if (!X25519Field.sqrtRatioVar(u, v, px)) {
      return null;
    }
    X25519Field.normalize(px);
    boolean zero = X25519Field.isZeroVar(px);
    if (zero && sign == 1) {
      return null;
    }
    if ((px[0] & 1) != sign) {
      X25519Field.negate(px, px);
      X25519Field.carry(px);
    }
    int[] pt = X25519Field.create();
    X25519Field.mul(px, py, pt);
    int[] pz = X25519Field.create();
    X25519Field.one(pz);
    return new EdwardsPoint(px, py, pz, pt);
  }

  /** Whether the 255-bit little-endian {@code y} is below {@code p = 2^255 - 19}. */
  private static boolean isCanonical(byte[] encoded) {
    if ((encoded[31] & 0x7f) != 0x7f) {
      return true;
    }
    for (int i = 30; i > 0; i--) {
      if (encoded[i] != (byte) 0xff) {
        return true;
      }
    }
    return (encoded[0] & 0xff) < 0xed;
  }

  /**
   * Encodes this point per RFC 8032 §5.1.2.
   *
   * @return 32 bytes
   */
  public byte[] encode() {
    int[] zInv = X25519Field.create();
    X25519Field.inv(z, zInv);
    int[] ax = X25519Field.create();
    int[] ay = X25519Field.create();
    X25519Field.mul(x, zInv, ax);
    X25519Field.mul(y, zInv, ay);
    X25519Field.normalize(ax);
    X25519Field.normalize(ay);
    byte[] out = new byte[32];
    X25519Field.encode(ay, out, 0);
    out[31] |= (byte) ((ax[0] & 1) << 7);
    return out;
  }

  /**
   * Adds two points with the unified extended-coordinates formula for {@code a = -1} (Hisil, Wong,
   * Carter, Dawson 2008, "add-2008-hwcd-3"), which is complete on edwards25519.
   *
   * @param o the other point
   * @return {@code this + o}
   */
  public EdwardsPoint add(EdwardsPoint o) {
    EdwardsPoint r = blank();
    addInto(this, o, r);
    return r;
  }

  /**
   * Returns {@code -this}.
   *
   * @return the negation
   */
  public EdwardsPoint negate() {
    int[] nx = X25519Field.create();
    int[] nt = X25519Field.create();
    X25519Field.negate(x, nx);
    X25519Field.carry(nx);
    X25519Field.negate(t, nt);
    X25519Field.carry(nt);
    return new EdwardsPoint(nx, y.clone(), z.clone(), nt);
  }

  /**
   * Multiplies by a scalar in constant time: 4-bit fixed windows from the top, every window
   * doubling four times and adding an entry read from a 16-entry table by masked selection.
   *
   * @param scalar the scalar as 32 little-endian bytes (any 256-bit value)
   * @return {@code scalar * this}
   */
  @SuppressWarnings("ReferenceEquality") // identity: only the BASE instance has a precomputed table
  public EdwardsPoint multiply(byte[] scalar) {
    if (scalar.length != 32) {
      throw new IllegalArgumentException("a scalar has 32 bytes");
    }
    EdwardsPoint[] table = this == BASE ? BASE_TABLE : table();
    EdwardsPoint acc = copyOf(IDENTITY);
    EdwardsPoint entry = blank();
    Scratch scratch = new Scratch();
    for (int w = WINDOWS - 1; w >= 0; w--) {
      if (w != WINDOWS - 1) {
        for (int i = 0; i < 4; i++) {
          doubleInto(acc, acc, scratch);
        }
      }
      int digit = (scalar[w >>> 1] >>> ((w & 1) << 2)) & 0x0f;
      select(table, digit, entry);
      addInto(acc, entry, acc, scratch);
    }
    scratch.wipe();
    entry.wipe();
    return acc;
  }

  /**
   * Computes {@code a * p + b * q} in variable time (interleaved 4-bit windows); for
   * verification, where the scalars and points are public.
   *
   * @param a the first scalar, {@code 0 <= a < 2^256}
   * @param p the first point
   * @param b the second scalar, {@code 0 <= b < 2^256}
   * @param q the second point
   * @return {@code a * p + b * q}
   */
  @SuppressWarnings("ReferenceEquality") // identity: only the BASE instance has a precomputed table
  public static EdwardsPoint doubleMultiplyVar(
      BigInteger a, EdwardsPoint p, BigInteger b, EdwardsPoint q) {
    byte[] sa = Scalars.toLittleEndian(a, 32);
    byte[] sb = Scalars.toLittleEndian(b, 32);
    EdwardsPoint[] tp = p == BASE ? BASE_TABLE : p.table();
    EdwardsPoint[] tq = q == BASE ? BASE_TABLE : q.table();
    EdwardsPoint acc = copyOf(IDENTITY);
    Scratch scratch = new Scratch();
    boolean started = false;
    for (int w = WINDOWS - 1; w >= 0; w--) {
      if (started) {
        for (int i = 0; i < 4; i++) {
          doubleInto(acc, acc, scratch);
        }
      }
      int shift = (w & 1) << 2;
      int da = (sa[w >>> 1] >>> shift) & 0x0f;
      int db = (sb[w >>> 1] >>> shift) & 0x0f;
      if (da != 0) {
        addInto(acc, tp[da], acc, scratch);
        started = true;
      }
      if (db != 0) {
        addInto(acc, tq[db], acc, scratch);
        started = true;
      }
    }
    return acc;
  }

  /**
   * Multiplies by the cofactor 8.
   *
   * @return {@code 8 * this}
   */
  public EdwardsPoint multiplyByCofactor() {
    EdwardsPoint r = copyOf(this);
    Scratch scratch = new Scratch();
    for (int i = 0; i < 3; i++) {
      doubleInto(r, r, scratch);
    }
    return r;
  }

  /**
   * Tells whether this is the neutral element. Variable-time.
   *
   * @return whether {@code x = 0} and {@code y = z}
   */
  public boolean isIdentity() {
    int[] nx = x.clone();
    X25519Field.normalize(nx);
    int[] diff = X25519Field.create();
    X25519Field.sub(y, z, diff);
    X25519Field.normalize(diff);
    return X25519Field.isZeroVar(nx) && X25519Field.isZeroVar(diff);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof EdwardsPoint other)) {
      return false;
    }
    return crossEqual(x, other.z, other.x, z) && crossEqual(y, other.z, other.y, z);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(encode());
  }

  @Override
  public String toString() {
    return "EdwardsPoint[" + Hex.encode(encode()) + "]";
  }

  private static boolean crossEqual(int[] a, int[] bz, int[] b, int[] az) {
    int[] l = X25519Field.create();
    int[] r = X25519Field.create();
    X25519Field.mul(a, bz, l);
    X25519Field.mul(b, az, r);
    X25519Field.sub(l, r, l);
    X25519Field.normalize(l);
    return X25519Field.isZeroVar(l);
  }

  /** {@code i * this} for {@code i} in {@code [0, 16)}. */
  private EdwardsPoint[] table() {
    EdwardsPoint[] table = new EdwardsPoint[TABLE_SIZE];
    table[0] = copyOf(IDENTITY);
    table[1] = copyOf(this);
    Scratch scratch = new Scratch();
    for (int i = 2; i < TABLE_SIZE; i++) {
      table[i] = blank();
      addInto(table[i - 1], this, table[i], scratch);
    }
    return table;
  }

  /** Copies {@code table[digit]} into {@code out}, reading every entry (constant time). */
  private static void select(EdwardsPoint[] table, int digit, EdwardsPoint out) {
    X25519Field.zero(out.x);
    X25519Field.one(out.y);
    X25519Field.one(out.z);
    X25519Field.zero(out.t);
    for (int i = 0; i < TABLE_SIZE; i++) {
      int mask = ((i ^ digit) - 1) >> 31;
      EdwardsPoint e = table[i];
      X25519Field.cmov(mask, e.x, 0, out.x, 0);
      X25519Field.cmov(mask, e.y, 0, out.y, 0);
      X25519Field.cmov(mask, e.z, 0, out.z, 0);
      X25519Field.cmov(mask, e.t, 0, out.t, 0);
    }
  }

  private static void addInto(EdwardsPoint p, EdwardsPoint q, EdwardsPoint r) {
    addInto(p, q, r, new Scratch());
  }

  /** {@code r = p + q}; {@code r} may be {@code p} or {@code q}. */
  private static void addInto(EdwardsPoint p, EdwardsPoint q, EdwardsPoint r, Scratch s) {
    X25519Field.sub(p.y, p.x, s.a);
    X25519Field.carry(s.a);
    X25519Field.sub(q.y, q.x, s.b);
    X25519Field.carry(s.b);
    X25519Field.mul(s.a, s.b, s.a);
    X25519Field.add(p.y, p.x, s.b);
    X25519Field.carry(s.b);
    X25519Field.add(q.y, q.x, s.c);
    X25519Field.carry(s.c);
    X25519Field.mul(s.b, s.c, s.b);
    X25519Field.mul(p.t, D2, s.c);
    X25519Field.mul(s.c, q.t, s.c);
    X25519Field.mul(p.z, q.z, s.d);
    X25519Field.add(s.d, s.d, s.d);
    X25519Field.carry(s.d);
    // e = b - a, f = d - c, g = d + c, h = b + a
    X25519Field.sub(s.b, s.a, s.e);
    X25519Field.carry(s.e);
    X25519Field.sub(s.d, s.c, s.f);
    X25519Field.carry(s.f);
    X25519Field.add(s.d, s.c, s.g);
    X25519Field.carry(s.g);
    X25519Field.add(s.b, s.a, s.h);
    X25519Field.carry(s.h);
    X25519Field.mul(s.e, s.f, r.x);
    X25519Field.mul(s.g, s.h, r.y);
    X25519Field.mul(s.f, s.g, r.z);
    X25519Field.mul(s.e, s.h, r.t);
  }

  /** {@code r = 2p} with "dbl-2008-hwcd" for {@code a = -1}; {@code r} may be {@code p}. */
  private static void doubleInto(EdwardsPoint p, EdwardsPoint r, Scratch s) {
    X25519Field.sqr(p.x, s.a);
    X25519Field.sqr(p.y, s.b);
    X25519Field.sqr(p.z, s.c);
    X25519Field.add(s.c, s.c, s.c);
    X25519Field.carry(s.c);
    // e = (x + y)^2 - a - b, g = b - a, f = g - c, h = -(a + b)
    X25519Field.add(p.x, p.y, s.e);
    X25519Field.carry(s.e);
    X25519Field.sqr(s.e, s.e);
    X25519Field.add(s.a, s.b, s.h);
    X25519Field.carry(s.h);
    X25519Field.sub(s.e, s.h, s.e);
    X25519Field.carry(s.e);
    X25519Field.sub(s.b, s.a, s.g);
    X25519Field.carry(s.g);
    X25519Field.sub(s.g, s.c, s.f);
    X25519Field.carry(s.f);
    X25519Field.negate(s.h, s.h);
    X25519Field.mul(s.e, s.f, r.x);
    X25519Field.mul(s.g, s.h, r.y);
    X25519Field.mul(s.f, s.g, r.z);
    X25519Field.mul(s.e, s.h, r.t);
  }

  private static EdwardsPoint blank() {
    return new EdwardsPoint(
        X25519Field.create(), X25519Field.create(), X25519Field.create(), X25519Field.create());
  }

  private static EdwardsPoint copyOf(EdwardsPoint p) {
    return new EdwardsPoint(p.x.clone(), p.y.clone(), p.z.clone(), p.t.clone());
  }

  private void wipe() {
    X25519Field.zero(x);
    X25519Field.zero(y);
    X25519Field.zero(z);
    X25519Field.zero(t);
  }

  /** The temporaries of one addition or doubling, reused across a scalar multiplication. */
  private static final class Scratch {
    final int[] a = X25519Field.create();
    final int[] b = X25519Field.create();
    final int[] c = X25519Field.create();
    final int[] d = X25519Field.create();
    final int[] e = X25519Field.create();
    final int[] f = X25519Field.create();
    final int[] g = X25519Field.create();
    final int[] h = X25519Field.create();

    void wipe() {
      for (int[] v : new int[][] {a, b, c, d, e, f, g, h}) {
        X25519Field.zero(v);
      }
    }
  }

  /** A field element from an integer (reduced mod {@code p}). */
  static int[] fieldElement(BigInteger value) {
    int[] out = X25519Field.create();
    X25519Field.decode255(Scalars.toLittleEndian(value.mod(P), 32), out);
    return out;
  }

  /** The canonical 32-byte little-endian encoding of a field element. */
  static byte[] encodeField(int[] value) {
    int[] n = value.clone();
    X25519Field.normalize(n);
    byte[] out = new byte[32];
    X25519Field.encode(n, out, 0);
    return out;
  }
}
