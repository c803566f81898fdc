package io.depin.core.crypto.internal;

import io.depin.core.DecodingException;
import io.depin.core.DecodingException.Reason;
import io.depin.core.crypto.CryptoException;
import io.depin.core.crypto.CryptoException.Code;
import io.depin.core.crypto.Ed25519Variant;
import io.depin.core.crypto.KeyType;
import io.depin.core.crypto.internal.ed25519.VerificationKey;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

/**
 * An Ed25519 public key, decoded, checked and tabulated once ({@link VerificationKey}) so that
 * verification skips the decompression and the per-signature table building.
 */
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
  private final VerificationKey key;

  private Ed25519PublicKeyImpl(byte[] encoded, VerificationKey key) {
    this.encoded = encoded;
    this.key = key;
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
    VerificationKey key = VerificationKey.decode(copy);
    if (key == null) {
      throw new DecodingException(Reason.INVALID_VALUE, "not an Ed25519 point of prime order");
    }
    return new Ed25519PublicKeyImpl(copy, key);
  }

  static Ed25519PublicKeyImpl fromTrusted(byte[] encoded) {
    return new Ed25519PublicKeyImpl(encoded, VerificationKey.fromTrusted(encoded));
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
   * and the cofactorless equation {@code [S]B = R + [k]A}, checked exactly by recomputing
   * {@code [S]B - [k]A} and comparing its encoding with {@code R} ({@link VerificationKey}), so an
   * {@code R} that is not a curve point, or that has a small-order component, never verifies.
   * Variable-time: every input is public.
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
          case ED25519 -> key.verify(signature, null, message);
          case ED25519_CTX -> key.verify(signature, VerificationKey.dom2(false, context), message);
          case ED25519_PH ->
              key.verify(signature, VerificationKey.dom2(true, context), prehash(message));
        };
    if (!holds) {
      throw new CryptoException(Code.INVALID_SIGNATURE, "signature does not verify");
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
