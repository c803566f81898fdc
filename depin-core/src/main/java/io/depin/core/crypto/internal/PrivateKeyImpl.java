package io.depin.core.crypto.internal;

import io.depin.core.DecodingException;
import io.depin.core.DecodingException.Reason;
import io.depin.core.crypto.KeyType;
import java.security.SecureRandom;
import java.util.Arrays;

/** A private key: the engine behind {@link io.depin.core.crypto.SigningKey}. */
public abstract sealed class PrivateKeyImpl permits Ed25519PrivateKeyImpl, EcPrivateKeyImpl {
  PrivateKeyImpl() {}

  /** {@return the matching public key} */
  public abstract PublicKeyImpl publicKey();

  /**
   * Signs a message (Ed25519; or ECDSA over SHA-256 of the message).
   *
   * @param message the bytes to sign
   * @return the 64-byte signature
   */
  public abstract byte[] sign(byte[] message);

  /** {@return a copy of the raw secret: the 32-byte seed or scalar} */
  public abstract byte[] exportRaw();

  /** {@return the PKCS#8 DER encoding} */
  public abstract byte[] exportPkcs8();

  /**
   * Generates a key.
   *
   * @param type the key type
   * @param random the source of randomness
   * @return a new key
   */
  public static PrivateKeyImpl generate(KeyType type, SecureRandom random) {
    if (type == KeyType.ED25519) {
      byte[] seed = new byte[Ed25519PrivateKeyImpl.LENGTH];
      random.nextBytes(seed);
      return new Ed25519PrivateKeyImpl(seed);
    }
    return EcPrivateKeyImpl.generate(EcCurve.of(type), random);
  }

  /**
   * Imports a raw secret.
   *
   * @param type the key type
   * @param secret 32 bytes: the Ed25519 seed, or the big-endian ECDSA scalar in [1, n-1]
   * @return the key
   */
  public static PrivateKeyImpl fromRaw(KeyType type, byte[] secret) {
    if (type == KeyType.ED25519) {
      if (secret.length != Ed25519PrivateKeyImpl.LENGTH) {
        throw new DecodingException(
            Reason.WRONG_LENGTH, "an Ed25519 private key has 32 bytes, not " + secret.length);
      }
      return new Ed25519PrivateKeyImpl(secret.clone());
    }
    EcCurve curve = EcCurve.of(type);
    return new EcPrivateKeyImpl(curve, curve.decodePrivateScalar(secret));
  }

  /**
   * Imports a PKCS#8 v1 DER key; an embedded public key must match the private key.
   *
   * @param der the encoding
   * @return the key
   */
  public static PrivateKeyImpl fromPkcs8(byte[] der) {
    KeyEncoding.Pkcs8 parsed = KeyEncoding.parsePkcs8(der);
    try {
      PrivateKeyImpl key = fromRaw(parsed.type(), parsed.secret());
      byte[] embedded = parsed.publicKeyOrEmpty();
      if (embedded.length > 0) {
        PublicKeyImpl declared = PublicKeyImpl.fromRaw(parsed.type(), embedded);
        if (!Arrays.equals(declared.raw(), key.publicKey().raw())) {
          throw new DecodingException(
              Reason.INVALID_VALUE, "the public key in the PKCS#8 data does not match the private key");
        }
      }
      return key;
    } finally {
      Arrays.fill(parsed.secret(), (byte) 0);
    }
  }
}
