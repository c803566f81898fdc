package io.depin.core.hash;

import io.depin.core.bytes.Bytes;
import io.depin.core.bytes.Hash32;
import io.depin.core.hash.internal.DigestEngine;
import java.nio.ByteBuffer;
import java.util.Objects;

/**
 * A streaming hash computation: feed input in pieces with {@code update}, then take the digest
 * once.
 *
 * {@snippet :
 * Hasher hasher = HashAlgorithm.BLAKE2B_256.newHasher();
 * for (Bytes chunk : chunks) {
 *   hasher.update(chunk);
 * }
 * Hash32 digest = hasher.digest32();
 * }
 *
 * <p>A hasher is not thread-safe and is finished by {@link #digest()} or {@link #digest32()}; any
 * call after that throws {@link IllegalStateException}.
 *
 * @since 0.1.0
 */
public final class Hasher {
  private final HashAlgorithm algorithm;
  private final DigestEngine engine;
  private boolean finished;

  Hasher(HashAlgorithm algorithm, DigestEngine engine) {
    this.algorithm = algorithm;
    this.engine = engine;
  }

  /** {@return the function this hasher computes} */
  public HashAlgorithm algorithm() {
    return algorithm;
  }

  /**
   * Adds bytes to the input.
   *
   * @param input the bytes to add
   * @return this hasher
   */
  public Hasher update(byte[] input) {
    return update(input, 0, input.length);
  }

  /**
   * Adds a range of bytes to the input.
   *
   * @param input the array holding the bytes
   * @param offset the first byte to add
   * @param length how many bytes to add
   * @return this hasher
   */
  public Hasher update(byte[] input, int offset, int length) {
    Objects.checkFromIndexSize(offset, length, input.length);
    requireOpen();
    engine.update(input, offset, length);
    return this;
  }

  /**
   * Adds bytes to the input.
   *
   * @param input the bytes to add
   * @return this hasher
   */
  public Hasher update(Bytes input) {
    return update(input.toByteArray());
  }

  /**
   * Adds the remaining bytes of {@code input}, advancing its position to its limit.
   *
   * @param input the buffer to read
   * @return this hasher
   */
  public Hasher update(ByteBuffer input) {
    requireOpen();
    byte[] chunk = new byte[Math.min(input.remaining(), 8192)];
    while (input.hasRemaining()) {
      int n = Math.min(chunk.length, input.remaining());
      input.get(chunk, 0, n);
      engine.update(chunk, 0, n);
    }
    return this;
  }

  /**
   * Finishes the computation and returns the digest.
   *
   * @return the digest
   */
  public Bytes digest() {
    requireOpen();
    finished = true;
    return Bytes.of(engine.digest());
  }

  /**
   * Finishes the computation and returns a 32-byte digest.
   *
   * @return the digest
   * @throws IllegalStateException for {@link HashAlgorithm#SHA_512}, or if already finished
   */
  public Hash32 digest32() {
    if (algorithm.digestLength() != Hash32.LENGTH) {
      throw new IllegalStateException(algorithm + " does not produce a 32-byte digest");
    }
    requireOpen();
    finished = true;
    return Hash32.adoptDigest(engine.digest());
  }

  private void requireOpen() {
    if (finished) {
      throw new IllegalStateException("this hasher has already produced its digest");
    }
  }
}
