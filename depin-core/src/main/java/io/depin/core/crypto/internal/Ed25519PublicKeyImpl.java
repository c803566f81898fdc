package io.depin.core.crypto.internal;

import io.depin.core.DecodingException;
import io.depin.core.DecodingException.Reason;
import io.depin.core.crypto.CryptoException;
import io.depin.core.crypto.CryptoException.Code;
import io.depin.core.crypto.Ed25519Variant;
import io.depin.core.crypto.KeyType;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

/** An Ed25519 public key, decoded once so that verification skips the decompression. */
public final class Ed25519PublicKeyImpl extends PublicKeyImpl {
  /** Encoded point length. */
  public static final int LENGTH = 32;

  // L = 2^252 + 27742317777372353535851937790883648493, little-endian.
  private static final byte[] ORDER_LE = {
    (byte) 0xed, (byte) 0xd3, (byte) 0xf5, 0x5c, 0x1a, 0x63, 0x12, 0x58,
    (byte) 0xd6, (byte) 0x9c, (byte) 0xf7, (byte) 0xa2, (byte) 0xde, (byte) 0xf9, (byte) 0xde, 0x14,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x10
  };

  private final byte[] encoded;
  private final Ed25519.PublicPoint point;

  private Ed25519PublicKeyImpl(byte[] encoded, Ed25519.PublicPoint point) {
    this.encoded = encoded;
    this.point = point;
  }

  static Ed25519PublicKeyImpl decode(byte[] encoded) {
    if (encoded.length != LENGTH) {
      throw new DecodingException(
          Reason.WRONG_LENGTH, "an Ed25519 public key has 32 bytes, not " + encoded.length);
    }
    if (!isCanonicalPoint(encoded, 0)) {
      throw new DecodingException(Reason.NON_CANONICAL, "Ed25519 public key has y >= p");
    }
    byte[] copy = encoded.clone();
    Ed25519.PublicPoint point = Ed25519.validatePublicKeyFullExport(copy, 0);
    if (point == null) {
      throw new DecodingException(
          Reason.INVALID_VALUE, "not an Ed25519 point of large order");
    }
    return new Ed25519PublicKeyImpl(copy, point);
  }

  static Ed25519PublicKeyImpl fromTrusted(byte[] encoded) {
    return new Ed25519PublicKeyImpl(encoded, Ed25519.validatePublicKeyFullExport(encoded, 0));
  }

  @Override
  public KeyType keyType() {
    return KeyType.ED25519;
  }

  @Override
  public byte[] raw() {
    return encoded.clone();
  }

  @Override
  public byte[] spki() {
    return KeyEncoding.ed25519Spki(encoded);
  }

  @Override
  public void verify(byte[] message, byte[] signature, boolean requireLowS) throws CryptoException {
    verify(message, signature, Ed25519Variant.pure());
  }

  /**
   * Verifies a signature strictly under one RFC 8032 scheme: {@code R} canonical, {@code S < L},
   * {@code R} a curve point, and the cofactorless equation {@code [S]B = R + [k]A}.
   *
   * <p>BouncyCastle checks {@code [v]([S]B - R - [k]A) = 0} for a short {@code v} it derives from
   * {@code k}, which also holds when that difference is a small-order point whose order divides
   * {@code v}. As {@code A} (checked when decoded) and {@code [S]B} lie in the prime-order
   * subgroup, the difference can only be such a point when {@code R} has a small-order component,
   * so a signature BouncyCastle accepts satisfies the cofactorless equation exactly when {@code R}
   * is the identity or a point of order {@code L}; the last step checks that.
   *
   * @param message the signed bytes; for Ed25519ph, the message whose SHA-512 was signed
   * @param signature {@code R || S}
   * @param variant the scheme and its context
   * @throws CryptoException if the signature is rejected
   */
  public void verify(byte[] message, byte[] signature, Ed25519Variant variant)
      throws CryptoException {
    if (signature.length != 64) {
      throw new CryptoException(Code.WRONG_LENGTH, "an Ed25519 signature has 64 bytes");
    }
    if (!isCanonicalPoint(signature, 0)) {
      throw new CryptoException(Code.NON_CANONICAL_ENCODING, "signature R has y >= p");
    }
    if (!scalarBelowOrder(signature, 32)) {
      throw new CryptoException(
          Code.SIGNATURE_MALLEABLE, "signature S is not below the group order L");
    }
    byte[] context = variant.context().toByteArray();
    boolean holds =
        switch (variant.scheme()) {
          case ED25519 -> Ed25519.verify(signature, 0, point, message, 0, message.length);
          case ED25519_CTX ->
              Ed25519.verify(signature, 0, point, context, message, 0, message.length);
          case ED25519_PH ->
              Ed25519.verifyPrehash(signature, 0, point, context, prehash(message), 0);
        };
    if (!holds) {
      throw new CryptoException(Code.INVALID_SIGNATURE, "signature does not verify");
    }
    if (!isIdentity(signature) && !Ed25519.validatePublicKeyFull(signature, 0)) {
      throw new CryptoException(
          Code.INVALID_SIGNATURE,
          "signature R has a small-order component: only a cofactored equation holds");
    }
  }

  /** {@return SHA-512 of the message: the input Ed25519ph signs (RFC 8032 §5.1, PH)} */
  static byte[] prehash(byte[] message) {
    Digest sha512 = Ed25519.createPrehash();
    sha512.update(message, 0, message.length);
    byte[] out = new byte[Ed25519.PREHASH_SIZE];
    sha512.doFinal(out, 0);
    return out;
  }

  /** {@return whether the first 32 bytes are the encoding of the identity, (0, 1)} */
  private static boolean isIdentity(byte[] b) {
    if (b[0] != 1) {
      return false;
    }
    for (int i = 1; i < 32; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return true;
  }

  /** {@return whether the 255-bit y in {@code b[off..off+32]} is below p = 2^255 - 19} */
  static boolean isCanonicalPoint(byte[] b, int off) {
    if ((b[off + 31] & 0x7f) != 0x7f) {
      return true;
    }
    for (int i = 30; i >= 1; i--) {
      if (b[off + i] != (byte) 0xff) {
        return true;
      }
    }
    return (b[off] & 0xff) < 0xed;
  }

  private static boolean scalarBelowOrder(byte[] b, int off) {
    for (int i = 31; i >= 0; i--) {
      int x = b[off + i] & 0xff;
      int l = ORDER_LE[i] & 0xff;
      if (x != l) {
        return x < l;
      }
    }
    return false;
  }
}
