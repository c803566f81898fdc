package io.depin.benchmarks;

import io.depin.core.crypto.CryptoException;
import io.depin.core.crypto.KeyType;
import io.depin.core.crypto.PublicKey;
import io.depin.core.crypto.Signature;
import io.depin.core.crypto.SigningKey;
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
 * Signing, strict verification and public-key decoding per key type, through the public API.
 * Compare with {@code openssl speed -seconds 3 ed25519 ecdsap256} on the same machine.
 *
 * {@snippet lang=shell :
 * ./mvnw -B -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar Signature -f 1 -wi 2 -i 3 -w 2s -r 3s
 * }
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SignatureBenchmark {
  @Param({"ED25519", "SECP256K1", "P256"})
  public KeyType keyType;

  private SigningKey key;
  private PublicKey publicKey;
  private byte[] message;
  private Signature signature;
  private byte[] rawPublicKey;

  /** Makes the key, a 64-byte message and its signature. */
  @Setup
  public void setUp() {
    SecureRandom random = new SecureRandom(new byte[] {42});
    key = SigningKey.generate(keyType, random);
    publicKey = key.publicKey();
    message = new byte[64];
    random.nextBytes(message);
    signature = key.sign(message);
    rawPublicKey = publicKey.toRaw();
  }

  /** Signs the message. */
  @Benchmark
  public Signature sign() {
    return key.sign(message);
  }

  /** Verifies the signature strictly; returns the key that verified it. */
  @Benchmark
  public PublicKey verify() throws CryptoException {
    publicKey.verify(message, signature);
    return publicKey;
  }

  /**
   * Decodes the raw public key with every check a key from the network gets (for Ed25519 also
   * the tables its verification uses).
   */
  @Benchmark
  public PublicKey decodePublicKey() {
    return PublicKey.fromRaw(keyType, rawPublicKey);
  }
}
