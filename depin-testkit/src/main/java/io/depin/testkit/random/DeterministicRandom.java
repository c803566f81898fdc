package io.depin.testkit.random;

import io.depin.core.hash.HashAlgorithm;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.SecureRandomSpi;
import java.util.random.RandomGenerator;

/**
 * A random generator whose whole output follows from a 64-bit seed, so a failing test can be rerun
 * with exactly the same values.
 *
 * {@snippet :
 * DeterministicRandom rng = DeterministicRandom.ofSeed(42L);
 * byte[] payload = new byte[64];
 * rng.nextBytes(payload);
 * int index = rng.nextInt(10);
 * SecureRandom forKeyGeneration = rng.asSecureRandom();   // same stream, for JCA-style APIs
 * DeterministicRandom device17 = rng.derive("device-17");  // an independent, named stream
 * }
 *
 * <p>The stream is a SHA-256 counter construction: with {@code key = SHA-256("depin-testkit/
 * DeterministicRandom/v1" || seed)} (the seed as 8 big-endian bytes), block {@code i} is {@code
 * SHA-256(key || i)} ({@code i} as 8 big-endian bytes, from 0), and the output is the
 * concatenation of the blocks. {@link #nextLong()} reads the next 8 bytes big-endian; {@link
 * #nextBytes(byte[])} reads the next bytes in order. Other methods ({@code nextInt(bound)}, {@code
 * nextDouble()}, ...) are the {@link RandomGenerator} defaults built on {@code nextLong()}.
 *
 * <p><strong>For tests only.</strong> Anyone who knows the seed knows every value, and the seed is
 * printed when a test fails; never use this class, or its {@link #asSecureRandom()} view, to make
 * keys or nonces outside tests.
 *
 * <p>Instances are thread-safe, but values drawn from several threads interleave in an order the
 * scheduler chooses; give each thread its own {@link #derive(String) derived} stream to keep runs
 * reproducible.
 *
 * @since 0.1.0
 */
public final class DeterministicRandom implements RandomGenerator {
  private static final byte[] DOMAIN =
      "depin-testkit/DeterministicRandom/v1".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] DERIVE_DOMAIN =
      "depin-testkit/DeterministicRandom/derive/v1".getBytes(StandardCharsets.US_ASCII);
  private static final int BLOCK = 32;

  private final long seed;
  /** The key made from the seed alone, never changed: {@link #derive} reads only this. */
  private final byte[] seedKey;
  private final byte[] key;
  private final byte[] block = new byte[BLOCK];
  private long counter;
  private int used = BLOCK;

  private DeterministicRandom(long seed, byte[] key) {
    this.seed = seed;
    this.seedKey = key.clone();
    this.key = key;
  }

  /**
   * Returns a generator for {@code seed}; two generators with the same seed produce the same
   * values.
   *
   * @param seed any 64-bit value
   * @return a new generator at the start of its stream
   */
  public static DeterministicRandom ofSeed(long seed) {
    byte[] input = ByteBuffer.allocate(DOMAIN.length + Long.BYTES).put(DOMAIN).putLong(seed).array();
    return new DeterministicRandom(seed, HashAlgorithm.SHA_256.hash(input));
  }

  /**
   * Returns a generator with a fresh seed drawn from the platform's {@link SecureRandom}. Read the
   * seed back with {@link #seed()} to rerun.
   *
   * @return a new generator
   */
  public static DeterministicRandom withFreshSeed() {
    return ofSeed(new SecureRandom().nextLong());
  }

  /** {@return the seed this generator was made from} */
  public long seed() {
    return seed;
  }

  /**
   * Returns an independent generator named {@code label}. It depends only on this generator's seed
   * and the label, not on how many values have been drawn nor on seed bytes mixed in through
   * {@link #asSecureRandom()}, so adding a draw in one part of a test does not change the values
   * another part sees.
   *
   * @param label a name for the stream, such as a device id
   * @return a new generator; its {@link #seed()} is derived from this seed and the label
   */
  public DeterministicRandom derive(String label) {
    byte[] name = label.getBytes(StandardCharsets.UTF_8);
    byte[] input =
        ByteBuffer.allocate(DERIVE_DOMAIN.length + seedKey.length + name.length)
            .put(DERIVE_DOMAIN)
            .put(seedKey)
            .put(name)
            .array();
    return ofSeed(ByteBuffer.wrap(HashAlgorithm.SHA_256.hash(input)).getLong());
  }

  /**
   * Returns a {@link SecureRandom} that draws from this generator's stream, for APIs that insist on
   * one (key-pair generators, signers with random nonces). Values drawn through the view and
   * through this generator come from the same stream, in call order. {@code setSeed} on the view
   * mixes the given bytes into the stream deterministically. For tests only.
   *
   * @return a view backed by this generator
   */
  public SecureRandom asSecureRandom() {
    return new SecureRandomView(new StreamSpi(this));
  }

  @Override
  public synchronized long nextLong() {
    long value = 0;
    for (int i = 0; i < Long.BYTES; i++) {
      value = (value << 8) | (nextByte() & 0xffL);
    }
    return value;
  }

  @Override
  public synchronized void nextBytes(byte[] bytes) {
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = nextByte();
    }
  }

  /** Mixes {@code material} in: the key becomes {@code SHA-256(key || material)}, counter 0. */
  private synchronized void mix(byte[] material) {
    byte[] input = ByteBuffer.allocate(key.length + material.length).put(key).put(material).array();
    System.arraycopy(HashAlgorithm.SHA_256.hash(input), 0, key, 0, BLOCK);
    counter = 0;
    used = BLOCK;
  }

  private byte nextByte() {
    if (used == BLOCK) {
      byte[] input = ByteBuffer.allocate(key.length + Long.BYTES).put(key).putLong(counter).array();
      counter++;
      System.arraycopy(HashAlgorithm.SHA_256.hash(input), 0, block, 0, BLOCK);
      used = 0;
    }
    return block[used++];
  }

  /** {@return the seed in hex, the form {@link SeededRandom} and {@code -Ddepin.seed} accept} */
  @Override
  public String toString() {
    return "DeterministicRandom[seed=" + Seeds.format(seed) + "]";
  }

  /** The {@link SecureRandom} face of a generator; its provider is {@code null}. */
  private static final class SecureRandomView extends SecureRandom {
    private static final long serialVersionUID = 1L;

    SecureRandomView(StreamSpi spi) {
      super(spi, null);
    }
  }

  /** Serves {@link SecureRandom} requests from the generator's stream. */
  private static final class StreamSpi extends SecureRandomSpi {
    private static final long serialVersionUID = 1L;
    private final transient DeterministicRandom source;

    StreamSpi(DeterministicRandom source) {
      this.source = source;
    }

    @Override
    protected void engineSetSeed(byte[] seed) {
      source.mix(seed);
    }

    @Override
    protected void engineNextBytes(byte[] bytes) {
      source.nextBytes(bytes);
    }

    @Override
    protected byte[] engineGenerateSeed(int numBytes) {
      byte[] out = new byte[numBytes];
      source.nextBytes(out);
      return out;
    }

    @Override
    public String toString() {
      return source.toString();
    }
  }
}
