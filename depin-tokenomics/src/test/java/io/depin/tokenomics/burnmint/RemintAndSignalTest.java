package io.depin.tokenomics.burnmint;

import static org.assertj.core.api.Assertions.assertThat;

import io.depin.core.token.Token;
import io.depin.core.token.TokenAmount;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class RemintAndSignalTest {
  private static final Token RNDR = new Token("RNDR", 8);

  private static TokenAmount units(long n) {
    return TokenAmount.ofBaseUnits(n, RNDR);
  }

  @Test
  void remint_burnedBasis_cappedAndWithheld() {
    RemintPolicy p = new RemintPolicy(RemintBasis.BURNED, new BigDecimal("0.75"), units(1_000));
    // 0.75 * 1001 = 750.75 -> 750, under the cap
    assertThat(p.remint(units(1_001), units(5_000))).isEqualTo(new RemintOutcome(units(750), units(0)));
    // 0.75 * 2000 = 1500 -> capped at 1000, 500 withheld
    assertThat(p.remint(units(2_000), units(5_000)))
        .isEqualTo(new RemintOutcome(units(1_000), units(500)));
  }

  @Test
  void remint_emissionBasis_ignoresBurn() {
    RemintPolicy p = new RemintPolicy(RemintBasis.EMISSION, BigDecimal.ONE, units(10_000));
    assertThat(p.remint(units(0), units(4_000)).minted()).isEqualTo(units(4_000));
  }

  /** alpha = 1/4, HALF_EVEN: 100, then 100 + (200-100)/4 = 125, then 125 + (0-125)/4 = 93.75 -> 94. */
  @Test
  void observe_handComputedEma() {
    BurnSignal s = BurnSignal.start(BigInteger.ONE, BigInteger.valueOf(4), RoundingMode.HALF_EVEN);
    assertThat(s.value()).isEmpty();
    s = s.observe(units(100));
    assertThat(s.value()).contains(units(100));
    s = s.observe(units(200));
    assertThat(s.value()).contains(units(125));
    s = s.observe(units(0));
    assertThat(s.value()).contains(units(94));
  }

  @Property
  void observe_staysBetweenPreviousAndNew(
      @ForAll @Size(min = 1, max = 30) List<@LongRange(min = 0, max = 1_000_000_000L) Long> burns,
      @ForAll @LongRange(min = 1, max = 1000) long p,
      @ForAll @LongRange(min = 0, max = 1000) long extra) {
    BurnSignal s = BurnSignal.start(BigInteger.valueOf(p), BigInteger.valueOf(p + extra), RoundingMode.FLOOR);
    TokenAmount previous = null;
    for (long b : burns) {
      s = s.observe(units(b));
      TokenAmount v = s.value().orElseThrow();
      if (previous == null) {
        assertThat(v).isEqualTo(units(b));
      } else {
        TokenAmount lo = previous.compareTo(units(b)) <= 0 ? previous : units(b);
        TokenAmount hi = previous.compareTo(units(b)) <= 0 ? units(b) : previous;
        assertThat(v).isBetween(lo, hi);
      }
      previous = v;
    }
  }

  @Property
  void remint_neverAboveCapAndSumsToUncapped(
      @ForAll @LongRange(min = 0, max = 1_000_000_000L) long burned,
      @ForAll @LongRange(min = 0, max = 1_000_000_000L) long cap,
      @ForAll @LongRange(min = 0, max = 2000) long ratioThousandths) {
    RemintPolicy p =
        new RemintPolicy(RemintBasis.BURNED, BigDecimal.valueOf(ratioThousandths, 3), units(cap));
    RemintOutcome out = p.remint(units(burned), units(0));
    assertThat(out.minted()).isLessThanOrEqualTo(units(cap));
    assertThat(out.minted().plus(out.withheld()).baseUnits())
        .isEqualTo(BigInteger.valueOf(burned).multiply(BigInteger.valueOf(ratioThousandths)).divide(BigInteger.valueOf(1000)));
  }
}
