package io.depin.core.crypto;

/**
 * Anything that signs with a private key: a key in memory ({@link SigningKey}), or one held in an
 * HSM, a secure element or a platform keystore. Callers sign through this interface and never see
 * where the key lives.
 *
 * {@snippet :
 * Signer signer = SigningKey.generate(KeyType.P256, new SecureRandom());
 * Signature sig = signer.sign(payload);
 * signer.publicKey().verify(payload, sig);
 * }
 *
 * <p>Implementations sign as {@link SigningKey#sign(byte[])} does for their key type, so that
 * {@link PublicKey#verify(byte[], Signature)} accepts the result, and are thread-safe.
 *
 * @since 0.1.0
 */
public interface Signer {
  /** {@return the type of the key that signs} */
  KeyType keyType();

  /** {@return the public key that verifies this signer's signatures} */
  PublicKey publicKey();

  /**
   * Signs a message: Ed25519 (RFC 8032), or ECDSA over SHA-256 of the message.
   *
   * @param message the bytes to sign
   * @return the signature
   * @throws CryptoException with {@link CryptoException.Code#SIGNER_FAILED} if the key's holder
   *     refuses or fails to sign
   */
  Signature sign(byte[] message) throws CryptoException;
}
