package io.depin.benchmarks;

import io.depin.proofs.vrf.Ecvrf;
import io.depin.proofs.vrf.VrfException;
import io.depin.proofs.vrf.VrfOutput;
import io.depin.proofs.vrf.VrfProof;
import io.depin.proofs.vrf.VrfSecretKey;
import io.depin.proofs.vrf.VrfSuite;
import java.security.SecureRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * ECVRF (RFC 9381) proving and verification per suite, through the public API, for a 32-byte
 * input such as a challenge epoch's beacon.
 *
 * {@snippet lang=shell :
 * ./mvnw -B -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar Vrf -f 1 -wi 2 -i 3 -w 2s -r 3s
 * }
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class VrfBenchmark {
  @Param({
    "EDWARDS25519_SHA512_TAI",
    "EDWARDS25519_SHA512_ELL2",
    "P256_SHA256_TAI",
    "P256_SHA256_SSWU"
  })
  public VrfSuite suite;

  private VrfSecretKey key;
  private byte[] alpha;
  private VrfProof proof;

  /** Makes the key, a 32-byte input and its proof. */
  @Setup
  public void setUp() {
    SecureRandom random = new SecureRandom(new byte[] {42});
    key = VrfSecretKey.generate(suite, random);
    alpha = new byte[32];
    random.nextBytes(alpha);
    proof = key.prove(alpha);
  }

  /** Proves the input. */
  @Benchmark
  public VrfProof prove() {
    return key.prove(alpha);
  }

  /** Verifies the proof and returns its output. */
  @Benchmark
  public VrfOutput verify() throws VrfException {
    return Ecvrf.verify(key.publicKey(), proof, alpha);
  }
}
