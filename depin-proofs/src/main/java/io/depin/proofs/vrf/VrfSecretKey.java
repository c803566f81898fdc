package io.depin.proofs.vrf;

import io.depin.core.crypto.KeyType;
import io.depin.core.crypto.PublicKey;
import io.depin.core.crypto.SecretAccess;
import io.depin.core.crypto.SigningKey;
import io.depin.proofs.vrf.internal.Ed25519Ecvrf;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;

/**
 * An ECVRF-EDWARDS25519-SHA512-TAI secret key: a 32-byte Ed25519 seed (RFC 8032), so an Ed25519
 * {@link SigningKey} can serve as a VRF key with the same public key.
 *
 * <p><b>Not constant-time:</b> {@link #prove} multiplies by the secret scalar with a
 * variable-time, {@link java.math.BigInteger}-based implementation, so its timing depends on the
 * secret. Prove only where an attacker cannot measure timing precisely (on the device, not on a
 * shared host serving requests). Verification handles only public data.
 *
 * {@snippet :
 * VrfSecretKey key = VrfSecretKey.generate(SecureRandom.getInstanceStrong());
 * VrfProof proof = key.prove(alpha);
 * VrfOutput beta = Ecvrf.verify(key.publicKey(), proof, alpha);
 * }
 *
 * <p>Instances are thread-safe; {@link #toString()} never shows the secret.
 *
 * @since 0.1.0
 */
public final class VrfSecretKey {
  private final byte[] seed;
  private final PublicKey publicKey;

  private VrfSecretKey(byte[] seed) {
    this.seed = seed;
    this.publicKey = PublicKey.fromRaw(KeyType.ED25519, Ed25519Ecvrf.publicKey(seed));
  }

  /**
   * Generates a key.
   *
   * @param random the source of randomness (inject a seeded one only in tests)
   * @return a new key
   */
  public static VrfSecretKey generate(SecureRandom random) {
    Objects.requireNonNull(random, "random");
    byte[] seed = new byte[32];
    random.nextBytes(seed);
    return new VrfSecretKey(seed);
  }

  /**
   * Uses the secret of an Ed25519 signing key; the VRF public key equals the signing public key.
   *
   * @param key an Ed25519 key
   * @return the VRF key
   * @throws IllegalArgumentException if {@code key} is not Ed25519
   */
  public static VrfSecretKey fromSigningKey(SigningKey key) {
    Objects.requireNonNull(key, "key");
    if (key.keyType() != KeyType.ED25519) {
      throw new IllegalArgumentException("ECVRF-EDWARDS25519 needs an Ed25519 key, not " + key.keyType());
    }
    return new VrfSecretKey(key.exportRaw(SecretAccess.EXPORT));
  }

  /**
   * Imports a raw 32-byte Ed25519 seed.
   *
   * @param seed 32 bytes; copied
   * @return the key
   * @throws IllegalArgumentException if {@code seed} does not have 32 bytes
   */
  public static VrfSecretKey fromRaw(byte[] seed) {
    Objects.requireNonNull(seed, "seed");
    if (seed.length != 32) {
      throw new IllegalArgumentException("an Ed25519 seed has 32 bytes");
    }
    return new VrfSecretKey(seed.clone());
  }

  /**
   * Returns the public key, derived from the secret.
   *
   * @return the Ed25519 public key
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
    return VrfProof.adopt(Ed25519Ecvrf.prove(seed, alpha));
  }

  /**
   * Exports the 32-byte seed.
   *
   * @param access the capability token {@link SecretAccess#EXPORT}
   * @return a fresh copy; wipe it when done
   */
  public byte[] exportRaw(SecretAccess access) {
    Objects.requireNonNull(access, "access");
    return Arrays.copyOf(seed, seed.length);
  }

  @Override
  public String toString() {
    return "VrfSecretKey[redacted]";
  }
}
