package io.depin.tokenomics.distribution.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class ShareMathTest {
  private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

  @Property(tries = 2000)
  void divide128_anyDividendBelowDivisorTimes2To64_matchesBigInteger(
      @ForAll @LongRange(min = 1) long d, @ForAll long lo, @ForAll long seed) {
    long hi = Long.remainderUnsigned(new SplittableRandom(seed).nextLong(), d);
    BigInteger dividend = BigInteger.valueOf(hi).shiftLeft(64).add(new BigInteger(Long.toUnsignedString(lo)));
    BigInteger expected = dividend.divide(BigInteger.valueOf(d));
    assertThat(expected).isLessThan(TWO_64);
    assertThat(new BigInteger(Long.toUnsignedString(ShareMath.divide128(hi, lo, d)))).isEqualTo(expected);
  }

  @Property(tries = 500)
  void sharesFast_weightsNear2To63_matchSharesGeneral(
      @ForAll @Size(max = 40) long[] raw, @ForAll @LongRange(min = 0) long n) {
    long[] e = new long[raw.length];
    long total = 0;
    for (int i = 0; i < raw.length; i++) {
      long bound = Math.max(1, (Long.MAX_VALUE - total) / (raw.length - i));
      e[i] = Math.floorMod(raw[i], bound);
      total += e[i];
    }
    if (total == 0) {
      return;
    }
    long[] share = new long[e.length];
    long[] rem = new long[e.length];
    ShareMath.sharesFast(e, n, total, share, rem);
    BigInteger[] eb = new BigInteger[e.length];
    for (int i = 0; i < e.length; i++) {
      eb[i] = BigInteger.valueOf(e[i]);
    }
    BigInteger[] shareB = new BigInteger[e.length];
    BigInteger[] remB = new BigInteger[e.length];
    ShareMath.sharesGeneral(eb, BigInteger.valueOf(n), BigInteger.valueOf(total), shareB, remB);
    for (int i = 0; i < e.length; i++) {
      assertThat(BigInteger.valueOf(share[i])).isEqualTo(shareB[i]);
      assertThat(BigInteger.valueOf(rem[i])).isEqualTo(remB[i]);
    }
  }

  @Test
  void sharesFast_largeInput_sameAsSequentialChunks() {
    int n = 200_000;
    long[] e = new long[n];
    SplittableRandom rnd = new SplittableRandom(7);
    for (int i = 0; i < n; i++) {
      e[i] = rnd.nextLong(1, 1L << 40);
    }
    long total = 0;
    for (long v : e) {
      total += v;
    }
    long pool = 1_000_000_000_000_000_007L;
    long[] share = new long[n];
    long[] rem = new long[n];
    ShareMath.sharesFast(e, pool, total, share, rem);
    BigInteger p = BigInteger.valueOf(pool);
    BigInteger t = BigInteger.valueOf(total);
    for (int i = 0; i < n; i += 997) {
      BigInteger[] qr = p.multiply(BigInteger.valueOf(e[i])).divideAndRemainder(t);
      assertThat(share[i]).isEqualTo(qr[0].longValueExact());
      assertThat(rem[i]).isEqualTo(qr[1].longValueExact());
    }
  }

  @Test
  void largestRemainders_ties_goToEarlierParticipant() {
    boolean[] extra = ShareMath.largestRemainders(new long[] {5, 9, 7, 9, 7, 1}, 3);
    assertThat(extra).containsExactly(false, true, true, true, false, false);
  }
}
