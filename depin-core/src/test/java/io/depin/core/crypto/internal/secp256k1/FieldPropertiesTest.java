package io.depin.core.crypto.internal.secp256k1;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Cross-checks the 5x52 field against BigInteger arithmetic modulo p. */
class FieldPropertiesTest {
  /** p = 2^256 - 2^32 - 977 (SEC 2, section 2.4.1). */
  static final BigInteger P =
      new BigInteger("FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEFFFFFC2F", 16);

  /**
   * An element together with the value it stands for: normalized, or a non-normalized
   * representation of the same residue with a larger magnitude (a multiple of p added limb-wise, or
   * a value in [p, 2^256)).
   */
  @SuppressWarnings("ArrayRecordComponent") // a test input, never compared with equals
  record Element(long[] limbs, BigInteger value) {
    /** {@return the limbs if strict (all below 2^52), else a weakly normalized copy} */
    long[] strict() {
      for (long limb : limbs) {
        if (limb >>> 52 != 0) {
          long[] t = limbs.clone();
          Field.weakNormalize(t);
          return t;
        }
      }
      return limbs;
    }
  }

  @Provide
  Arbitrary<Element> elements() {
    Arbitrary<BigInteger> edge =
        Arbitraries.of(
            BigInteger.ZERO,
            BigInteger.ONE,
            BigInteger.TWO,
            P.subtract(BigInteger.ONE),
            P.subtract(BigInteger.TWO),
            P.shiftRight(1),
            BigInteger.ONE.shiftLeft(52),
            BigInteger.ONE.shiftLeft(255),
            BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE));
    Arbitrary<BigInteger> random =
        Arbitraries.bigIntegers().between(BigInteger.ZERO, P.subtract(BigInteger.ONE));
    Arbitrary<BigInteger> values = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(1, edge), net.jqwik.api.Tuple.of(4, random));
    Arbitrary<Integer> forms = Arbitraries.integers().between(0, 3);
    return Combinators.combine(values, forms).as(FieldPropertiesTest::represent);
  }

  /**
   * Represents v in one of four forms, all of magnitude at most 8: set (strict), v + p with a bit
   * at 2^256 (strict, limb 4 above 48 bits), a negation, and a sum.
   */
  private static Element represent(BigInteger v, int form) {
    long[] a = Field.create();
    switch (form) {
      case 0 -> Field.set(a, v);
      case 1 -> {
        // v + p, still below 2^257: the unreduced form (limb 4 may exceed 48 bits).
        BigInteger w = v.add(P);
        Field.set(a, w.mod(BigInteger.ONE.shiftLeft(256)));
        if (w.testBit(256)) {
          a[4] += 1L << 48;
        }
      }
      case 2 -> {
        // -(-v): negation of a magnitude-1 element gives a magnitude-2 representation.
        long[] n = Field.create();
        Field.set(n, P.subtract(v).mod(P));
        Field.negate(a, n, 1);
      }
      default -> {
        // 7 v as v added to itself with limbs left unreduced, then divided back out below.
        long[] one = Field.create();
        Field.set(one, v);
        Field.add(a, one, one);
        Field.add(a, a, a);
        Field.add(a, a, one);
        Field.add(a, a, one);
        Field.add(a, a, one);
        return new Element(a, v.multiply(BigInteger.valueOf(7)).mod(P));
      }
    }
    return new Element(a, v.mod(P));
  }

  private static BigInteger value(long[] a) {
    long[] t = a.clone();
    Field.normalize(t);
    BigInteger v = Field.toBigInteger(t);
    assertThat(v).isLessThan(P);
    return v;
  }

  /** The magnitude-1 bound that mul, sqr and the normalizations promise. */
  private static void assertMagnitudeOne(long[] a) {
    for (int i = 0; i < 4; i++) {
      assertThat(a[i]).isBetween(0L, (1L << 52) + (1L << 34));
    }
    assertThat(a[4]).isBetween(0L, (1L << 48) + (1L << 12));
  }

  @Property(tries = 2000)
  void mul_matchesBigInteger(@ForAll("elements") Element a, @ForAll("elements") Element b) {
    long[] r = Field.create();
    Field.mul(r, a.strict(), b.limbs());
    assertMagnitudeOne(r);
    assertThat(value(r)).isEqualTo(a.value().multiply(b.value()).mod(P));
  }

  @Property(tries = 2000)
  void sqr_matchesBigInteger(@ForAll("elements") Element a) {
    long[] r = Field.create();
    Field.sqr(r, a.strict());
    assertMagnitudeOne(r);
    assertThat(value(r)).isEqualTo(a.value().multiply(a.value()).mod(P));
  }

  @Property(tries = 1000)
  void addNegate_matchBigInteger(@ForAll("elements") Element a, @ForAll("elements") Element b) {
    long[] r = Field.create();
    Field.add(r, a.limbs(), b.limbs());
    assertThat(value(r)).isEqualTo(a.value().add(b.value()).mod(P));
    Field.negate(r, a.limbs(), 8);
    assertThat(value(r)).isEqualTo(a.value().negate().mod(P));
    assertThat(Field.isZero(r)).isEqualTo(a.value().signum() == 0);
    Field.add(r, r, a.limbs());
    assertThat(Field.isZero(r)).isTrue();
    assertThat(Field.equal(a.limbs(), b.limbs())).isEqualTo(a.value().equals(b.value()));
  }

  @Property(tries = 1000)
  void subScaled_matchesBigInteger(
      @ForAll("elements") Element a, @ForAll("elements") Element b,
      @ForAll @IntRange(min = 0, max = 9) int ka, @ForAll @IntRange(min = 1, max = 8) int kb) {
    long[] r = Field.create();
    Field.subScaled(r, a.limbs(), ka, b.limbs(), kb, 8);
    BigInteger expected =
        a.value().multiply(BigInteger.valueOf(ka)).subtract(b.value().multiply(BigInteger.valueOf(kb)));
    assertThat(value(r)).isEqualTo(expected.mod(P));
  }

  @Property(tries = 500)
  void weakNormalize_keepsValue_reachesMagnitudeOne(@ForAll("elements") Element a) {
    long[] r = a.limbs().clone();
    Field.weakNormalize(r);
    assertMagnitudeOne(r);
    assertThat(value(r)).isEqualTo(a.value());
  }

  @Property(tries = 200)
  void invert_matchesModInverse(@ForAll("elements") Element a) {
    long[] r = Field.create();
    Field.invert(r, a.limbs());
    BigInteger expected = a.value().signum() == 0 ? BigInteger.ZERO : a.value().modInverse(P);
    assertThat(value(r)).isEqualTo(expected);
  }

  @Property(tries = 300)
  void sqrt_findsRootsOfSquares_rejectsNonResidues(@ForAll("elements") Element a) {
    long[] r = Field.create();
    boolean square = Field.sqrt(r, a.strict());
    // Euler's criterion: a is a square iff a = 0 or a^((p-1)/2) = 1.
    boolean expected =
        a.value().signum() == 0
            || a.value().modPow(P.subtract(BigInteger.ONE).shiftRight(1), P).equals(BigInteger.ONE);
    assertThat(square).isEqualTo(expected);
    if (square) {
      assertThat(value(r).modPow(BigInteger.TWO, P)).isEqualTo(a.value());
    }
  }

  @Test
  void normalize_valuesFromPUpTo2To256_wrap() {
    for (BigInteger v :
        List.of(P, P.add(BigInteger.ONE), BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE))) {
      long[] r = Field.create();
      Field.set(r, v);
      Field.normalize(r);
      assertThat(Field.toBigInteger(r)).isEqualTo(v.subtract(P));
    }
  }

  @Property(tries = 100)
  void sqrt_ofMinusOne_isRejected_ofMaximalLimbs_matches(@ForAll @IntRange(min = 1, max = 128) int m) {
    // p = 3 mod 4, so -1 is a non-residue; and limbs at the largest sizes mul accepts (strict
    // first factor, magnitude 128 second factor) still multiply correctly.
    long[] minusOne = Field.create();
    Field.set(minusOne, P.subtract(BigInteger.ONE));
    assertThat(Field.sqrt(Field.create(), minusOne)).isFalse();
    long[] big = {
      m * ((1L << 52) + (1L << 34)), m * ((1L << 52) + (1L << 34)), m * ((1L << 52) + (1L << 34)),
      m * ((1L << 52) + (1L << 34)), m * ((1L << 48) + (1L << 12))
    };
    long[] strict = {Field.M52, Field.M52, Field.M52, Field.M52, Field.M52};
    BigInteger v = limbValue(big);
    BigInteger s = limbValue(strict);
    long[] r = Field.create();
    Field.mul(r, strict, big);
    assertThat(value(r)).isEqualTo(s.multiply(v).mod(P));
    Field.sqr(r, strict);
    assertThat(value(r)).isEqualTo(s.multiply(s).mod(P));
  }

  @Property(tries = 500)
  void normalizeIsZero_atTheDocumentedMagnitude2To10_matchBigInteger(
      @ForAll @IntRange(min = 0, max = 1022) int multipleOfP,
      @ForAll("elements") Element e,
      @ForAll boolean maximal) {
    // Limbs at the bound of magnitude 2^10, or (m + 1) p written limb-wise plus a small element:
    // weak reduction then leaves limb 4 above 48 bits, and for e = 0 exactly p or a multiple of it.
    long m = 1L << 10;
    long[] a;
    if (maximal) {
      long low = m * ((1L << 52) + (1L << 34));
      a = new long[] {low, low, low, low, m * ((1L << 48) + (1L << 12))};
    } else {
      a = Field.create();
      Field.negate(a, Field.create(), multipleOfP);
      Field.add(a, a, e.strict());
    }
    BigInteger expected = limbValue(a).mod(P);
    long[] n = a.clone();
    Field.normalize(n);
    assertThat(Field.toBigInteger(n)).isEqualTo(expected);
    assertThat(Field.isZero(a)).isEqualTo(expected.signum() == 0);
    long[] w = a.clone();
    Field.weakNormalize(w);
    assertMagnitudeOne(w);
    assertThat(limbValue(w).mod(P)).isEqualTo(expected);
  }

  private static BigInteger limbValue(long[] limbs) {
    BigInteger v = BigInteger.ZERO;
    for (int i = 4; i >= 0; i--) {
      v = v.shiftLeft(52).add(BigInteger.valueOf(limbs[i]));
    }
    return v;
  }
}
