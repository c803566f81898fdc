package io.depin.core.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class GeoPointTest {
  @Test
  void distanceBetweenParisAndLondonMatchesThePublishedGreatCircleFigure() {
    // Great-circle distance on the mean-radius sphere, as computed by the haversine formula
    // (e.g. the Movable Type Scripts calculator): 343.6 km.
    double meters = GeoPoint.of(48.8566, 2.3522).distanceMeters(GeoPoint.of(51.5074, -0.1278));
    assertThat(meters).isCloseTo(343_560, within(500.0));
  }

  @Test
  void oneDegreeOfLatitudeIsAboutOneHundredElevenKilometres() {
    double meters = GeoPoint.of(0, 0).distanceMeters(GeoPoint.of(1, 0));
    assertThat(meters).isCloseTo(Math.PI * GeoPoint.EARTH_MEAN_RADIUS_METERS / 180, within(1e-6));
  }

  @Test
  void antipodesAreHalfTheCircumferenceApart() {
    double meters = GeoPoint.of(0, 0).distanceMeters(GeoPoint.of(0, 180));
    assertThat(meters).isCloseTo(Math.PI * GeoPoint.EARTH_MEAN_RADIUS_METERS, within(1e-3));
  }

  @Test
  void rejectsCoordinatesOutOfRangeOrNotFinite() {
    assertThatIllegalArgumentException().isThrownBy(() -> GeoPoint.of(90.0001, 0));
    assertThatIllegalArgumentException().isThrownBy(() -> GeoPoint.of(0, -180.5));
    assertThatIllegalArgumentException().isThrownBy(() -> GeoPoint.of(Double.NaN, 0));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> GeoPoint.of(0, Double.POSITIVE_INFINITY))
        .withMessageContaining("longitude");
  }

  @Property
  void distanceIsSymmetricNonNegativeAndObeysTheTriangleInequality(
      @ForAll @DoubleRange(min = -90, max = 90) double lat1,
      @ForAll @DoubleRange(min = -180, max = 180) double lon1,
      @ForAll @DoubleRange(min = -90, max = 90) double lat2,
      @ForAll @DoubleRange(min = -180, max = 180) double lon2,
      @ForAll @DoubleRange(min = -90, max = 90) double lat3,
      @ForAll @DoubleRange(min = -180, max = 180) double lon3) {
    GeoPoint a = GeoPoint.of(lat1, lon1);
    GeoPoint b = GeoPoint.of(lat2, lon2);
    GeoPoint c = GeoPoint.of(lat3, lon3);
    assertThat(a.distanceMeters(b)).isGreaterThanOrEqualTo(0).isCloseTo(b.distanceMeters(a), within(1e-6));
    assertThat(a.distanceMeters(a)).isEqualTo(0.0);
    assertThat(a.distanceMeters(c)).isLessThanOrEqualTo(a.distanceMeters(b) + b.distanceMeters(c) + 1e-6);
  }
}
