package io.depin.core.crypto.internal.secp256k1;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.endo.GLVEndomorphism;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Cross-checks the engine's points and double multiplication against BouncyCastle. */
class MultiplierPropertiesTest {
  private static final X9ECParameters CURVE = CustomNamedCurves.getByName("secp256k1");
  private static final ECPoint G = CURVE.getG();
  private static final BigInteger N = CURVE.getN();
  /** lambda, the scalar of the endomorphism (libsecp256k1 and BouncyCastle's GLV parameters). */
  private static final BigInteger LAMBDA =
      new BigInteger("5363ad4cc05c30e0a5261c028812645a122e22ea20816678df02967c1b23bd72", 16);

  /** Scalars in [0, n-1], weighted towards edge cases of the wNAF, the split and the halves. */
  @Provide
  Arbitrary<BigInteger> scalars() {
    BigInteger two128 = BigInteger.ONE.shiftLeft(128);
    Arbitrary<BigInteger> edge =
        Arbitraries.of(
            BigInteger.ZERO, BigInteger.ONE, BigInteger.TWO, BigInteger.valueOf(15),
            BigInteger.valueOf(127), BigInteger.valueOf(128), N.subtract(BigInteger.ONE),
            N.subtract(BigInteger.TWO), N.shiftRight(1), N.shiftRight(1).add(BigInteger.ONE),
            two128, two128.subtract(BigInteger.ONE), two128.add(BigInteger.ONE), LAMBDA,
            N.subtract(LAMBDA), LAMBDA.add(BigInteger.ONE), BigInteger.ONE.shiftLeft(255));
    Arbitrary<BigInteger> small = Arbitraries.bigIntegers().between(BigInteger.ZERO, BigInteger.valueOf(1000));
    Arbitrary<BigInteger> random = Arbitraries.bigIntegers().between(BigInteger.ZERO, N.subtract(BigInteger.ONE));
    return Arbitraries.frequencyOf(Tuple.of(2, edge), Tuple.of(1, small), Tuple.of(5, random));
  }

  @Provide
  Arbitrary<BigInteger> keys() {
    return scalars().filter(k -> k.signum() > 0);
  }

  private static AffinePoint ours(ECPoint p) {
    ECPoint a = p.normalize();
    return AffinePoint.of(a.getAffineXCoord().toBigInteger(), a.getAffineYCoord().toBigInteger());
  }

  private static void assertSame(@Nullable AffinePoint actual, ECPoint expected) {
    ECPoint e = expected.normalize();
    if (e.isInfinity()) {
      assertThat(actual).isNull();
    } else {
      assertThat(actual).isNotNull();
      assertThat(actual.x()).isEqualTo(e.getAffineXCoord().toBigInteger());
      assertThat(actual.y()).isEqualTo(e.getAffineYCoord().toBigInteger());
    }
  }

  @Property(tries = 400)
  void sumOfTwoMultiplies_matchesBouncyCastle(
      @ForAll("scalars") BigInteger u1, @ForAll("keys") BigInteger q, @ForAll("scalars") BigInteger u2) {
    ECPoint qPoint = G.multiply(q);
    AffinePoint actual = Multiplier.sumOfTwoMultiplies(u1, ours(qPoint), u2);
    assertSame(actual, G.multiply(u1).add(qPoint.multiply(u2)));
  }

  @Property(tries = 100)
  void sumOfTwoMultiplies_oppositeTerms_isInfinity(
      @ForAll("keys") BigInteger q, @ForAll("keys") BigInteger u2) {
    // u1 = -q u2 makes u1 G + u2 (q G) the identity.
    BigInteger u1 = q.multiply(u2).negate().mod(N);
    assertThat(Multiplier.sumOfTwoMultiplies(u1, ours(G.multiply(q)), u2)).isNull();
  }

  @Property(tries = 150)
  void sumOfTwoMultiplies_relatedPoints_hitDoublingAndCancelling(
      @ForAll("scalars") BigInteger u1, @ForAll("scalars") BigInteger u2,
      @ForAll @IntRange(min = 0, max = 3) int which) {
    // Q a small multiple of G, -G or lambda G makes the running sum meet table entries exactly.
    ECPoint q = switch (which) {
      case 0 -> G;
      case 1 -> G.negate();
      case 2 -> G.multiply(LAMBDA);
      default -> G.multiply(BigInteger.valueOf(3));
    };
    assertSame(Multiplier.sumOfTwoMultiplies(u1, ours(q), u2), G.multiply(u1).add(q.multiply(u2)));
  }

  @Test
  void sumOfTwoMultiplies_sameScalarOnG_doubles() {
    // u G + u G: every addition of G's and Q's entries is a doubling case.
    for (BigInteger u : new BigInteger[] {BigInteger.ONE, BigInteger.valueOf(5), N.subtract(BigInteger.ONE)}) {
      assertSame(Multiplier.sumOfTwoMultiplies(u, ours(G), u), G.multiply(u.shiftLeft(1).mod(N)));
    }
  }

  @Test
  void betaAndLambda_agreeWithBouncyCastle() {
    ECPoint lambdaG = G.multiply(LAMBDA).normalize();
    assertThat(lambdaG.getAffineXCoord().toBigInteger())
        .isEqualTo(G.getAffineXCoord().toBigInteger().multiply(Multiplier.BETA).mod(FieldPropertiesTest.P));
    assertThat(lambdaG.getAffineYCoord().toBigInteger()).isEqualTo(G.getAffineYCoord().toBigInteger());
    GLVEndomorphism glv = (GLVEndomorphism) CURVE.getCurve().getEndomorphism();
    BigInteger k = N.subtract(BigInteger.valueOf(12345));
    BigInteger[] split = glv.decomposeScalar(k);
    assertThat(split[0].add(split[1].multiply(LAMBDA)).mod(N)).isEqualTo(k);
    assertThat(split[0].abs().bitLength()).isLessThanOrEqualTo(129);
    assertThat(split[1].abs().bitLength()).isLessThanOrEqualTo(129);
  }

  @Property(tries = 300)
  void lift_matchesBouncyCastleDecompression(
      @ForAll("scalars") BigInteger x, @ForAll boolean odd) {
    byte[] compressed = new byte[33];
    compressed[0] = (byte) (odd ? 3 : 2);
    byte[] be = x.toByteArray();
    int len = Math.min(be.length, 32);
    System.arraycopy(be, be.length - len, compressed, 33 - len, len);
    ECPoint expected;
    try {
      expected = CURVE.getCurve().decodePoint(compressed);
    } catch (IllegalArgumentException e) {
      assertThat(AffinePoint.lift(x, odd)).isNull();
      return;
    }
    assertSame(AffinePoint.lift(x, odd), expected);
  }

  @Property(tries = 500)
  void wnaf_reconstructsScalar_withSparseOddDigits(
      @ForAll("scalars") BigInteger scalar, @ForAll @IntRange(min = 2, max = 10) int w) {
    BigInteger k = scalar.mod(BigInteger.ONE.shiftLeft(191)); // the encoder takes up to 192 bits
    int[] digits = new int[200];
    int n = Wnaf.encode(digits, k, w);
    assertThat(n).isLessThanOrEqualTo(k.bitLength() + 1);
    BigInteger sum = BigInteger.ZERO;
    int lastNonZero = -w;
    for (int i = 0; i < n; i++) {
      int d = digits[i];
      if (d != 0) {
        assertThat(Math.abs(d) % 2).isEqualTo(1);
        assertThat(Math.abs(d)).isLessThan(1 << (w - 1));
        assertThat(i - lastNonZero).isGreaterThanOrEqualTo(w);
        lastNonZero = i;
      }
      sum = sum.add(BigInteger.valueOf(d).shiftLeft(i));
    }
    assertThat(sum).isEqualTo(k);
  }

  @Test
  void wnaf_largestDocumentedScalar_reconstructsAtEveryWidth() {
    // 2^191 - 1: the first digit is -1 and its carry runs through all three words; the javadoc
    // once promised 2^192 - 1, whose carry does not fit and was silently dropped.
    BigInteger k = BigInteger.ONE.shiftLeft(191).subtract(BigInteger.ONE);
    for (int w = 2; w <= 16; w++) {
      int[] digits = new int[200];
      int n = Wnaf.encode(digits, k, w);
      BigInteger sum = BigInteger.ZERO;
      for (int i = 0; i < n; i++) {
        sum = sum.add(BigInteger.valueOf(digits[i]).shiftLeft(i));
      }
      assertThat(sum).as("width %d", w).isEqualTo(k);
    }
  }
}
