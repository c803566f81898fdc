package io.depin.tokenomics.simulation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class RelativeErrorSketchTest {
  private static final double[] PROBS = {0.0, 0.05, 0.25, 0.5, 0.95, 1.0};

  /** Finite doubles: zeros of both signs, small integers (duplicates), any bit pattern, decades. */
  @Provide
  Arbitrary<List<Double>> values() {
    Arbitrary<Double> v =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(2, Arbitraries.of(0.0, -0.0)),
            net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(-5, 5).map(i -> (double) i)),
            net.jqwik.api.Tuple.of(
                3,
                Arbitraries.longs()
                    .map(Double::longBitsToDouble)
                    .filter(d -> Double.isFinite(d))),
            net.jqwik.api.Tuple.of(
                3,
                Arbitraries.doubles().between(-300, 300).map(e -> Math.signum(e) * Math.pow(10, Math.abs(e)))));
    return v.list().ofMinSize(1).ofMaxSize(400);
  }

  @Provide
  Arbitrary<Double> alphas() {
    return Arbitraries.of(1e-4, 1e-3, 0.01, 0.05, 0.25);
  }

  @Property(tries = 300)
  void valueAtRank_everyRank_withinRelativeAccuracyOfTheSortedValue(
      @ForAll("values") List<Double> values, @ForAll("alphas") double alpha) {
    RelativeErrorSketch sketch = sketchOf(values, alpha);
    double[] sorted = sorted(values);
    assertThat(sketch.count()).isEqualTo(sorted.length);
    for (int r = 0; r < sorted.length; r++) {
      double x = sorted[r];
      double e = sketch.valueAtRank(r);
      assertThat(Math.abs(e - x))
          .as("rank %d of %s, alpha %s", r, Arrays.toString(sorted), alpha)
          .isLessThanOrEqualTo(alpha * Math.abs(x) + subnormalSlack(x));
      assertThat(Math.signum(e)).isEqualTo(Math.signum(x) == 0 ? 0.0 : Math.signum(x));
    }
  }

  @Property(tries = 300)
  void quantiles_withinStatedBoundOfExactType7(
      @ForAll("values") List<Double> values, @ForAll("alphas") double alpha) {
    RelativeErrorSketch sketch = sketchOf(values, alpha);
    double[] sorted = sorted(values);
    double[] exact = new double[PROBS.length];
    Quantiles.compute(sorted.clone(), sorted.length, PROBS, exact);
    double[] sketched = new double[PROBS.length];
    sketch.quantiles(PROBS, sketched);
    int n = sorted.length;
    for (int i = 0; i < PROBS.length; i++) {
      double h = (n - 1) * PROBS[i];
      int lo = (int) Math.floor(h);
      double f = h - lo;
      double xlo = sorted[lo];
      double xhi = sorted[Math.min(lo + 1, n - 1)];
      // the stated bound, plus the rounding of x_lo + f (x_hi - x_lo) in both computations
      double bound =
          alpha * ((1 - f) * Math.abs(xlo) + f * Math.abs(xhi))
              + 4 * Math.ulp(Math.max(Math.abs(xlo), Math.abs(xhi)))
              + subnormalSlack(xlo)
              + subnormalSlack(xhi);
      assertThat(Math.abs(sketched[i] - exact[i]))
          .as("p=%s of %s, alpha %s", PROBS[i], Arrays.toString(sorted), alpha)
          .isLessThanOrEqualTo(bound);
    }
  }

  @Property(tries = 200)
  void quantiles_sameSignNormalValues_withinAlphaOfExact(
      @ForAll("values") List<Double> values, @ForAll("alphas") double alpha) {
    double[] positive =
        values.stream()
            .mapToDouble(Math::abs)
            .filter(d -> d == 0 || d >= Double.MIN_NORMAL)
            .toArray();
    if (positive.length == 0) {
      return;
    }
    RelativeErrorSketch sketch = new RelativeErrorSketch(new LogMapping(alpha));
    for (double d : positive) {
      sketch.add(d);
    }
    double[] exact = new double[PROBS.length];
    Quantiles.compute(positive.clone(), positive.length, PROBS, exact);
    double[] sketched = new double[PROBS.length];
    sketch.quantiles(PROBS, sketched);
    for (int i = 0; i < PROBS.length; i++) {
      assertThat(Math.abs(sketched[i] - exact[i])).isLessThanOrEqualTo(alpha * exact[i]);
    }
  }

  @Property(tries = 100)
  void merge_anySplitAndOrder_givesTheSameFiguresAsOneSketch(
      @ForAll("values") List<Double> values,
      @ForAll("alphas") double alpha,
      @ForAll @IntRange(min = 1, max = 6) int parts,
      @ForAll long shuffleSeed) {
    RelativeErrorSketch whole = sketchOf(values, alpha);
    List<Double> shuffled = new ArrayList<>(values);
    Random random = new Random(shuffleSeed);
    Collections.shuffle(shuffled, random);
    List<RelativeErrorSketch> pieces = new ArrayList<>();
    for (int p = 0; p < parts; p++) {
      pieces.add(new RelativeErrorSketch(new LogMapping(alpha)));
    }
    for (double d : shuffled) {
      pieces.get(random.nextInt(parts)).add(d);
    }
    Collections.shuffle(pieces, random);
    RelativeErrorSketch merged = pieces.get(0);
    for (int p = 1; p < parts; p++) {
      merged.merge(pieces.get(p));
    }
    double[] a = new double[PROBS.length];
    double[] b = new double[PROBS.length];
    whole.quantiles(PROBS, a);
    merged.quantiles(PROBS, b);
    assertThat(b).isEqualTo(a);
    assertThat(merged.mean()).isEqualTo(whole.mean());
    assertThat(merged.count()).isEqualTo(whole.count());
    assertThat(merged.buckets()).isEqualTo(whole.buckets());
    for (long r = 0; r < whole.count(); r++) {
      assertThat(merged.valueAtRank(r)).isEqualTo(whole.valueAtRank(r));
    }
  }

  @Property(tries = 200)
  void mean_isTheExactMeanRounded(@ForAll("values") List<Double> values) {
    RelativeErrorSketch sketch = sketchOf(values, 0.01);
    BigDecimal sum = BigDecimal.ZERO;
    for (double d : values) {
      sum = sum.add(new BigDecimal(d));
    }
    double expected =
        sum.divide(BigDecimal.valueOf(values.size()), java.math.MathContext.DECIMAL128)
            .doubleValue();
    assertThat(sketch.mean()).isEqualTo(expected);
  }

  @Test
  void specialValues_nanPoisonsEverything_infinitiesAreExactRanks() {
    RelativeErrorSketch s = new RelativeErrorSketch(new LogMapping(0.01));
    for (double d : new double[] {Double.NEGATIVE_INFINITY, -2, 0, 3, Double.POSITIVE_INFINITY}) {
      s.add(d);
    }
    assertThat(s.valueAtRank(0)).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(s.valueAtRank(2)).isEqualTo(0.0);
    assertThat(s.valueAtRank(4)).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(s.valueAtRank(1)).isCloseTo(-2, org.assertj.core.data.Offset.offset(0.02));
    assertThat(s.mean()).isNaN(); // +inf and -inf
    double[] q = new double[1];
    s.quantiles(new double[] {0.5}, q);
    assertThat(q[0]).isEqualTo(0.0);
    s.add(Double.NaN);
    s.quantiles(new double[] {0.5}, q);
    assertThat(q[0]).isNaN();
    assertThat(s.mean()).isNaN();
    RelativeErrorSketch empty = new RelativeErrorSketch(new LogMapping(0.01));
    empty.quantiles(new double[] {0.5}, q);
    assertThat(q[0]).isNaN();
    assertThat(empty.mean()).isNaN();
  }

  @Test
  void buckets_millionValuesWithinAFactorTwo_useFewBuckets() {
    RelativeErrorSketch s = new RelativeErrorSketch(new LogMapping(0.01));
    Random random = new Random(7);
    for (int i = 0; i < 1_000_000; i++) {
      s.add(1 + random.nextDouble());
    }
    // ln 2 / ln((1 + 0.01) / (1 - 0.01)) = 34.7: at most 36 buckets, whatever the count
    assertThat(s.buckets()).isBetween(35, 36);
  }

  @Test
  @SuppressWarnings("BigDecimalLiteralDouble") // the exact binary values of the doubles are meant
  void exactSum_hugeAndTinyValues_cancelExactly() {
    ExactSum sum = new ExactSum();
    for (double d : new double[] {Double.MAX_VALUE, 1e-300, Double.MAX_VALUE, -Double.MAX_VALUE,
        -Double.MAX_VALUE, Double.MIN_VALUE}) {
      sum.add(d);
    }
    assertThat(sum.value()).isEqualByComparingTo(
        new BigDecimal(1e-300).add(new BigDecimal(Double.MIN_VALUE)));
  }

  private static RelativeErrorSketch sketchOf(List<Double> values, double alpha) {
    RelativeErrorSketch sketch = new RelativeErrorSketch(new LogMapping(alpha));
    for (double d : values) {
      sketch.add(d);
    }
    return sketch;
  }

  private static double[] sorted(List<Double> values) {
    double[] a = values.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(a);
    return a;
  }

  /** Subnormal magnitudes round to a multiple of Double.MIN_VALUE: at most 2 more (stated). */
  private static double subnormalSlack(double x) {
    return x != 0 && Math.abs(x) < Double.MIN_NORMAL ? 2 * Double.MIN_VALUE : 0;
  }
}
