package io.depin.tokenomics.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InequalityTest {

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 7, 1000})
  void lorenz_equalAmounts_giniZeroAndDiagonal(int n) {
    long[] amounts = new long[n];
    java.util.Arrays.fill(amounts, 37);

    Lorenz lorenz = Inequality.lorenz(amounts);

    assertThat(lorenz.gini()).isEqualTo(0.0);
    for (LorenzPoint p : lorenz.points()) {
      assertThat(p.share()).isCloseTo(p.population(), within(1e-15));
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 10, 12345})
  void lorenz_oneHolderHasAll_giniIsNMinusOneOverN(int n) {
    long[] amounts = new long[n];
    amounts[n / 2] = 1_000_000_007L;

    Lorenz lorenz = Inequality.lorenz(amounts);

    assertThat(lorenz.gini()).isEqualTo((double) (n - 1) / n);
  }

  @Test
  void lorenz_handComputedExample_pointsAndGini() {
    // Sorted 1, 2, 3, 4; total 10; prefix sums 0, 1, 3, 6, 10.
    // sum(i * a(i)) = 1 + 4 + 9 + 16 = 30; G = (2 * 30 - 5 * 10) / (4 * 10) = 0.25.
    // Cross-check by mean absolute difference: sum over pairs |ai - aj| = 10, so
    // G = 2 * 10 / (2 * n^2 * mean) = 20 / 80 = 0.25.
    Lorenz lorenz = Inequality.lorenz(new long[] {3, 1, 4, 2});

    assertThat(lorenz.gini()).isEqualTo(0.25);
    assertThat(lorenz.recipients()).isEqualTo(4);
    assertThat(lorenz.total()).isEqualTo(BigInteger.TEN);
    assertThat(lorenz.points())
        .containsExactly(
            new LorenzPoint(0, 0),
            new LorenzPoint(0.25, 0.1),
            new LorenzPoint(0.5, 0.3),
            new LorenzPoint(0.75, 0.6),
            new LorenzPoint(1, 1));
  }

  @Test
  void lorenz_thirds_giniTwoNinths() {
    Lorenz lorenz = Inequality.lorenz(List.of(BigInteger.ONE, BigInteger.TWO, BigInteger.valueOf(3)));

    assertThat(lorenz.gini()).isEqualTo(2.0 / 9.0);
    assertThat(lorenz.points().get(1)).isEqualTo(new LorenzPoint(1.0 / 3, 1.0 / 6));
  }

  @Test
  void lorenz_beyondLongRange_exact() {
    BigInteger huge = BigInteger.TWO.pow(200);
    Lorenz lorenz = Inequality.lorenz(List.of(huge, huge, huge.multiply(BigInteger.TWO)));

    // Sorted h, h, 2h: sum(i a) = h + 2h + 6h = 9h; G = (18h - 16h) / (12h) = 1/6.
    assertThat(lorenz.gini()).isEqualTo(1.0 / 6.0);
    assertThat(lorenz.total()).isEqualTo(huge.shiftLeft(2));
  }

  @Test
  void lorenz_allZero_equalityLineAndGiniZero() {
    Lorenz lorenz = Inequality.lorenz(new long[] {0, 0, 0});

    assertThat(lorenz.gini()).isZero();
    assertThat(lorenz.points().get(1)).isEqualTo(new LorenzPoint(1.0 / 3, 1.0 / 3));
  }

  @Test
  void lorenz_emptyOrNegative_rejected() {
    assertThatThrownBy(() -> Inequality.lorenz(new long[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one");
    assertThatThrownBy(() -> Inequality.lorenz(new long[] {1, -1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("index 1");
    assertThatThrownBy(() -> Inequality.lorenz(new long[] {1}, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void lorenz_manyRecipients_thinnedToMaxPointsOfExactVertices() {
    long[] amounts = new long[100_000];
    for (int i = 0; i < amounts.length; i++) {
      amounts[i] = i;
    }

    Lorenz lorenz = Inequality.lorenz(amounts, 11);

    assertThat(lorenz.points()).hasSize(11);
    // Vertex at rank 50000 of 0..99999: prefix sum 0+..+49999 over total 0+..+99999.
    double expected = (49_999.0 * 50_000 / 2) / (99_999.0 * 100_000 / 2);
    assertThat(lorenz.points().get(5).population()).isEqualTo(0.5);
    assertThat(lorenz.points().get(5).share()).isCloseTo(expected, within(1e-15));
  }

  @Property
  void gini_equalsMeanAbsoluteDifferenceFormula(
      @ForAll @Size(min = 1, max = 40) List<@LongRange(min = 0, max = 1_000_000_000_000L) Long> xs) {
    // Independent formula: G = sum_i sum_j |xi - xj| / (2 n^2 mean) = sum |xi - xj| / (2 n T).
    BigInteger total = BigInteger.ZERO;
    BigInteger pairs = BigInteger.ZERO;
    for (long a : xs) {
      total = total.add(BigInteger.valueOf(a));
      for (long b : xs) {
        pairs = pairs.add(BigInteger.valueOf(Math.abs(a - b)));
      }
    }
    double expected =
        total.signum() == 0
            ? 0.0
            : new BigDecimal(pairs)
                .divide(
                    new BigDecimal(total.multiply(BigInteger.valueOf(2L * xs.size()))),
                    new MathContext(80))
                .doubleValue();

    Lorenz lorenz = Inequality.lorenz(xs.stream().mapToLong(Long::longValue).toArray());

    assertThat(lorenz.gini()).isEqualTo(expected);
  }

  @Property
  void lorenz_orderAndScaleDoNotMatter(
      @ForAll @Size(min = 1, max = 60) List<@LongRange(min = 0, max = 1_000_000) Long> xs,
      @ForAll @IntRange(min = 1, max = 1000) int factor) {
    List<BigInteger> amounts = new ArrayList<>(xs.stream().map(BigInteger::valueOf).toList());
    Lorenz base = Inequality.lorenz(amounts);
    Collections.reverse(amounts);
    List<BigInteger> scaled = amounts.stream().map(a -> a.multiply(BigInteger.valueOf(factor))).toList();

    Lorenz other = Inequality.lorenz(scaled);

    assertThat(other.gini()).isEqualTo(base.gini());
    assertThat(other.points()).isEqualTo(base.points());
  }

  @Property
  void lorenz_thinnedPointsAreVerticesOfTheFullCurve(
      @ForAll @Size(min = 1, max = 300) List<@LongRange(min = 0, max = 1_000_000) Long> xs,
      @ForAll @IntRange(min = 2, max = 50) int maxPoints) {
    long[] amounts = xs.stream().mapToLong(Long::longValue).toArray();
    Lorenz full = Inequality.lorenz(amounts, Integer.MAX_VALUE);

    Lorenz thin = Inequality.lorenz(amounts, maxPoints);

    assertThat(thin.points()).hasSizeLessThanOrEqualTo(maxPoints);
    assertThat(full.points()).containsAll(thin.points());
    assertThat(thin.points().getFirst()).isEqualTo(new LorenzPoint(0, 0));
    assertThat(thin.points().getLast()).isEqualTo(new LorenzPoint(1, 1));
    assertThat(thin.gini()).isEqualTo(full.gini());
  }
}
