package io.depin.core.crypto.internal;

import io.depin.core.crypto.CryptoException;
import io.depin.core.crypto.KeyType;
import io.depin.core.hash.HashAlgorithm;
import org.bouncycastle.math.ec.ECPoint;

/** An ECDSA public key on secp256k1 or P-256, a validated affine point. */
public final class EcPublicKeyImpl extends PublicKeyImpl {
  private final EcCurve curve;
  private final ECPoint point;
  private final byte[] compressed;

  private EcPublicKeyImpl(EcCurve curve, ECPoint point) {
    this.curve = curve;
    this.point = point;
    this.compressed = point.getEncoded(true);
  }

  static EcPublicKeyImpl decode(EcCurve curve, byte[] encoded) {
    return new EcPublicKeyImpl(curve, curve.decodePoint(encoded));
  }

  static EcPublicKeyImpl fromTrustedPoint(EcCurve curve, ECPoint normalized) {
    return new EcPublicKeyImpl(curve, normalized);
  }

  /**
   * Recovers the secp256k1 key that made {@code rs} over {@code digest}.
   *
   * @param digest the 32-byte digest that was signed
   * @param rs the signature as r||s
   * @param recoveryId 0 to 3
   * @param requireLowS whether {@code s <= n/2} is required
   * @return the signer's public key
   * @throws CryptoException if no key can be recovered
   */
  public static EcPublicKeyImpl recover(byte[] digest, byte[] rs, int recoveryId, boolean requireLowS)
      throws CryptoException {
    EcCurve c = EcCurve.SECP256K1;
    return new EcPublicKeyImpl(c, Ecdsa.recover(digest, rs, recoveryId, requireLowS));
  }

  @Override
  public KeyType keyType() {
    return curve.keyType();
  }

  @Override
  public byte[] raw() {
    return compressed.clone();
  }

  /** {@return the SEC1 uncompressed encoding (65 bytes, prefix 0x04)} */
  public byte[] uncompressed() {
    return point.getEncoded(false);
  }

  @Override
  public byte[] spki() {
    return KeyEncoding.ecSpki(curve, uncompressed());
  }

  @Override
  public void verify(byte[] message, byte[] signature, boolean requireLowS) throws CryptoException {
    verifyDigest(HashAlgorithm.SHA_256.hash(message), signature, requireLowS);
  }

  /**
   * Verifies a signature over a 32-byte digest.
   *
   * @param digest the digest
   * @param signature r||s, 64 bytes
   * @param requireLowS whether {@code s <= n/2} is required
   * @throws CryptoException if the signature is rejected
   */
  public void verifyDigest(byte[] digest, byte[] signature, boolean requireLowS)
      throws CryptoException {
    Ecdsa.verify(curve, point, digest, signature, requireLowS);
  }
}
