package io.depin.core.crypto.internal.ed25519;

import java.lang.ref.SoftReference;
import java.nio.charset.StandardCharsets;
import org.bouncycastle.crypto.digests.SHA512Digest;
import org.jspecify.annotations.Nullable;

/**
 * An Ed25519 public key {@code A} prepared for exactly cofactorless verification: decoded, checked
 * to have prime order, with tables of odd multiples of {@code [2^(32 j)]A}, {@code j = 0..7},
 * built when the key is decoded (about 4 KiB), held softly and rebuilt if the garbage collector
 * cleared them under memory pressure.
 *
 * <p>{@link #verify} recomputes {@code R' = [S]B - [k]A} and accepts iff the RFC 8032 encoding of
 * {@code R'} equals the signature's {@code R} bytes, so it accepts exactly when {@code R} is the
 * canonical encoding of a point with {@code [S]B = R + [k]A}, with no cofactor: a small-order
 * component of {@code R} changes {@code R} but not {@code R'}, and an {@code R} that is no curve
 * point, or that encodes {@code x = 0} with the sign bit set, is no encoding of {@code R'}.
 *
 * <p>Method: each 253-bit scalar is recoded into signed windows and cut into eight 32-bit pieces;
 * piece {@code j} of {@code S} indexes a table of {@code [2^(32 j)]B} (fixed, built once per
 * class) and piece {@code j} of {@code k} one of {@code [2^(32 j)]A} (per key), so a single
 * interleaved (Straus) pass of 31 doublings and about 80 additions of affine table entries
 * evaluates both products; the doublings that move {@code A} by {@code 2^32} are paid once, when
 * the key is decoded. Comparing {@code y} first costs one multiplication and rejects most wrong
 * signatures without inverting {@code Z}.
 *
 * <p>Variable-time throughout: keys, signatures and messages are public. Immutable and
 * thread-safe.
 *
 * {@snippet :
 * VerificationKey key = VerificationKey.decode(publicKeyBytes); // null if not of prime order
 * boolean ok = key != null && key.verify(signature, null, message);
 * }
 */
public final class VerificationKey {
  /** Window width for the fixed base tables (32 affine entries each). */
  static final int BASE_WIDTH = 7;

  /** Window width for the per-key tables (4 affine entries each). */
  static final int KEY_WIDTH = 4;

  private static final byte[] DOM2_PREFIX =
      "SigEd25519 no Ed25519 collisions".getBytes(StandardCharsets.US_ASCII);

  /** How many pieces each scalar is cut into, evaluated over tables of shifted points. */
  static final int PIECES = 8;

  /** Bits per piece: one Straus pass takes this many doublings. */
  private static final int PIECE_BITS = Wnaf.LENGTH / PIECES;

  /** The odd multiples of {@code [2^(32 j)]B} for each piece {@code j}. */
  private static final AffineMultiples[] BASE;

  static {
    byte[] encoded = new byte[32];
    encoded[0] = 0x58;
    for (int i = 1; i < 32; i++) {
      encoded[i] = 0x66;
    }
    ExtendedPoint base = ExtendedPoint.decode(encoded);
    if (base == null) {
      throw new AssertionError("the base point must decode");
    }
    BASE = AffineMultiples.of(pieces(base), BASE_WIDTH);
  }

  private static final byte[] NO_DIGITS = new byte[Wnaf.LENGTH];
  private static final byte[] ORDER_DIGITS =
      Wnaf.recode(Scalars.words(Scalars.L), KEY_WIDTH);

  private final byte[] encoded;

  /** The decoded key; never changed. */
  private final ExtendedPoint a;

  /**
   * The odd multiples of {@code [2^(32 j)]A} for each piece {@code j}, about 4 KiB: softly held, so
   * that a registry of millions of keys cannot run out of memory for them; rebuilt when cleared.
   */
  private volatile SoftReference<AffineMultiples[]> tables;

  private VerificationKey(byte[] encoded, ExtendedPoint a) {
    this.encoded = encoded;
    this.a = a;
    this.tables = new SoftReference<>(buildTables(a));
  }

  private static AffineMultiples[] buildTables(ExtendedPoint a) {
    return AffineMultiples.of(pieces(a), KEY_WIDTH);
  }

  /** {@return the key's tables, rebuilt if the garbage collector cleared them} */
  private AffineMultiples[] tables() {
    AffineMultiples[] t = tables.get();
    if (t == null) {
      t = buildTables(a);
      tables = new SoftReference<>(t);
    }
    return t;
  }

  /** Drops the key's tables, as the garbage collector may; for tests. */
  void releaseTables() {
    tables.clear();
  }

  /** {@return {@code [2^(32 j)]p} for each piece {@code j}} */
  private static ExtendedPoint[] pieces(ExtendedPoint p) {
    ExtendedPoint[] out = new ExtendedPoint[PIECES];
    out[0] = p.copy();
    for (int j = 1; j < PIECES; j++) {
      out[j] = out[j - 1].copy();
      out[j].shift(PIECE_BITS);
    }
    return out;
  }

  /**
   * Decodes and checks a public key: the point must exist (RFC 8032 §5.1.3) and have order
   * exactly {@code L} ({@code A} is not the identity and {@code [L]A} is).
   *
   * @param encoded 32 bytes whose {@code y} the caller has checked to be below {@code p}; kept,
   *     not copied
   * @return the key, or {@code null} if the bytes decode to no point or to one not of order
   *     {@code L}
   */
  public static @Nullable VerificationKey decode(byte[] encoded) {
    ExtendedPoint a = ExtendedPoint.decode(encoded);
    if (a == null || a.isIdentity()) {
      return null;
    }
    VerificationKey key = new VerificationKey(encoded, a);
    return key.combination(NO_DIGITS, ORDER_DIGITS).isIdentity() ? key : null;
  }

  /**
   * Prepares a key computed from a private key, skipping the order check.
   *
   * @param encoded the 32-byte encoding of a point of order {@code L}; kept, not copied
   * @return the key
   */
  public static VerificationKey fromTrusted(byte[] encoded) {
    ExtendedPoint a = ExtendedPoint.decode(encoded);
    if (a == null) {
      throw new IllegalArgumentException("not an Ed25519 point");
    }
    return new VerificationKey(encoded, a);
  }

  /**
   * Checks {@code [S]B = R + [k]A} exactly, {@code k = SHA-512(dom || R || A || message) mod L}.
   *
   * @param signature 64 bytes {@code R || S}; the caller has checked that {@code R} has {@code y
   *     < p} and that {@code S < L}
   * @param domain the RFC 8032 {@code dom2(phflag, context)} prefix, or {@code null} for pure
   *     Ed25519
   * @param message the signed bytes (for Ed25519ph, the SHA-512 of the message)
   * @return whether the signature verifies
   */
  public boolean verify(byte[] signature, byte @Nullable [] domain, byte[] message) {
    SHA512Digest sha512 = new SHA512Digest();
    if (domain != null) {
      sha512.update(domain, 0, domain.length);
    }
    sha512.update(signature, 0, 32);
    sha512.update(encoded, 0, 32);
    sha512.update(message, 0, message.length);
    byte[] h = new byte[64];
    sha512.doFinal(h, 0);
    byte[] kDigits = Wnaf.recode(Scalars.reduce(h), KEY_WIDTH);
    byte[] sDigits = Wnaf.recode(Scalars.words(signature, 32), BASE_WIDTH);
    return combination(sDigits, kDigits).encodesTo(signature, new ExtendedPoint.Scratch());
  }

  /**
   * Builds the RFC 8032 {@code dom2(phflag, context)} prefix.
   *
   * @param prehashed the {@code phflag}: Ed25519ph
   * @param context 0 to 255 bytes
   * @return the prefix
   */
  public static byte[] dom2(boolean prehashed, byte[] context) {
    byte[] out = new byte[DOM2_PREFIX.length + 2 + context.length];
    System.arraycopy(DOM2_PREFIX, 0, out, 0, DOM2_PREFIX.length);
    out[DOM2_PREFIX.length] = (byte) (prehashed ? 1 : 0);
    out[DOM2_PREFIX.length + 1] = (byte) context.length;
    System.arraycopy(context, 0, out, DOM2_PREFIX.length + 2, context.length);
    return out;
  }

  /**
   * Computes {@code [s]B - [k]A} from the signed-window digits of {@code s} (width {@link
   * #BASE_WIDTH}) and {@code k} (width {@link #KEY_WIDTH}): digit {@code 32 j + i} of a scalar
   * multiplies the table of piece {@code j} at position {@code i}, so one pass of 31 doublings
   * serves all sixteen tables.
   */
  ExtendedPoint combination(byte[] s, byte[] k) {
    int top = PIECE_BITS - 1;
    while (top >= 0 && !hasDigit(s, k, top)) {
      top--;
    }
    AffineMultiples[] keyTables = tables();
    ExtendedPoint acc = new ExtendedPoint();
    ExtendedPoint.Scratch scratch = new ExtendedPoint.Scratch();
    for (int i = top; i >= 0; i--) {
      if (i != top) {
        acc.twice(hasDigit(s, k, i), scratch);
      }
      for (int j = 0; j < PIECES; j++) {
        int d = s[i + j * PIECE_BITS];
        if (d != 0) {
          BASE[j].addTo(acc, d, scratch);
        }
      }
      for (int j = 0; j < PIECES; j++) {
        int d = k[i + j * PIECE_BITS];
        if (d != 0) {
          keyTables[j].addTo(acc, -d, scratch);
        }
      }
    }
    return acc;
  }

  /** {@return whether either scalar has a nonzero digit at position {@code i} of some piece} */
  private static boolean hasDigit(byte[] s, byte[] k, int i) {
    int any = 0;
    for (int j = 0; j < PIECES; j++) {
      any |= s[i + j * PIECE_BITS] | k[i + j * PIECE_BITS];
    }
    return any != 0;
  }
}
