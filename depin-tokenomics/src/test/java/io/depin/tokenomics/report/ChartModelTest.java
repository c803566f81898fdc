package io.depin.tokenomics.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChartModelTest {

  @ParameterizedTest
  @ValueSource(strings = {"", "Supply", "-supply", "a b", "../x", "supply.csv", "é"})
  void builder_badId_rejected(String id) {
    assertThatThrownBy(() -> LineChart.builder(id)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BandChart.builder(id)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void builders_textDefaultsAndSetters_sameForEveryChartType() {
    LineChart plain = LineChart.builder("l").x(0).series("a", 1).build();
    BandChart band =
        BandChart.builder("b")
            .title("Supply")
            .caption("5th to 95th")
            .axes("epoch", "tokens")
            .step(0, 1, 1, 1, 1)
            .build();
    LorenzChart lorenz =
        LorenzChart.of("r", "Rewards", "", Inequality.lorenz(new long[] {1, 2, 3}));

    assertThat(List.of(plain.id(), plain.title(), plain.caption(), plain.xLabel(), plain.yLabel()))
        .containsExactly("l", "l", "", "step", "value");
    assertThat(List.of(band.id(), band.title(), band.caption(), band.xLabel(), band.yLabel()))
        .containsExactly("b", "Supply", "5th to 95th", "epoch", "tokens");
    assertThat(List.of(lorenz.title(), lorenz.xLabel(), lorenz.yLabel()))
        .containsExactly(
            "Rewards", "cumulative share of recipients", "cumulative share of the total");
  }

  @Test
  void builders_blankTitleOrAxisOrNullCaption_rejected() {
    assertThatThrownBy(() -> LineChart.builder("l").title(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("title must not be blank");
    assertThatThrownBy(() -> BandChart.builder("b").axes("epoch", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("yLabel must not be blank");
    assertThatThrownBy(
            () -> LorenzChart.of("r", "", "", Inequality.lorenz(new long[] {1})))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("title must not be blank");
    assertThatThrownBy(() -> LineChart.builder("l").caption(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("caption");
  }

  @Test
  void bandStep_percentilesOutOfOrder_rejected() {
    assertThatThrownBy(() -> BandChart.builder("b").step(0, 2, 1, 3, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("out of order");
  }

  @Test
  void bandStep_notIncreasingOrNotFinite_rejected() {
    BandChart.Builder b = BandChart.builder("b").step(1, 0, 0, 0, 0);
    assertThatThrownBy(() -> b.step(1, 0, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> b.step(2, 0, Double.NaN, 0, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> b.stepFromRuns(2, new double[0]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BandChart.builder("e").build()).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void bandChart_accessorsReturnCopies() {
    BandChart band = BandChart.builder("b").step(0, 1, 2, 3, 2).build();

    band.p50()[0] = 99;

    assertThat(band.p50()).containsExactly(2);
  }

  @Test
  void lineChart_seriesLengthMismatch_rejectedAtBuild() {
    LineChart.Builder b = LineChart.builder("l").x(0, 1, 2).series("a", 1, 2);

    assertThatThrownBy(b::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("2 values for 3 steps");
  }

  @Test
  void lineChart_duplicateSeriesOrMissingParts_rejected() {
    assertThatThrownBy(() -> LineChart.builder("l").series("a", 1).series("a", 2))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LineChart.builder("l").series("a", 1).build())
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> LineChart.builder("l").x(0).build())
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> LineChart.builder("l").x(1, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LineChart.builder("l").series("a", Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void report_duplicateChartIdOrMetadataKey_rejected() {
    LineChart a = LineChart.builder("same").x(0).series("a", 1).build();
    LineChart b = LineChart.builder("same").x(0).series("b", 1).build();

    assertThatThrownBy(
            () -> Report.builder().section(Section.of("1", "", a)).section(Section.of("2", "", b)).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("same");
    assertThatThrownBy(() -> Report.builder().metadata("seed", 1).metadata("seed", 2))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void report_metadataKeepsInsertionOrder() {
    Report report =
        Report.builder().metadata("z", "1").metadata("a", 2).metadata("m", "3").build();

    assertThat(report.metadata().sequencedKeySet()).containsExactly("z", "a", "m");
  }

  @Test
  void lorenz_pointsNotFromOriginToOne_rejected() {
    assertThatThrownBy(
            () ->
                new Lorenz(
                    1,
                    java.math.BigInteger.ONE,
                    0,
                    java.util.List.of(new LorenzPoint(0, 0), new LorenzPoint(1, 0.5))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Property
  void stepFromRuns_percentilesOrderedWithinRangeAndMeanExact(
      @ForAll @Size(min = 1, max = 200) List<@DoubleRange(min = -1e12, max = 1e12) Double> runs) {
    double[] values = runs.stream().mapToDouble(Double::doubleValue).toArray();
    double[] sorted = values.clone();
    Arrays.sort(sorted);

    BandChart band = BandChart.builder("b").stepFromRuns(0, values).build();

    double p5 = band.p5()[0];
    double p50 = band.p50()[0];
    double p95 = band.p95()[0];
    assertThat(p5).isBetween(sorted[0], p50);
    assertThat(p95).isBetween(p50, sorted[sorted.length - 1]);
    if (sorted.length % 2 == 1) {
      assertThat(p50).isEqualTo(sorted[sorted.length / 2]);
    }
    BigDecimal exactSum = BigDecimal.ZERO;
    for (double v : values) {
      exactSum = exactSum.add(new BigDecimal(v));
    }
    double exactMean =
        exactSum.divide(BigDecimal.valueOf(values.length), MathContext.DECIMAL128).doubleValue();
    // Compensated summation: within a few ulps of the largest magnitude, not of the mean.
    double tolerance = 4 * Math.ulp(Math.max(Math.abs(sorted[0]), Math.abs(sorted[sorted.length - 1])));
    assertThat(band.mean()[0]).isCloseTo(exactMean, within(tolerance));
  }
}
