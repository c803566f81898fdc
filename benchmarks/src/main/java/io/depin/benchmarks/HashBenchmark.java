package io.depin.benchmarks;

import io.depin.core.hash.HashAlgorithm;
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
 * <p>Run:
 *
 * <pre>
 * ./mvnw -B -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar HashBenchmark -f 1 -wi 2 -w 1 -i 3 -r 1
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

  /** Precomputes a random input. */
  @Setup
  public void setUp() {
    input = new byte[size];
    new Random(42).nextBytes(input);
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
}
