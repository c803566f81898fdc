package io.depin.core.crypto.internal;

import io.depin.core.DecodingException;
import io.depin.core.DecodingException.Reason;
import io.depin.core.crypto.CryptoException;
import io.depin.core.crypto.CryptoException.Code;
import io.depin.core.crypto.KeyType;
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
    if (signature.length != 64) {
      throw new CryptoException(Code.WRONG_LENGTH, "an Ed25519 signature has 64 bytes");
    }
    if (!isCanonicalPoint(signature, 0)) {
      throw new CryptoException(Code.NON_CANONICAL_ENCODING, "signature R has y >= p");
    }
    if (!scalarBelowOrder(signature, 32)) {
      throw new CryptoException(Code.SIGNATURE_MALLEABLE, "signature S is not below the group order L");
    }
    if (!Ed25519.verify(signature, 0, point, message, 0, message.length)) {
      throw new CryptoException(Code.INVALID_SIGNATURE, "signature does not verify");
    }
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
