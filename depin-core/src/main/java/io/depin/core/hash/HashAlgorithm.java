package io.depin.core.hash;

import io.depin.core.bytes.Bytes;
import io.depin.core.bytes.Hash32;
import io.depin.core.hash.internal.DigestEngine;
import io.depin.core.hash.internal.DigestEngines;

/**
 * The hash functions the SDK uses, each one-shot ({@link #hash(byte[])}) or streaming ({@link
 * #newHasher()}).
 *
 * {@snippet :
 * Bytes digest = HashAlgorithm.KECCAK_256.hash(Bytes.fromHex("68656c6c6f"));
 * Hasher h = HashAlgorithm.SHA_256.newHasher();
 * h.update(Bytes.fromHex("6865")).update(Bytes.fromHex("6c6c6f"));
 * Hash32 same = h.digest32();
 * }
 *
 * <p>Keccak-256 is the original Keccak submission with padding byte {@code 0x01}, as used by
 * Ethereum, not FIPS 202 SHA3-256. BLAKE2b-256 is unkeyed BLAKE2b with a 32-byte output (RFC 7693).
 *
 * @since 0.1.0
 */
public enum HashAlgorithm {
  /** SHA-256 (FIPS 180-4), 32-byte output. */
  SHA_256(32),
  /** SHA-512 (FIPS 180-4), 64-byte output. */
  SHA_512(64),
  /** Keccak-256 as used by Ethereum (padding {@code 0x01}), 32-byte output. */
  KECCAK_256(32),
  /** BLAKE2b with a 32-byte output (RFC 7693), unkeyed. */
  BLAKE2B_256(32);

  private final int digestLength;

  HashAlgorithm(int digestLength) {
    this.digestLength = digestLength;
  }

  /** {@return the number of bytes this function outputs} */
  public int digestLength() {
    return digestLength;
  }

  private DigestEngine newEngine() {
    return switch (this) {
      case SHA_256 -> DigestEngines.sha256();
      case SHA_512 -> DigestEngines.sha512();
      case KECCAK_256 -> DigestEngines.keccak256();
      case BLAKE2B_256 -> DigestEngines.blake2b256();
    };
  }

  /** {@return a new streaming hasher; each one is for a single thread} */
  public Hasher newHasher() {
    return new Hasher(this, newEngine());
  }

  /**
   * Hashes {@code input} in one call.
   *
   * @param input the bytes to hash
   * @return a new array of {@link #digestLength()} bytes
   */
  public byte[] hash(byte[] input) {
    DigestEngine engine = newEngine();
    engine.update(input, 0, input.length);
    return engine.digest();
  }

  /**
   * Hashes {@code input} in one call.
   *
   * @param input the bytes to hash
   * @return the digest
   */
  public Bytes hash(Bytes input) {
    return Bytes.of(hash(input.toByteArray()));
  }

  /**
   * Hashes {@code input} in one call, for the 32-byte functions.
   *
   * @param input the bytes to hash
   * @return the digest
   * @throws IllegalStateException for {@link #SHA_512}, whose digest is 64 bytes
   */
  public Hash32 hash32(byte[] input) {
    if (digestLength != Hash32.LENGTH) {
      throw new IllegalStateException(this + " does not produce a 32-byte digest");
    }
    return Hash32.adoptDigest(hash(input));
  }

  /**
   * Hashes {@code input} in one call, for the 32-byte functions.
   *
   * @param input the bytes to hash
   * @return the digest
   * @throws IllegalStateException for {@link #SHA_512}, whose digest is 64 bytes
   */
  public Hash32 hash32(Bytes input) {
    return hash32(input.toByteArray());
  }
}
