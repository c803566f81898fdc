package io.depin.benchmarks;

import io.depin.core.hash.HashAlgorithm;
import io.depin.core.hash.internal.Keccak256;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.crypto.digests.KeccakDigest;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One-shot hashing through {@link HashAlgorithm} (SHA-256 and SHA-512 from the JDK, our own
 * Keccak-256, BouncyCastle BLAKE2b-256) on 32 B, 1 KiB and 1 MiB inputs, and BouncyCastle's
 * {@code KeccakDigest} as the reference for our Keccak-256.
 *
 * <p>The {@code keccak*} methods are the Merkle hot path with a reused engine and output buffer
 * (nothing allocated per hash): one Keccak-f[1600] permutation, the 32-byte and 64-byte one-shot
 * hashes (a node is {@code keccak(64 bytes)}, a leaf {@code keccak(keccak(64 bytes))}), each
 * beside BouncyCastle's {@code KeccakDigest} reused the same way. They ignore the parameters, so
 * pin them to one value.
 *
 * <p>Run:
 *
 * <pre>
 * ./mvnw -B -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar HashBenchmark.hash -f 1 -wi 2 -w 1 -i 3 -r 1
 * java -jar benchmarks/target/benchmarks.jar 'HashBenchmark.(keccak|bouncyCastleKeccak).*'
 *     -p size=32 -p algorithm=KECCAK_256 -f 1 -wi 3 -w 1 -i 5 -r 1
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class HashBenchmark {
  @Param({"32", "1024", "1048576"})
  public int size;

  @Param({"SHA_256", "SHA_512", "KECCAK_256", "BLAKE2B_256"})
  public HashAlgorithm algorithm;

  private byte[] input;

  private final long[] lanes = new long[25];
  private final byte[] block = new byte[64];
  private final byte[] digestOut = new byte[32];
  private final Keccak256 keccak = new Keccak256();
  private final KeccakDigest bouncyCastle = new KeccakDigest(256);

  /** Precomputes a random input. */
  @Setup
  public void setUp() {
    input = new byte[size];
    new Random(42).nextBytes(input);
    new Random(7).nextBytes(block);
  }

  /** Hashes the input with {@link #algorithm}. */
  @Benchmark
  public byte[] hash() {
    return algorithm.hash(input);
  }

  /** Hashes the input with BouncyCastle's Keccak-256 (the reference for ours). */
  @Benchmark
  public byte[] bouncyCastleKeccak256() {
    KeccakDigest digest = new KeccakDigest(256);
    digest.update(input, 0, input.length);
    byte[] out = new byte[32];
    digest.doFinal(out, 0);
    return out;
  }

  /** One Keccak-f[1600] permutation of our engine, applied to its own output. */
  @Benchmark
  public long keccakPermutation() {
    Keccak256.permute(lanes);
    return lanes[0];
  }

  /** Our Keccak-256 of 32 bytes (the outer hash of a leaf), engine reused. */
  @Benchmark
  public byte[] keccak32() {
    keccak.hash(block, 0, 32, digestOut, 0);
    return digestOut;
  }

  /** Our Keccak-256 of 64 bytes (a node, or the inner hash of an (address, uint256) leaf). */
  @Benchmark
  public byte[] keccak64() {
    keccak.hash(block, 0, 64, digestOut, 0);
    return digestOut;
  }

  /** BouncyCastle's Keccak-256 of 32 bytes, digest reused ({@code doFinal} resets it). */
  @Benchmark
  public byte[] bouncyCastleKeccak32() {
    bouncyCastle.update(block, 0, 32);
    bouncyCastle.doFinal(digestOut, 0);
    return digestOut;
  }

  /** BouncyCastle's Keccak-256 of 64 bytes, digest reused. */
  @Benchmark
  public byte[] bouncyCastleKeccak64() {
    bouncyCastle.update(block, 0, 64);
    bouncyCastle.doFinal(digestOut, 0);
    return digestOut;
  }
}
