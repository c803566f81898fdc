package io.depin.core.crypto;

import io.depin.core.DecodingException;
import io.depin.core.bytes.Hash32;
import io.depin.core.bytes.Hex;
import io.depin.core.crypto.CryptoException.Code;
import io.depin.core.crypto.internal.EcPublicKeyImpl;
import io.depin.core.crypto.internal.Ed25519PublicKeyImpl;
import io.depin.core.bytes.Pem;
import io.depin.core.crypto.internal.PublicKeyImpl;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An immutable, validated public key of one of the {@link KeyType}s.
 *
 * <p>Every factory validates: an Ed25519 key must be a canonical encoding ({@code y < p}) of a
 * point of prime order {@code L} (neither of small order nor with a small-order component); an
 * ECDSA key must be a point on its curve other than infinity.
 * Two keys are equal when they have the same type and the same point, whatever encoding they were
 * read from.
 *
 * <p>Encodings: raw (Ed25519 32 bytes; ECDSA SEC1 compressed 33 bytes), SEC1 uncompressed (65
 * bytes), and SubjectPublicKeyInfo in DER or PEM ({@code PUBLIC KEY}).
 *
 * {@snippet :
 * PublicKey key = PublicKey.fromSpkiPem(pemText);
 * try {
 *   key.verify(message, signature);
 * } catch (CryptoException e) {
 *   reject(e.code());
 * }
 * }
 *
 * <p>Instances are thread-safe.
 *
 * @since 0.1.0
 */
public final class PublicKey {
  private final PublicKeyImpl impl;
  private final byte[] raw;

  private PublicKey(PublicKeyImpl impl) {
    this.impl = impl;
    this.raw = impl.raw();
  }

  static PublicKey wrap(PublicKeyImpl impl) {
    return new PublicKey(impl);
  }

  /**
   * Decodes a raw public key.
   *
   * @param keyType the key type
   * @param encoded Ed25519: the 32-byte RFC 8032 encoding; ECDSA: a SEC1 point, compressed (33
   *     bytes) or uncompressed (65 bytes)
   * @return the key
   * @throws DecodingException if the length, prefix or encoding is wrong or the point is invalid
   */
  public static PublicKey fromRaw(KeyType keyType, byte[] encoded) {
    Objects.requireNonNull(keyType, "keyType");
    return new PublicKey(PublicKeyImpl.fromRaw(keyType, encoded));
  }

  /**
   * Decodes a DER SubjectPublicKeyInfo (RFC 5480 for ECDSA with a named curve, RFC 8410 for
   * Ed25519); the key type comes from the algorithm identifier.
   *
   * @param der the encoding, at most 512 bytes
   * @return the key
   * @throws DecodingException if the input is too long, not canonical DER, names another
   *     algorithm, or holds an invalid key
   */
  public static PublicKey fromSpkiDer(byte[] der) {
    return new PublicKey(PublicKeyImpl.fromSpki(der));
  }

  /**
   * Decodes a PEM {@code PUBLIC KEY} block holding a SubjectPublicKeyInfo.
   *
   * @param pem the text, at most 16 KiB
   * @return the key
   * @throws DecodingException if the armor or the key is malformed
   */
  public static PublicKey fromSpkiPem(CharSequence pem) {
    return fromSpkiDer(Pem.decode(pem, "PUBLIC KEY"));
  }

  /** {@return the key type} */
  public KeyType keyType() {
    return impl.keyType();
  }

  /** {@return the raw encoding: 32 bytes for Ed25519, SEC1 compressed (33 bytes) for ECDSA} */
  public byte[] toRaw() {
    return raw.clone();
  }

  /**
   * Returns the SEC1 uncompressed point {@code 04 || x || y} (65 bytes).
   *
   * @return the encoding
   * @throws IllegalStateException for an Ed25519 key
   */
  public byte[] toSec1Uncompressed() {
    return ec().uncompressed();
  }

  /**
   * Returns the SEC1 compressed point (33 bytes), the same as {@link #toRaw()}.
   *
   * @return the encoding
   * @throws IllegalStateException for an Ed25519 key
   */
  public byte[] toSec1Compressed() {
    return ec().raw();
  }

  /** {@return the DER SubjectPublicKeyInfo (ECDSA keys use the uncompressed point)} */
  public byte[] toSpkiDer() {
    return impl.spki();
  }

  /** {@return the SubjectPublicKeyInfo as a PEM {@code PUBLIC KEY} block} */
  public String toSpkiPem() {
    return Pem.encode("PUBLIC KEY", impl.spki());
  }

  /**
   * Verifies a signature over {@code message} with this key type's default {@link EcdsaPolicy}
   * ({@link EcdsaPolicy#STRICT_LOW_S} for secp256k1, {@link EcdsaPolicy#ACCEPT_HIGH_S} for P-256).
   *
   * @param message the signed bytes
   * @param signature the signature
   * @throws CryptoException if the signature is rejected; see {@link #verify(byte[], Signature,
   *     EcdsaPolicy)} for the rules
   */
  public void verify(byte[] message, Signature signature) throws CryptoException {
    verify(message, signature, EcdsaPolicy.defaultFor(impl.keyType()));
  }

  /**
   * Verifies a signature over {@code message}, strictly. Returns normally only if every rule
   * holds; otherwise throws with the first rule broken.
   *
   * <p>All key types:
   *
   * <ul>
   *   <li>the signature's key type equals this key's ({@link Code#KEY_TYPE_MISMATCH});
   *   <li>the signature has exactly 64 bytes (enforced by {@link Signature}).
   * </ul>
   *
   * <p>Ed25519 (RFC 8032 §5.1.7, pure Ed25519, strict; not ZIP-215):
   *
   * <ul>
   *   <li>{@code R} is a canonical encoding, {@code y < p} ({@link Code#NON_CANONICAL_ENCODING});
   *   <li>{@code S < L} ({@link Code#SIGNATURE_MALLEABLE});
   *   <li>{@code A} is canonical and of prime order {@code L}: not of small order and without a
   *       small-order component (checked when the key was decoded);
   *   <li>{@code R} decodes to a curve point (RFC 8032 §5.1.3, which also refuses {@code x = 0}
   *       with the sign bit set) and the cofactorless equation {@code [S]B = R + [k]A} holds, with
   *       {@code k = SHA-512(R || A || M) mod L} ({@link Code#INVALID_SIGNATURE}). As {@code [S]B}
   *       and {@code [k]A} lie in the prime-order subgroup, the equation cannot hold for an
   *       {@code R} with a small-order component, which a cofactored verifier may accept.
   * </ul>
   *
   * <p>The package description lists the edge cases where this rule and other Ed25519 verifiers
   * (ZIP-215, libsodium, ed25519-dalek) decide differently.
   *
   * <p>ECDSA (secp256k1, P-256) over {@code e = SHA-256(message)}:
   *
   * <ul>
   *   <li>{@code 1 <= r, s <= n - 1} ({@link Code#SCALAR_OUT_OF_RANGE});
   *   <li>under {@link EcdsaPolicy#STRICT_LOW_S}, {@code s <= n/2} (EIP-2, BIP-62; {@link
   *       Code#SIGNATURE_MALLEABLE});
   *   <li>{@code R = [e/s]G + [r/s]Q} is not infinity and {@code R.x mod n == r} ({@link
   *       Code#INVALID_SIGNATURE}). The key {@code Q} was validated as a curve point when decoded.
   * </ul>
   *
   * @param message the signed bytes
   * @param signature the signature
   * @param policy for ECDSA, whether high {@code s} is accepted; ignored for Ed25519
   * @throws CryptoException if the signature is rejected
   */
  public void verify(byte[] message, Signature signature, EcdsaPolicy policy)
      throws CryptoException {
    requireType(signature);
    impl.verify(message, signature.raw(), policy == EcdsaPolicy.STRICT_LOW_S);
  }

  /**
   * Verifies an Ed25519 signature made under an RFC 8032 variant (pure Ed25519, Ed25519ctx or
   * Ed25519ph), with the strict rules of {@link #verify(byte[], Signature, EcdsaPolicy)}; the
   * equation uses {@code k = SHA-512(dom2(F, C) || R || A || M') mod L}, where {@code F} is 0 for
   * Ed25519ctx and 1 for Ed25519ph, {@code C} is the variant's context, and {@code M'} is the
   * message, or its SHA-512 for Ed25519ph (pure Ed25519 has no {@code dom2} prefix). A signature
   * verifies only under the variant and context it was made with.
   *
   * {@snippet :
   * Ed25519Variant variant = Ed25519Variant.ph(context);
   * key.verify(message, signature, variant);   // throws CryptoException unless signed with variant
   * }
   *
   * @param message the signed bytes; for Ed25519ph, the message whose SHA-512 was signed
   * @param signature the signature
   * @param variant the scheme and context the signature was made with
   * @throws CryptoException if the signature is rejected
   * @throws IllegalStateException if this is not an Ed25519 key
   */
  public void verify(byte[] message, Signature signature, Ed25519Variant variant)
      throws CryptoException {
    Objects.requireNonNull(variant, "variant");
    if (!(impl instanceof Ed25519PublicKeyImpl ed)) {
      throw new IllegalStateException(
          "a " + impl.keyType() + " key does not verify Ed25519 variants");
    }
    requireType(signature);
    ed.verify(message, signature.raw(), variant);
  }

  /**
   * Verifies an ECDSA signature over a 32-byte digest the caller computed (for example the
   * Keccak-256 digests Ethereum signs), with the rules of {@link #verify(byte[], Signature,
   * EcdsaPolicy)} and {@code e = digest}.
   *
   * @param digest the signed digest
   * @param signature the signature
   * @param policy whether high {@code s} is accepted
   * @throws CryptoException if the signature is rejected
   * @throws IllegalStateException for an Ed25519 key, which signs messages, not digests
   */
  public void verifyDigest(Hash32 digest, Signature signature, EcdsaPolicy policy)
      throws CryptoException {
    EcPublicKeyImpl ec = ec();
    requireType(signature);
    ec.verifyDigest(digest.toByteArray(), signature.raw(), policy == EcdsaPolicy.STRICT_LOW_S);
  }

  private void requireType(Signature signature) throws CryptoException {
    if (signature.keyType() != impl.keyType()) {
      throw new CryptoException(
          Code.KEY_TYPE_MISMATCH,
          "a " + signature.keyType() + " signature cannot be checked with a " + impl.keyType() + " key");
    }
  }

  private EcPublicKeyImpl ec() {
    if (impl instanceof EcPublicKeyImpl ec) {
      return ec;
    }
    throw new IllegalStateException("an Ed25519 key has no SEC1 form and signs no digests");
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof PublicKey other
        && impl.keyType() == other.impl.keyType()
        && Arrays.equals(raw, other.raw);
  }

  @Override
  public int hashCode() {
    return 31 * impl.keyType().hashCode() + Arrays.hashCode(raw);
  }

  /** {@return the key type and the hex of the raw encoding} */
  @Override
  public String toString() {
    return "PublicKey[" + impl.keyType() + ", 0x" + Hex.encode(raw) + "]";
  }
}
