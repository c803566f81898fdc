package io.depin.benchmarks;

import io.depin.core.bytes.Hash32;
import io.depin.core.crypto.CryptoException;
import io.depin.core.crypto.KeyType;
import io.depin.core.crypto.PublicKey;
import io.depin.core.crypto.RecoverableSignature;
import io.depin.core.crypto.SigningKey;
import io.depin.core.eth.EthAddress;
import io.depin.core.eth.EthSignature;
import io.depin.core.eth.PersonalMessage;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.security.SignatureException;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.math.ec.ECAlgorithms;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.util.BigIntegers;
import org.web3j.crypto.Sign;

/**
 * secp256k1 public-key recovery from an EIP-191 signature: the SDK against web3j's {@code
 * Sign.signedMessageHashToKey}, the reference, and against the SDK's previous path (one
 * BouncyCastle {@code ECAlgorithms.sumOfTwoMultiplies}), kept here as a baseline for the SDK's own
 * engine. All recover from the same digest and 65-byte signature.
 *
 * {@snippet lang=shell :
 * ./mvnw -B -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar Recovery -f 1 -wi 2 -i 3 -w 2s -r 3s
 * }
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class RecoveryBenchmark {
  private Hash32 digest;
  private byte[] digestBytes;
  private RecoverableSignature recoverable;
  private EthSignature ethSignature;
  private Sign.SignatureData web3jSignature;
  private static final X9ECParameters CURVE = CustomNamedCurves.getByName("secp256k1");

  /** Signs one personal message and prepares both libraries' inputs. */
  @Setup
  public void setUp() throws SignatureException, CryptoException {
    SigningKey key = SigningKey.generate(KeyType.SECP256K1, new SecureRandom(new byte[] {7}));
    digest = PersonalMessage.hash("benchmark message".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    digestBytes = digest.toByteArray();
    ethSignature = EthSignature.sign(key, digest);
    recoverable = ethSignature.toRecoverable();
    byte[] rsv = ethSignature.toByteArray();
    web3jSignature =
        new Sign.SignatureData(rsv[64], Arrays.copyOfRange(rsv, 0, 32), Arrays.copyOfRange(rsv, 32, 64));
    BigInteger expected = new BigInteger(1, Arrays.copyOfRange(key.publicKey().toSec1Uncompressed(), 1, 65));
    if (!Sign.signedMessageHashToKey(digestBytes, web3jSignature).equals(expected)
        || !recoverable.recoverPublicKey(digest).equals(key.publicKey())
        || !Arrays.equals(bouncyCastleRecoverPublicKey().getEncoded(false), key.publicKey().toSec1Uncompressed())) {
      throw new IllegalStateException("the two libraries disagree");
    }
  }

  /** The SDK: recovers the public key. */
  @Benchmark
  public PublicKey sdkRecoverPublicKey() throws CryptoException {
    return recoverable.recoverPublicKey(digest);
  }

  /** The SDK: recovers the address (public key plus Keccak-256). */
  @Benchmark
  public EthAddress sdkRecoverAddress() throws CryptoException {
    return ethSignature.recoverAddress(digest);
  }

  /** The reference: web3j recovers the public key. */
  @Benchmark
  public BigInteger web3jSignedMessageHashToKey() throws SignatureException {
    return Sign.signedMessageHashToKey(digestBytes, web3jSignature);
  }

  /**
   * The SDK's previous recovery path, on BouncyCastle alone: decompress R, then one {@code
   * sumOfTwoMultiplies} with {@code u1 = -e/r} and {@code u2 = s/r} (range checks left out).
   */
  @Benchmark
  public ECPoint bouncyCastleRecoverPublicKey() {
    byte[] rsv = ethSignature.toByteArray();
    BigInteger n = CURVE.getN();
    BigInteger r = new BigInteger(1, rsv, 0, 32);
    BigInteger s = new BigInteger(1, rsv, 32, 32);
    int recoveryId = rsv[64] - 27;
    byte[] compressed = new byte[33];
    compressed[0] = (byte) (2 | (recoveryId & 1));
    BigIntegers.asUnsignedByteArray((recoveryId & 2) == 0 ? r : r.add(n), compressed, 1, 32);
    ECPoint big = CURVE.getCurve().decodePoint(compressed);
    BigInteger rInv = BigIntegers.modOddInverseVar(n, r);
    BigInteger e = new BigInteger(1, digestBytes);
    BigInteger u1 = n.subtract(e.mod(n)).multiply(rInv).mod(n);
    BigInteger u2 = s.multiply(rInv).mod(n);
    return ECAlgorithms.sumOfTwoMultiplies(CURVE.getG(), u1, big, u2).normalize();
  }
}
