package io.depin.tokenomics.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
}
