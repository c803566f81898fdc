package io.depin.core.crypto.internal;

import io.depin.core.hash.HashAlgorithm;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Arrays;

/** An ECDSA private key: a scalar in [1, n-1] and its public point. */
public final class EcPrivateKeyImpl extends PrivateKeyImpl {
  private final EcCurve curve;
  private final BigInteger scalar;
  private final EcPublicKeyImpl publicKey;

  EcPrivateKeyImpl(EcCurve curve, BigInteger scalar) {
    this.curve = curve;
    this.scalar = scalar;
    this.publicKey = EcPublicKeyImpl.fromTrustedPoint(curve, curve.multiplyBase(scalar));
  }

  static EcPrivateKeyImpl generate(EcCurve curve, SecureRandom random) {
    byte[] buf = new byte[EcCurve.FIELD_BYTES];
    try {
      while (true) {
        random.nextBytes(buf);
        BigInteger d = new BigInteger(1, buf);
        if (d.signum() > 0 && d.compareTo(curve.order()) < 0) {
          return new EcPrivateKeyImpl(curve, d);
        }
      }
    } finally {
      Arrays.fill(buf, (byte) 0);
    }
  }

  @Override
  public EcPublicKeyImpl publicKey() {
    return publicKey;
  }

  @Override
  public byte[] sign(byte[] message) {
    return signDigest(HashAlgorithm.SHA_256.hash(message), curve == EcCurve.SECP256K1).rs();
  }

  /**
   * Signs a 32-byte digest deterministically (RFC 6979, HMAC-SHA-256).
   *
   * @param digest the digest to sign
   * @param lowS whether to normalise {@code s} to the lower half
   * @return r||s and the recovery id
   */
  public Ecdsa.Signed signDigest(byte[] digest, boolean lowS) {
    return Ecdsa.sign(curve, scalar, digest, lowS);
  }

  @Override
  public byte[] exportRaw() {
    return EcCurve.toFixed(scalar);
  }

  @Override
  public byte[] exportPkcs8() {
    byte[] raw = exportRaw();
    try {
      return KeyEncoding.ecPkcs8(curve, raw, publicKey.uncompressed());
    } finally {
      Arrays.fill(raw, (byte) 0);
    }
  }
}
