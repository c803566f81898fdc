package io.depin.devices.cert.internal;

import io.depin.core.DecodingException;
import io.depin.core.crypto.CryptoException;
import io.depin.core.crypto.CryptoException.Code;
import io.depin.core.crypto.EcdsaPolicy;
import io.depin.core.crypto.PublicKey;
import io.depin.core.crypto.Signature;
import io.depin.core.crypto.Signer;

/**
 * Signing and verifying the signed part of certificates and requests through core's {@link Signer}
 * and {@link PublicKey}: ECDSA signatures travel as DER {@code Ecdsa-Sig-Value}, Ed25519 ones as
 * the 64 raw bytes.
 */
public final class X509Signatures {
  private X509Signatures() {}

  /**
   * Signs {@code tbs} and returns the content of the signature BIT STRING.
   *
   * @param signer the key that signs, wherever it lives
   * @param tbs the DER of the signed part
   * @return the encoded signature
   * @throws CryptoException if the signer fails or returns a signature of another key type
   */
  public static byte[] sign(Signer signer, byte[] tbs) throws CryptoException {
    Signature signature = signer.sign(tbs);
    if (signature.keyType() != signer.keyType()) {
      throw new CryptoException(
          Code.KEY_TYPE_MISMATCH, "the signer returned a " + signature.keyType() + " signature");
    }
    return signature.keyType().isEcdsa() ? signature.toDer() : signature.toByteArray();
  }

  /**
   * Verifies an encoded signature over {@code tbs}. ECDSA accepts high {@code s}, as X.509 does;
   * its DER must be canonical.
   *
   * @param key the issuer's key
   * @param tbs the DER of the signed part
   * @param encoded the content of the signature BIT STRING
   * @throws CryptoException if the signature is malformed or does not verify
   */
  public static void verify(PublicKey key, byte[] tbs, byte[] encoded) throws CryptoException {
    Signature signature;
    try {
      signature =
          key.keyType().isEcdsa()
              ? Signature.fromDer(key.keyType(), encoded)
              : Signature.of(key.keyType(), encoded);
    } catch (DecodingException e) {
      throw new CryptoException(Code.INVALID_SIGNATURE, "the signature is not well formed");
    }
    key.verify(tbs, signature, EcdsaPolicy.ACCEPT_HIGH_S);
  }
}
