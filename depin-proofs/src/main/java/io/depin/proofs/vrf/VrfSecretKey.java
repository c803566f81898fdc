package io.depin.proofs.vrf;

import io.depin.core.DecodingException;
import io.depin.core.crypto.KeyType;
import io.depin.core.crypto.PublicKey;
import io.depin.core.crypto.SecretAccess;
import io.depin.core.crypto.SigningKey;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;

/**
 * An ECVRF secret key: the raw secret of a {@link SigningKey} of the suite's {@link KeyType}
 * (a 32-byte Ed25519 seed per RFC 8032, or a 32-byte big-endian P-256 scalar), so a signing key
 * can serve as a VRF key with the same public key.
 *
 * <p><b>Timing.</b> For the Edwards25519 suites, {@link #prove} multiplies the base point and
 * {@code H} by the secret scalar and by the nonce with a fixed-window ladder whose sequence of
 * field operations and memory accesses does not depend on those scalars. It is still <em>not</em>
 * fully constant-time: the scalar arithmetic modulo the group order ({@code k} reduced from the
 * nonce hash, and {@code s = k + c x}) uses {@link java.math.BigInteger}, and the JVM gives no
 * guarantees. For the P-256 suites, BouncyCastle's default point multiplication is used, which is
 * variable-time in the secret. Prefer proving where an attacker cannot time many proofs
 * precisely (on the device, not on a shared host answering requests). Verification handles only
 * public data.
 *
 * {@snippet :
 * VrfSecretKey key =
 *     VrfSecretKey.generate(VrfSuite.EDWARDS25519_SHA512_TAI, SecureRandom.getInstanceStrong());
 * VrfProof proof = key.prove(alpha);
 * VrfOutput beta = Ecvrf.verify(key.publicKey(), proof, alpha);
 * }
 *
 * <p>Instances are thread-safe; {@link #toString()} never shows the secret.
 *
 * @since 0.1.0
 */
public final class VrfSecretKey {
  private final VrfSuite suite;
  private final byte[] secret;
  private final PublicKey publicKey;

  private VrfSecretKey(VrfSuite suite, SigningKey key) {
    this.suite = suite;
    this.secret = key.exportRaw(SecretAccess.EXPORT);
    this.publicKey = key.publicKey();
  }

  /**
   * Generates a key.
   *
   * @param suite the suite
   * @param random the source of randomness (inject a seeded one only in tests)
   * @return a new key
   */
  public static VrfSecretKey generate(VrfSuite suite, SecureRandom random) {
    Objects.requireNonNull(suite, "suite");
    return new VrfSecretKey(suite, SigningKey.generate(suite.keyType(), random));
  }

  /**
   * Uses the secret of a signing key; the VRF public key equals the signing public key. The suite
   * is the TAI suite of the key type ({@link VrfSuite#EDWARDS25519_SHA512_TAI} or {@link
   * VrfSuite#P256_SHA256_TAI}); for another suite of the same key type use {@link #fromRaw}.
   *
   * @param key an Ed25519 or P-256 key
   * @return the VRF key
   * @throws IllegalArgumentException if no suite here uses the key's type (secp256k1)
   */
  public static VrfSecretKey fromSigningKey(SigningKey key) {
    Objects.requireNonNull(key, "key");
    return new VrfSecretKey(VrfSuite.forKeyType(key.keyType()), key);
  }

  /**
   * Imports a raw secret, as {@link SigningKey#fromRaw} reads it for the suite's key type.
   *
   * @param suite the suite
   * @param secret 32 bytes; a P-256 scalar must lie in {@code [1, n-1]}; copied
   * @return the key
   * @throws DecodingException if the length or value is wrong
   */
  public static VrfSecretKey fromRaw(VrfSuite suite, byte[] secret) {
    Objects.requireNonNull(suite, "suite");
    return new VrfSecretKey(suite, SigningKey.fromRaw(suite.keyType(), secret));
  }

  /**
   * Returns the suite.
   *
   * @return the suite
   */
  public VrfSuite suite() {
    return suite;
  }

  /**
   * Returns the public key, derived from the secret.
   *
   * @return the public key, of the suite's key type
   */
  public PublicKey publicKey() {
    return publicKey;
  }

  /**
   * Proves the VRF output for {@code alpha} (RFC 9381 §5.1); deterministic.
   *
   * @param alpha the input; not modified
   * @return the proof
   */
  public VrfProof prove(byte[] alpha) {
    Objects.requireNonNull(alpha, "alpha");
    return VrfProof.adopt(suite, suite.engine().prove(secret, alpha));
  }

  /**
   * Exports the raw secret.
   *
   * @param access the capability token {@link SecretAccess#EXPORT}
   * @return a fresh copy; wipe it when done
   */
  public byte[] exportRaw(SecretAccess access) {
    Objects.requireNonNull(access, "access");
    return Arrays.copyOf(secret, secret.length);
  }

  @Override
  public String toString() {
    return "VrfSecretKey[" + suite + ", redacted]";
  }
}
