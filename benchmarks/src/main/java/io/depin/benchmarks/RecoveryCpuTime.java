package io.depin.benchmarks;

import io.depin.core.hash.HashAlgorithm;
import io.depin.core.crypto.KeyType;
import io.depin.core.crypto.PublicKey;
import io.depin.core.crypto.Signature;
import io.depin.core.crypto.SigningKey;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.math.ec.ECAlgorithms;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.util.BigIntegers;

/**
 * {@link RecoveryBenchmark}'s comparison, plus secp256k1 verification, in thread CPU time and
 * interleaved in one JVM, for a shared machine on which JMH's wall-clock scores move with the load.
 * Each round runs a batch of each operation in turn: SDK recovery, web3j recovery, the SDK's
 * previous BouncyCastle recovery path, SDK strict verify, and BouncyCastle's {@code
 * sumOfTwoMultiplies} verify (the SDK's previous verify path). Prints the CPU time per operation
 * (best and median over the rounds after a warm-up quarter) and the ratios.
 *
 * {@snippet lang=shell :
 * java -cp benchmarks/target/benchmarks.jar io.depin.benchmarks.RecoveryCpuTime 40 500
 * }
 */
public final class RecoveryCpuTime {
  private RecoveryCpuTime() {}

  private static final String[] NAMES = {
    "SDK recover", "web3j recover", "BC recover (previous SDK path)", "SDK verify",
    "BC verify (previous SDK path)"
  };

  /**
   * Runs the comparison.
   *
   * @param args rounds (default 40) and operations per batch (default 500)
   * @throws Exception if the setup fails
   */
  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 40;
    int batch = args.length > 1 ? Integer.parseInt(args[1]) : 500;
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    RecoveryBenchmark recovery = new RecoveryBenchmark();
    recovery.setUp();
    SigningKey key = SigningKey.generate(KeyType.SECP256K1, new SecureRandom(new byte[] {9}));
    byte[] message = "benchmark message".getBytes(StandardCharsets.UTF_8);
    Signature signature = key.sign(message);
    PublicKey publicKey = key.publicKey();
    BouncyCastleVerify bcVerify =
        new BouncyCastleVerify(publicKey.toSec1Uncompressed(), HashAlgorithm.SHA_256.hash(message),
            signature.toByteArray());
    if (!bcVerify.verify()) {
      throw new IllegalStateException("BouncyCastle verify rejects the SDK's signature");
    }
    int warmUp = rounds / 4;
    long[][] perOp = new long[NAMES.length][rounds - warmUp];
    long sink = 0;
    for (int r = 0; r < rounds; r++) {
      long[] t = new long[NAMES.length + 1];
      t[0] = threads.getCurrentThreadCpuTime();
      for (int i = 0; i < batch; i++) {
        sink += recovery.sdkRecoverPublicKey().hashCode();
      }
      t[1] = threads.getCurrentThreadCpuTime();
      for (int i = 0; i < batch; i++) {
        sink += recovery.web3jSignedMessageHashToKey().hashCode();
      }
      t[2] = threads.getCurrentThreadCpuTime();
      for (int i = 0; i < batch; i++) {
        sink += recovery.bouncyCastleRecoverPublicKey().hashCode();
      }
      t[3] = threads.getCurrentThreadCpuTime();
      for (int i = 0; i < batch; i++) {
        publicKey.verify(message, signature);
        sink++;
      }
      t[4] = threads.getCurrentThreadCpuTime();
      for (int i = 0; i < batch; i++) {
        sink += bcVerify.verify() ? 1 : 0;
      }
      t[5] = threads.getCurrentThreadCpuTime();
      if (r >= warmUp) {
        for (int k = 0; k < NAMES.length; k++) {
          perOp[k][r - warmUp] = (t[k + 1] - t[k]) / batch;
        }
      }
    }
    long[] median = new long[NAMES.length];
    for (int k = 0; k < NAMES.length; k++) {
      Arrays.sort(perOp[k]);
      median[k] = perOp[k][perOp[k].length / 2];
      System.out.printf(
          "%-32s best %,8d ns  median %,8d ns%n", NAMES[k], perOp[k][0], median[k]);
    }
    System.out.printf(
        "medians: SDK recover vs web3j %.2fx, vs previous SDK path %.2fx; SDK verify vs previous %.2fx"
            + " (%d rounds of %d, checksum %d)%n",
        (double) median[1] / median[0], (double) median[2] / median[0],
        (double) median[4] / median[3], rounds - warmUp, batch, sink);
  }

  /** The SDK's previous secp256k1 verify path on BouncyCastle alone (range checks left out). */
  private static final class BouncyCastleVerify {
    private static final X9ECParameters CURVE = CustomNamedCurves.getByName("secp256k1");
    private final ECPoint q;
    private final byte[] digest;
    private final byte[] rs;

    BouncyCastleVerify(byte[] uncompressed, byte[] digest, byte[] rs) {
      this.q = CURVE.getCurve().decodePoint(uncompressed).normalize();
      this.digest = digest;
      this.rs = rs;
    }

    boolean verify() {
      BigInteger n = CURVE.getN();
      BigInteger r = new BigInteger(1, rs, 0, 32);
      BigInteger s = new BigInteger(1, rs, 32, 32);
      BigInteger e = new BigInteger(1, digest);
      BigInteger w = BigIntegers.modOddInverseVar(n, s);
      ECPoint x =
          ECAlgorithms.sumOfTwoMultiplies(CURVE.getG(), e.multiply(w).mod(n), q, r.multiply(w).mod(n))
              .normalize();
      return !x.isInfinity() && x.getAffineXCoord().toBigInteger().mod(n).equals(r);
    }
  }
}
