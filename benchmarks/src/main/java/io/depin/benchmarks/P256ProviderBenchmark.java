package io.depin.benchmarks;

import io.depin.core.crypto.CryptoException;
import io.depin.core.crypto.KeyType;
import io.depin.core.crypto.PublicKey;
import io.depin.core.crypto.Signature;
import io.depin.core.crypto.SigningKey;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.SecureRandom;
import java.security.spec.X509EncodedKeySpec;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * P-256 verification: the SDK's strict verify against the JDK's SunEC provider alone (no strict
 * checks), to decide which engine the SDK should run on.
 *
 * {@snippet lang=shell :
 * java -jar benchmarks/target/benchmarks.jar P256Provider -f 1 -wi 2 -i 3 -w 2s -r 3s
 * }
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class P256ProviderBenchmark {
  private PublicKey publicKey;
  private java.security.PublicKey jdkKey;
  private byte[] message;
  private Signature signature;
  private byte[] p1363;

  /** Makes a key, a message and a signature. */
  @Setup
  public void setUp() throws GeneralSecurityException {
    SigningKey key = SigningKey.generate(KeyType.P256, new SecureRandom(new byte[] {3}));
    publicKey = key.publicKey();
    jdkKey = KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(publicKey.toSpkiDer()));
    message = new byte[64];
    signature = key.sign(message);
    p1363 = signature.toByteArray();
  }

  /** The SDK's strict verify. */
  @Benchmark
  public PublicKey sdkVerify() throws CryptoException {
    publicKey.verify(message, signature);
    return publicKey;
  }

  /** SunEC alone, P1363 format. */
  @Benchmark
  public boolean sunEcVerify() throws GeneralSecurityException {
    java.security.Signature v = java.security.Signature.getInstance("SHA256withECDSAinP1363Format");
    v.initVerify(jdkKey);
    v.update(message);
    return v.verify(p1363);
  }
}
