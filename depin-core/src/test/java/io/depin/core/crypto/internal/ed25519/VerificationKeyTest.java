package io.depin.core.crypto.internal.ed25519;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.bouncycastle.math.ec.rfc8032.Ed25519;
import org.junit.jupiter.api.Test;

/**
 * The signed-window recoding and the two-table Straus evaluation of {@code [S]B - [k]A}, anchored
 * on public keys that BouncyCastle computes from seeds: {@code [a]B} for the clamped SHA-512 of
 * the seed.
 */
class VerificationKeyTest {
  private static final BigInteger L = Scalars.L;

  /** Where a scalar is drawn from: anywhere, just below {@code L}, small, or below the bound. */
  enum Region {
    RANDOM,
    BELOW_L,
    SMALL,
    BELOW_BOUND
  }

  @Property(tries = 300)
  void recode_scalarBelow2To253_digitsAreSparseOddAndSumToIt(
      @ForAll Region region,
      @ForAll @IntRange(max = 100) int delta,
      @ForAll @IntRange(min = 2, max = 8) int width,
      @ForAll long seed) {
    BigInteger scalar = draw(region, delta, new Random(seed), BigInteger.ONE.shiftLeft(253));
    byte[] digits = Wnaf.recode(Scalars.words(scalar), width);
    BigInteger sum = BigInteger.ZERO;
    int last = -width;
    for (int i = 0; i < digits.length; i++) {
      int d = digits[i];
      if (d != 0) {
        assertThat(d & 1).isEqualTo(1);
        assertThat(Math.abs(d)).isLessThan(1 << (width - 1));
        assertThat(i - last).isGreaterThanOrEqualTo(width);
        last = i;
        sum = sum.add(BigInteger.valueOf(d).shiftLeft(i));
      }
    }
    assertThat(sum).isEqualTo(scalar);
  }

  /** With {@code A = B}: {@code [S]B - [k]B = [a]B} for {@code S = a + k}. */
  @Property(tries = 60)
  void combination_keyIsBase_givesTheDifferenceTimesB(
      @ForAll Region region, @ForAll @IntRange(max = 100) int delta, @ForAll long seed) {
    Random random = new Random(seed);
    byte[] pub = new byte[32];
    BigInteger a = keyPair(random, pub);
    BigInteger s = draw(region, delta, random, L);
    BigInteger k = s.subtract(a).mod(L);
    VerificationKey base = VerificationKey.decode(baseEncoding());
    assertThat(base).isNotNull();
    ExtendedPoint p =
        base.combination(
            digits(s, VerificationKey.BASE_WIDTH), digits(k, VerificationKey.KEY_WIDTH));
    assertThat(p.encodesTo(pub, new ExtendedPoint.Scratch())).isTrue();
    pub[31] ^= (byte) 0x80;
    assertThat(p.encodesTo(pub, new ExtendedPoint.Scratch())).isFalse();
  }

  /** With {@code A = [a]B}: {@code [S]B - [k]A = [a]B} for {@code S = a + k a}. */
  @Property(tries = 60)
  void combination_anyKey_givesSMinusKTimesA(
      @ForAll Region region, @ForAll @IntRange(max = 100) int delta, @ForAll long seed) {
    Random random = new Random(seed);
    byte[] pub = new byte[32];
    BigInteger a = keyPair(random, pub);
    BigInteger k = draw(region, delta, random, L);
    BigInteger s = a.add(k.multiply(a)).mod(L);
    VerificationKey key = VerificationKey.decode(pub.clone());
    assertThat(key).isNotNull();
    ExtendedPoint p =
        key.combination(
            digits(s, VerificationKey.BASE_WIDTH), digits(k, VerificationKey.KEY_WIDTH));
    assertThat(p.encodesTo(pub, new ExtendedPoint.Scratch())).isTrue();
  }

  @Property(tries = 20)
  void combination_afterTheTablesWereReleased_isRebuiltAndUnchanged(@ForAll long seed) {
    Random random = new Random(seed);
    byte[] pub = new byte[32];
    BigInteger a = keyPair(random, pub);
    BigInteger k = draw(Region.RANDOM, 0, random, L);
    BigInteger s = a.add(k.multiply(a)).mod(L);
    VerificationKey key = VerificationKey.decode(pub.clone());
    assertThat(key).isNotNull();
    key.releaseTables();
    ExtendedPoint p =
        key.combination(
            digits(s, VerificationKey.BASE_WIDTH), digits(k, VerificationKey.KEY_WIDTH));
    assertThat(p.encodesTo(pub, new ExtendedPoint.Scratch())).isTrue();
  }

  @Test
  void combination_equalScalarsOnBase_isTheIdentity() {
    VerificationKey base = VerificationKey.decode(baseEncoding());
    assertThat(base).isNotNull();
    BigInteger s = L.subtract(BigInteger.ONE);
    ExtendedPoint p =
        base.combination(
            digits(s, VerificationKey.BASE_WIDTH), digits(s, VerificationKey.KEY_WIDTH));
    assertThat(p.isIdentity()).isTrue();
    byte[] identity = new byte[32];
    identity[0] = 1;
    assertThat(p.encodesTo(identity, new ExtendedPoint.Scratch())).isTrue();
  }

  @Test
  void decode_smallOrderAndMixedOrderPoints_areRejected() {
    byte[] identity = new byte[32];
    identity[0] = 1;
    assertThat(VerificationKey.decode(identity)).isNull();
    // (0, -1), of order 2
    byte[] minusOne = new byte[32];
    minusOne[0] = (byte) 0xec;
    for (int i = 1; i < 31; i++) {
      minusOne[i] = (byte) 0xff;
    }
    minusOne[31] = 0x7f;
    assertThat(VerificationKey.decode(minusOne)).isNull();
  }

  private static BigInteger draw(Region region, int delta, Random random, BigInteger bound) {
    return switch (region) {
      case RANDOM -> new BigInteger(300, random).mod(bound);
      case BELOW_L -> L.subtract(BigInteger.valueOf(1 + delta));
      case SMALL -> BigInteger.valueOf(delta);
      case BELOW_BOUND -> bound.subtract(BigInteger.valueOf(1 + delta));
    };
  }

  private static byte[] digits(BigInteger scalar, int width) {
    return Wnaf.recode(Scalars.words(scalar), width);
  }

  /** Makes a key pair with BouncyCastle and returns {@code a mod L}, writing {@code [a]B}. */
  private static BigInteger keyPair(Random random, byte[] pub) {
    byte[] seed = new byte[32];
    random.nextBytes(seed);
    Ed25519.generatePublicKey(seed, 0, pub, 0);
    byte[] h;
    try {
      h = MessageDigest.getInstance("SHA-512").digest(seed);
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
    // RFC 8032 §5.1.5: clear the low three bits and bit 255, set bit 254
    h[0] &= (byte) 0xf8;
    h[31] &= 0x7f;
    h[31] |= 0x40;
    byte[] be = new byte[32];
    for (int i = 0; i < 32; i++) {
      be[31 - i] = h[i];
    }
    return new BigInteger(1, be).mod(L);
  }

  private static byte[] baseEncoding() {
    byte[] encoded = new byte[32];
    encoded[0] = 0x58;
    for (int i = 1; i < 32; i++) {
      encoded[i] = 0x66;
    }
    return encoded;
  }
}
