package io.depin.core.crypto;

import io.depin.core.DecodingException;
import io.depin.core.DecodingException.Reason;

/**
 * The signature algorithms the SDK supports, each named by its curve.
 *
 * {@snippet :
 * SigningKey key = SigningKey.generate(KeyType.ED25519, new SecureRandom());
 * key.keyType();                 // ED25519
 * KeyType.SECP256K1.isEcdsa();   // true
 * KeyType.fromCode(KeyType.P256.code());   // P256
 * }
 *
 * @since 0.1.0
 */
public enum KeyType {
  /**
   * Ed25519 (RFC 8032): 32-byte keys, 64-byte signatures; pure Ed25519 by default, Ed25519ctx and
   * Ed25519ph through {@link Ed25519Variant}. Code 1.
   */
  ED25519(1),
  /** ECDSA on secp256k1 (SEC 2) with SHA-256, or over a caller's 32-byte digest (Ethereum). Code 2. */
  SECP256K1(2),
  /** ECDSA on NIST P-256 (secp256r1) with SHA-256. Code 3. */
  P256(3);

  private final int code;

  KeyType(int code) {
    this.code = code;
  }

  /**
   * {@return the one-byte code of this key type in the SDK's binary signed inputs and ids: 1
   * Ed25519, 2 secp256k1, 3 P-256} The codes never change.
   */
  public int code() {
    return code;
  }

  /**
   * Returns the key type with a code.
   *
   * @param code 1, 2 or 3
   * @return the key type
   * @throws DecodingException with {@link Reason#UNSUPPORTED_FORMAT} for any other code
   */
  public static KeyType fromCode(int code) {
    for (KeyType type : values()) {
      if (type.code == code) {
        return type;
      }
    }
    throw new DecodingException(Reason.UNSUPPORTED_FORMAT, "unknown key type code " + code);
  }

  /** {@return whether this is an ECDSA key type (SECP256K1 or P256)} */
  public boolean isEcdsa() {
    return this != ED25519;
  }
}
