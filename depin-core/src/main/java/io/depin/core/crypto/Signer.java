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
 * {@link PublicKey#verify(byte[], Signature)} accepts the result, and are thread-safe. An Ed25519
 * signer that can also sign Ed25519ctx or Ed25519ph overrides {@link #sign(byte[],
 * Ed25519Variant)}; one that cannot keeps the default, which refuses every variant but pure
 * Ed25519 with {@link CryptoException.Code#UNSUPPORTED_VARIANT} rather than signing in another
 * domain.
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

  /**
   * Signs a message with an RFC 8032 Ed25519 variant, as {@link SigningKey#sign(byte[],
   * Ed25519Variant)} does, so that {@link PublicKey#verify(byte[], Signature, Ed25519Variant)}
   * with the same variant accepts the result.
   *
   * <p>The default signs {@link Ed25519Variant#pure()} with {@link #sign(byte[])} and refuses
   * every other variant; signers that support Ed25519ctx or Ed25519ph override it.
   *
   * @param message the bytes to sign; for Ed25519ph, the message whose SHA-512 is signed
   * @param variant the scheme and its context
   * @return the signature
   * @throws CryptoException with {@link CryptoException.Code#UNSUPPORTED_VARIANT} if this signer
   *     cannot sign with {@code variant}, or {@link CryptoException.Code#SIGNER_FAILED} if the
   *     key's holder refuses or fails to sign
   * @throws IllegalStateException if this is not an Ed25519 signer
   */
  default Signature sign(byte[] message, Ed25519Variant variant) throws CryptoException {
    if (keyType() != KeyType.ED25519) {
      throw new IllegalStateException("a " + keyType() + " key does not sign Ed25519 variants");
    }
    if (variant.scheme() != Ed25519Variant.Scheme.ED25519) {
      throw new CryptoException(
          CryptoException.Code.UNSUPPORTED_VARIANT, "this signer cannot sign " + variant);
    }
    return sign(message);
  }
}
