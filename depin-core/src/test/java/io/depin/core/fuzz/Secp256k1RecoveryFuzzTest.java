package io.depin.core.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.depin.core.bytes.Hash32;
import io.depin.core.crypto.CryptoException;
import io.depin.core.crypto.EcdsaPolicy;
import io.depin.core.crypto.KeyType;
import io.depin.core.crypto.RecoverableSignature;
import io.depin.core.crypto.Signature;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.HexFormat;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.math.ec.ECAlgorithms;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.util.BigIntegers;

/**
 * Differential target for secp256k1 public-key recovery, which runs on the SDK's own
 * variable-time engine: for any digest, 64-byte signature, recovery id and low-S policy, the
 * recovered key equals the one BouncyCastle's point arithmetic recovers, or both reject with the
 * same {@link CryptoException} code.
 */
class Secp256k1RecoveryFuzzTest {
  private static final X9ECParameters CURVE = CustomNamedCurves.getByName("secp256k1");
  private static final BigInteger N = CURVE.getN();
  private static final BigInteger P = CURVE.getCurve().getField().getCharacteristic();

  @FuzzTest
  void recover_anySignature_matchesBouncyCastle(FuzzedDataProvider data) {
    int recoveryId = data.consumeInt(0, 3);
    boolean lowS = data.consumeBoolean();
    byte[] digest = Arrays.copyOf(data.consumeBytes(32), 32);
    byte[] rs = Arrays.copyOf(data.consumeRemainingAsBytes(), 64);
    Object actual;
    try {
      actual =
          HexFormat.of()
              .formatHex(
                  RecoverableSignature.of(Signature.of(KeyType.SECP256K1, rs), recoveryId)
                      .recoverPublicKey(
                          Hash32.of(digest), lowS ? EcdsaPolicy.STRICT_LOW_S : EcdsaPolicy.ACCEPT_HIGH_S)
                      .toSec1Uncompressed());
    } catch (CryptoException e) {
      actual = e.code();
    }
    assertThat(actual).isEqualTo(bouncyCastle(digest, rs, recoveryId, lowS));
  }

  /** The same recovery on BouncyCastle alone, with the SDK's checks in the SDK's order. */
  private static Object bouncyCastle(byte[] digest, byte[] rs, int recoveryId, boolean lowS) {
    BigInteger r = new BigInteger(1, rs, 0, 32);
    BigInteger s = new BigInteger(1, rs, 32, 32);
    if (r.signum() == 0 || r.compareTo(N) >= 0 || s.signum() == 0 || s.compareTo(N) >= 0) {
      return CryptoException.Code.SCALAR_OUT_OF_RANGE;
    }
    if (lowS && s.compareTo(N.shiftRight(1)) > 0) {
      return CryptoException.Code.SIGNATURE_MALLEABLE;
    }
    BigInteger x = (recoveryId & 2) == 0 ? r : r.add(N);
    if (x.compareTo(P) >= 0) {
      return CryptoException.Code.RECOVERY_FAILED;
    }
    byte[] compressed = new byte[33];
    compressed[0] = (byte) (2 | (recoveryId & 1));
    BigIntegers.asUnsignedByteArray(x, compressed, 1, 32);
    ECPoint big;
    try {
      big = CURVE.getCurve().decodePoint(compressed);
    } catch (IllegalArgumentException e) {
      return CryptoException.Code.RECOVERY_FAILED;
    }
    BigInteger rInv = r.modInverse(N);
    BigInteger u1 = new BigInteger(1, digest).negate().mod(N).multiply(rInv).mod(N);
    BigInteger u2 = s.multiply(rInv).mod(N);
    ECPoint q = ECAlgorithms.sumOfTwoMultiplies(CURVE.getG(), u1, big, u2).normalize();
    if (q.isInfinity()) {
      return CryptoException.Code.RECOVERY_FAILED;
    }
    return HexFormat.of().formatHex(q.getEncoded(false));
  }
}
