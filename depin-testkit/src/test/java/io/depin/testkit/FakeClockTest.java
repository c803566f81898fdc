package io.depin.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class FakeClockTest {
  private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  void advance_positive_movesForward() {
    FakeClock clock = FakeClock.at(START);
    assertThat(clock.advance(Duration.ofMinutes(90))).isEqualTo(START.plusSeconds(5400));
    assertThat(clock.instant()).isEqualTo(START.plusSeconds(5400));
  }

  @Test
  void advance_negative_throws() {
    FakeClock clock = FakeClock.at(START);
    assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(clock.instant()).isEqualTo(START);
  }

  @Test
  void withZone_sharesTime() {
    FakeClock clock = FakeClock.at(START);
    var paris = clock.withZone(ZoneId.of("Europe/Paris"));
    clock.set(START.minusSeconds(10));
    assertThat(paris.instant()).isEqualTo(START.minusSeconds(10));
    assertThat(paris.getZone()).isEqualTo(ZoneId.of("Europe/Paris"));
  }
}
