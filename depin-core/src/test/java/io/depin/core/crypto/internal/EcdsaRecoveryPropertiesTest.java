package io.depin.core.crypto.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.depin.core.crypto.CryptoException;
import java.math.BigInteger;
import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.bouncycastle.math.ec.ECAlgorithms;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.util.BigIntegers;

/**
 * Recovery and verification on the secp256k1 engine against the SDK's previous path, which ran
 * entirely on BouncyCastle: the same key for every input, or the same typed rejection.
 */
class EcdsaRecoveryPropertiesTest {
  private static final EcCurve C = EcCurve.SECP256K1;
  private static final BigInteger N = C.order();
  private static final BigInteger P = C.fieldPrime();

  /** The previous recovery, on BouncyCastle alone. */
  private static Object previousRecover(byte[] digest, byte[] rs, int recoveryId) {
    BigInteger r = new BigInteger(1, rs, 0, 32);
    BigInteger s = new BigInteger(1, rs, 32, 32);
    if (r.signum() == 0 || r.compareTo(N) >= 0 || s.signum() == 0 || s.compareTo(N) >= 0) {
      return CryptoException.Code.SCALAR_OUT_OF_RANGE;
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
      big = C.curve().decodePoint(compressed);
    } catch (IllegalArgumentException e) {
      return CryptoException.Code.RECOVERY_FAILED;
    }
    BigInteger rInv = r.modInverse(N);
    BigInteger e = new BigInteger(1, digest);
    BigInteger u1 = N.subtract(e.mod(N)).multiply(rInv).mod(N);
    BigInteger u2 = s.multiply(rInv).mod(N);
    ECPoint q = ECAlgorithms.sumOfTwoMultiplies(C.generator(), u1, big, u2).normalize();
    if (q.isInfinity()) {
      return CryptoException.Code.RECOVERY_FAILED;
    }
    return Arrays.toString(q.getEncoded(false));
  }

  private static Object currentRecover(byte[] digest, byte[] rs, int recoveryId) {
    try {
      return Arrays.toString(Ecdsa.recover(digest, rs, recoveryId, false).getEncoded(false));
    } catch (CryptoException e) {
      return e.code();
    }
  }

  /** r values: random below n, small, and below p - n (where recovery ids 2 and 3 apply). */
  @Provide
  Arbitrary<BigInteger> rs() {
    return Arbitraries.oneOf(
        Arbitraries.bigIntegers().between(BigInteger.ZERO, N.add(BigInteger.ONE)),
        Arbitraries.bigIntegers().between(BigInteger.ZERO, P.subtract(N).add(BigInteger.TWO)),
        Arbitraries.of(BigInteger.ONE, N.subtract(BigInteger.ONE), P.subtract(N).subtract(BigInteger.ONE),
            P.subtract(N), N));
  }

  private static byte[] rs(BigInteger r, BigInteger s) {
    byte[] out = new byte[64];
    BigIntegers.asUnsignedByteArray(r.mod(BigInteger.ONE.shiftLeft(256)), out, 0, 32);
    BigIntegers.asUnsignedByteArray(s.mod(BigInteger.ONE.shiftLeft(256)), out, 32, 32);
    return out;
  }

  @Property(tries = 400)
  void recover_arbitrarySignature_matchesPreviousPath(
      @ForAll @Size(32) byte[] digest, @ForAll("rs") BigInteger r,
      @ForAll("rs") BigInteger s, @ForAll @IntRange(min = 0, max = 3) int recoveryId) {
    byte[] sig = rs(r, s);
    assertThat(currentRecover(digest, sig, recoveryId)).isEqualTo(previousRecover(digest, sig, recoveryId));
  }

  @Property(tries = 150)
  void recover_realSignature_findsSignerForItsIdOnly(
      @ForAll @Size(32) byte[] digest, @ForAll @IntRange(min = 1, max = Integer.MAX_VALUE) int seed)
      throws CryptoException {
    BigInteger d = BigInteger.valueOf(seed).multiply(BigInteger.valueOf(0x9E3779B97F4A7C15L)).mod(N);
    if (d.signum() == 0) {
      d = BigInteger.ONE;
    }
    Ecdsa.Signed signed = Ecdsa.sign(C, d, digest, true);
    byte[] expected = C.multiplyBase(d).getEncoded(false);
    for (int id = 0; id < 4; id++) {
      Object previous = previousRecover(digest, signed.rs(), id);
      assertThat(currentRecover(digest, signed.rs(), id)).isEqualTo(previous);
      if (id == signed.recoveryId()) {
        assertThat(previous).isEqualTo(Arrays.toString(expected));
      }
    }
    ECPoint q = C.multiplyBase(d);
    Ecdsa.verify(C, q, digest, signed.rs(), true);
  }

  @Property(tries = 200)
  void verify_tamperedOrRandom_rejectedExactlyWhenPreviousPathRejects(
      @ForAll @Size(32) byte[] digest, @ForAll @IntRange(min = 1, max = Integer.MAX_VALUE) int seed,
      @ForAll @IntRange(min = 0, max = 511) int bit, @ForAll boolean tamper) {
    BigInteger d = BigInteger.valueOf(seed).multiply(BigInteger.valueOf(0x2545F4914F6CDD1DL)).mod(N);
    if (d.signum() == 0) {
      d = BigInteger.TWO;
    }
    byte[] sig = Ecdsa.sign(C, d, digest, false).rs();
    if (tamper) {
      sig[bit / 8] ^= (byte) (1 << (bit % 8));
    }
    ECPoint q = C.multiplyBase(d);
    BigInteger r = new BigInteger(1, sig, 0, 32);
    BigInteger s = new BigInteger(1, sig, 32, 32);
    boolean previous = false;
    if (r.signum() > 0 && r.compareTo(N) < 0 && s.signum() > 0 && s.compareTo(N) < 0) {
      BigInteger w = s.modInverse(N);
      BigInteger e = new BigInteger(1, digest);
      ECPoint x = ECAlgorithms.sumOfTwoMultiplies(C.generator(), e.multiply(w).mod(N), q, r.multiply(w).mod(N)).normalize();
      previous = !x.isInfinity() && x.getAffineXCoord().toBigInteger().mod(N).equals(r);
    }
    boolean current;
    try {
      Ecdsa.verify(C, q, digest, sig, false);
      current = true;
    } catch (CryptoException e) {
      current = false;
    }
    assertThat(current).isEqualTo(previous).isEqualTo(!tamper);
  }
}
