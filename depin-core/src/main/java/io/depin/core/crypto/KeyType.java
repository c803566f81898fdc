package io.depin.core.crypto;

/**
 * The signature algorithms the SDK supports, each named by its curve.
 *
 * {@snippet :
 * SigningKey key = SigningKey.generate(KeyType.ED25519, new SecureRandom());
 * key.keyType();                 // ED25519
 * KeyType.SECP256K1.isEcdsa();   // true
 * }
 *
 * @since 0.1.0
 */
public enum KeyType {
  /** Ed25519 (RFC 8032, pure): 32-byte keys, 64-byte signatures. */
  ED25519,
  /** ECDSA on secp256k1 (SEC 2) with SHA-256, or over a caller's 32-byte digest (Ethereum). */
  SECP256K1,
  /** ECDSA on NIST P-256 (secp256r1) with SHA-256. */
  P256;

  /** {@return whether this is an ECDSA key type (SECP256K1 or P256)} */
  public boolean isEcdsa() {
    return this != ED25519;
  }
}
