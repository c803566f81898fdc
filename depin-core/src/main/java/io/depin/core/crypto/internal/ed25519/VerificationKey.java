package io.depin.core.crypto.internal.ed25519;

import java.nio.charset.StandardCharsets;
import org.bouncycastle.crypto.digests.SHA512Digest;
import org.jspecify.annotations.Nullable;

/**
 * An Ed25519 public key {@code A} prepared for exactly cofactorless verification: decoded, checked
 * to have prime order, with tables of odd multiples of {@code A} and of {@code [2^128]A} built once
 * per key.
 *
 * <p>{@link #verify} recomputes {@code R' = [S]B - [k]A} and accepts iff the RFC 8032 encoding of
 * {@code R'} equals the signature's {@code R} bytes, so it accepts exactly when {@code R} is the
 * canonical encoding of a point with {@code [S]B = R + [k]A}, with no cofactor: a small-order
 * component of {@code R} changes {@code R} but not {@code R'}. Each 253-bit scalar is split at bit
 * 128 over a pair of tables ({@code B}, {@code [2^128]B} for {@code S}, fixed for the class;
 * {@code A}, {@code [2^128]A} for {@code k}, per key), so one interleaved (Straus) pass of 128
 * doublings evaluates both products. Comparing {@code y} first costs one multiplication and
 * rejects most wrong signatures without inverting {@code Z}.
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
  /** Window width for the fixed base tables (64 affine entries each). */
  static final int BASE_WIDTH = 8;

  /** Window width for the per-key tables (8 cached entries each). */
  static final int KEY_WIDTH = 5;

  private static final byte[] DOM2_PREFIX =
      "SigEd25519 no Ed25519 collisions".getBytes(StandardCharsets.US_ASCII);

  private static final AffineMultiples BASE_LOW;
  private static final AffineMultiples BASE_HIGH;

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
    BASE_LOW = new AffineMultiples(base, BASE_WIDTH);
    BASE_HIGH = new AffineMultiples(shifted(base), BASE_WIDTH);
  }

  private static final byte[] NO_DIGITS = new byte[Wnaf.LENGTH];
  private static final byte[] ORDER_DIGITS =
      Wnaf.recode(Scalars.words(Scalars.L), KEY_WIDTH);

  private final byte[] encoded;
  private final CachedMultiples low;
  private final CachedMultiples high;

  private VerificationKey(byte[] encoded, ExtendedPoint a) {
    this.encoded = encoded;
    this.low = new CachedMultiples(a, KEY_WIDTH);
    this.high = new CachedMultiples(shifted(a), KEY_WIDTH);
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
   * #BASE_WIDTH}) and {@code k} (width {@link #KEY_WIDTH}): digit {@code i < 128} of a scalar
   * multiplies the low table at position {@code i}, digit {@code i + 128} the high one.
   */
  ExtendedPoint combination(byte[] s, byte[] k) {
    int top = 127;
    while (top >= 0 && (s[top] | s[top + 128] | k[top] | k[top + 128]) == 0) {
      top--;
    }
    ExtendedPoint acc = new ExtendedPoint();
    ExtendedPoint.Scratch scratch = new ExtendedPoint.Scratch();
    for (int i = top; i >= 0; i--) {
      int sLow = s[i];
      int sHigh = s[i + 128];
      int kLow = k[i];
      int kHigh = k[i + 128];
      if (i != top) {
        acc.twice((sLow | sHigh | kLow | kHigh) != 0, scratch);
      }
      if (sLow != 0) {
        BASE_LOW.addTo(acc, sLow, scratch);
      }
      if (sHigh != 0) {
        BASE_HIGH.addTo(acc, sHigh, scratch);
      }
      if (kLow != 0) {
        low.addTo(acc, -kLow, scratch);
      }
      if (kHigh != 0) {
        high.addTo(acc, -kHigh, scratch);
      }
    }
    return acc;
  }

  /** {@return {@code [2^128]p}} */
  private static ExtendedPoint shifted(ExtendedPoint p) {
    ExtendedPoint r = new ExtendedPoint();
    r.set(p);
    ExtendedPoint.Scratch scratch = new ExtendedPoint.Scratch();
    for (int i = 0; i < 128; i++) {
      r.twice(i == 127, scratch);
    }
    return r;
  }
}
