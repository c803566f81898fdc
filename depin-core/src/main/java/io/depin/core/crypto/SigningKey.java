package io.depin.core.crypto;

import io.depin.core.DecodingException;
import io.depin.core.bytes.Hash32;
import io.depin.core.crypto.internal.EcPrivateKeyImpl;
import io.depin.core.crypto.internal.Ecdsa;
import io.depin.core.crypto.internal.Ed25519PrivateKeyImpl;
import io.depin.core.bytes.Pem;
import io.depin.core.crypto.internal.PrivateKeyImpl;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;

/**
 * A private key held in memory, with its public key.
 *
 * <p>The public key is derived from the secret, so the pair always matches. Secret material leaves
 * only through the {@code export…(SecretAccess)} methods, each returning a fresh copy; {@link
 * #toString()} never shows it and there is no {@code equals} on the secret (identity only).
 *
 * <p>Signing: Ed25519 per RFC 8032 (deterministic; pure Ed25519, or Ed25519ctx and Ed25519ph
 * through {@link #sign(byte[], Ed25519Variant)}). ECDSA hashes the message with SHA-256 and uses
 * RFC 6979 deterministic nonces (HMAC-SHA-256), so the same key and message always give the same
 * signature; secp256k1 signatures are normalised to low {@code s} (EIP-2 / BIP-62), P-256
 * signatures are not.
 *
 * {@snippet :
 * SigningKey key = SigningKey.generate(KeyType.SECP256K1, SecureRandom.getInstanceStrong());
 * Signature sig = key.sign(message);
 * key.publicKey().verify(message, sig);
 * String pem = key.exportPkcs8Pem(SecretAccess.EXPORT);   // store it safely
 * }
 *
 * <p>Instances are thread-safe.
 *
 * @since 0.1.0
 */
public final class SigningKey implements Signer {
  private final PrivateKeyImpl impl;
  private final PublicKey publicKey;

  private SigningKey(PrivateKeyImpl impl) {
    this.impl = impl;
    this.publicKey = PublicKey.wrap(impl.publicKey());
  }

  /**
   * Generates a key from {@code random}.
   *
   * @param keyType the key type
   * @param random the source of randomness (inject a seeded one only in tests)
   * @return a new key
   */
  public static SigningKey generate(KeyType keyType, SecureRandom random) {
    Objects.requireNonNull(keyType, "keyType");
    Objects.requireNonNull(random, "random");
    return new SigningKey(PrivateKeyImpl.generate(keyType, random));
  }

  /**
   * Imports a raw secret: the 32-byte Ed25519 seed, or the 32-byte big-endian ECDSA scalar.
   *
   * @param keyType the key type
   * @param secret 32 bytes; an ECDSA scalar must lie in {@code [1, n-1]}; copied
   * @return the key
   * @throws DecodingException if the length or value is wrong (the message shows no secret)
   */
  public static SigningKey fromRaw(KeyType keyType, byte[] secret) {
    Objects.requireNonNull(keyType, "keyType");
    return new SigningKey(PrivateKeyImpl.fromRaw(keyType, secret));
  }

  /**
   * Imports a PKCS#8 v1 DER private key (RFC 5208; RFC 8410 for Ed25519; RFC 5915 ECPrivateKey
   * with a named curve for ECDSA). Optional ECPrivateKey parameters must name the same curve, and
   * an optional embedded public key must match the private key.
   *
   * @param der the encoding, at most 512 bytes
   * @return the key
   * @throws DecodingException if the input is too long, malformed, of another algorithm or holds an
   *     invalid key
   */
  public static SigningKey fromPkcs8Der(byte[] der) {
    return new SigningKey(PrivateKeyImpl.fromPkcs8(der));
  }

  /**
   * Imports a PEM {@code PRIVATE KEY} block holding PKCS#8 v1.
   *
   * @param pem the text, at most 16 KiB
   * @return the key
   * @throws DecodingException if the armor or the key is malformed
   */
  public static SigningKey fromPkcs8Pem(CharSequence pem) {
    byte[] der = Pem.decode(pem, "PRIVATE KEY");
    try {
      return fromPkcs8Der(der);
    } finally {
      Arrays.fill(der, (byte) 0);
    }
  }

  @Override
  public KeyType keyType() {
    return publicKey.keyType();
  }

  @Override
  public PublicKey publicKey() {
    return publicKey;
  }

  /**
   * Signs a message; see the class description for the algorithms.
   *
   * @param message the bytes to sign
   * @return the signature
   */
  @Override
  public Signature sign(byte[] message) {
    return Signature.adopt(keyType(), impl.sign(message));
  }

  /**
   * Signs a message with an RFC 8032 Ed25519 variant (deterministic, like every Ed25519
   * signature). {@link Ed25519Variant#pure()} gives the same signature as {@link #sign(byte[])}.
   *
   * @param message the bytes to sign; for Ed25519ph, the message whose SHA-512 is signed
   * @param variant the scheme and its context
   * @return the signature
   * @throws IllegalStateException if this is not an Ed25519 key
   */
  @Override
  public Signature sign(byte[] message, Ed25519Variant variant) {
    Objects.requireNonNull(variant, "variant");
    if (!(impl instanceof Ed25519PrivateKeyImpl ed)) {
      throw new IllegalStateException("a " + keyType() + " key does not sign Ed25519 variants");
    }
    return Signature.adopt(KeyType.ED25519, ed.sign(message, variant));
  }

  /**
   * Signs a 32-byte digest with secp256k1 (RFC 6979 nonces, low {@code s}), returning the
   * recovery id too, as Ethereum needs.
   *
   * @param digest the digest, for example Keccak-256 of a transaction or an EIP-191 message
   * @return the signature and its recovery id
   * @throws IllegalStateException if this is not a secp256k1 key
   */
  public RecoverableSignature signDigest(Hash32 digest) {
    if (!(impl instanceof EcPrivateKeyImpl ec) || keyType() != KeyType.SECP256K1) {
      throw new IllegalStateException("only secp256k1 keys sign recoverable digests");
    }
    Ecdsa.Signed signed = ec.signDigest(digest.toByteArray(), true);
    return RecoverableSignature.of(
        Signature.adopt(KeyType.SECP256K1, signed.rs()), signed.recoveryId());
  }

  /**
   * Exports the raw secret: the 32-byte Ed25519 seed or the 32-byte big-endian ECDSA scalar.
   *
   * @param access the capability token {@link SecretAccess#EXPORT}
   * @return a fresh copy; wipe it when done
   */
  public byte[] exportRaw(SecretAccess access) {
    Objects.requireNonNull(access, "access");
    return impl.exportRaw();
  }

  /**
   * Exports PKCS#8 v1 DER (ECDSA keys include the public key in the ECPrivateKey).
   *
   * @param access the capability token {@link SecretAccess#EXPORT}
   * @return a fresh copy; wipe it when done
   */
  public byte[] exportPkcs8Der(SecretAccess access) {
    Objects.requireNonNull(access, "access");
    return impl.exportPkcs8();
  }

  /**
   * Exports PKCS#8 v1 as a PEM {@code PRIVATE KEY} block.
   *
   * @param access the capability token {@link SecretAccess#EXPORT}
   * @return the PEM text
   */
  public String exportPkcs8Pem(SecretAccess access) {
    byte[] der = exportPkcs8Der(access);
    try {
      return Pem.encode("PRIVATE KEY", der);
    } finally {
      Arrays.fill(der, (byte) 0);
    }
  }

  /** {@return the key type and public key; never the secret} */
  @Override
  public String toString() {
    return "SigningKey[" + keyType() + ", public=" + publicKey + ", secret=redacted]";
  }
}
