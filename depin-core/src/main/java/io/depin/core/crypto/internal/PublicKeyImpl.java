package io.depin.core.crypto.internal;

import io.depin.core.DecodingException;
import io.depin.core.DecodingException.Reason;
import io.depin.core.crypto.CryptoException;
import io.depin.core.crypto.KeyType;

/** A decoded, validated public key: the engine behind {@link io.depin.core.crypto.PublicKey}. */
public abstract sealed class PublicKeyImpl permits Ed25519PublicKeyImpl, EcPublicKeyImpl {
  PublicKeyImpl() {}

  /** {@return the key type} */
  public abstract KeyType keyType();

  /** {@return the canonical raw encoding: 32 bytes for Ed25519, SEC1 compressed (33) for ECDSA} */
  public abstract byte[] raw();

  /** {@return the DER SubjectPublicKeyInfo} */
  public abstract byte[] spki();

  /**
   * Verifies a signature over a message.
   *
   * @param message the signed bytes
   * @param signature the signature bytes (64 for every type)
   * @param requireLowS for ECDSA, whether {@code s <= n/2} is required
   * @throws CryptoException if the signature is rejected
   */
  public abstract void verify(byte[] message, byte[] signature, boolean requireLowS)
      throws CryptoException;

  /**
   * Decodes a raw public key.
   *
   * @param type the key type
   * @param encoded 32 bytes for Ed25519; a SEC1 point (33 or 65 bytes) for ECDSA
   * @return the key
   */
  public static PublicKeyImpl fromRaw(KeyType type, byte[] encoded) {
    return type == KeyType.ED25519
        ? Ed25519PublicKeyImpl.decode(encoded)
        : EcPublicKeyImpl.decode(EcCurve.of(type), encoded);
  }

  /**
   * Decodes a DER SubjectPublicKeyInfo.
   *
   * @param der the encoding
   * @return the key
   */
  public static PublicKeyImpl fromSpki(byte[] der) {
    if (der.length > KeyEncoding.MAX_DER_BYTES) {
      throw new DecodingException(Reason.TOO_LONG, "SubjectPublicKeyInfo is too long");
    }
    KeyEncoding.Spki spki = KeyEncoding.parseSpki(der);
    return fromRaw(spki.type(), spki.key());
  }
}
