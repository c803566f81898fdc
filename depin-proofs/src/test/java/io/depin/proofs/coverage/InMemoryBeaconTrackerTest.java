package io.depin.proofs.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import io.depin.core.crypto.KeyType;
import io.depin.devices.DeviceId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InMemoryBeaconTrackerTest {
  private static final DeviceId A = Devices.state(Devices.key(1, KeyType.ED25519)).identity().id();
  private static final DeviceId B = Devices.state(Devices.key(2, KeyType.ED25519)).identity().id();
  private static final Duration SIX_HOURS = Duration.ofHours(6);
  private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  void tryRecord_withinIntervalEitherSide_refused_otherDeviceAccepted() {
    InMemoryBeaconTracker tracker = new InMemoryBeaconTracker();

    assertThat(tracker.tryRecord(A, T, SIX_HOURS)).isTrue();
    assertThat(tracker.tryRecord(A, T.plus(Duration.ofHours(5)), SIX_HOURS)).isFalse();
    assertThat(tracker.tryRecord(A, T.minus(Duration.ofHours(5)), SIX_HOURS)).isFalse();
    assertThat(tracker.tryRecord(B, T, SIX_HOURS)).isTrue();
    assertThat(tracker.tryRecord(A, T.plus(SIX_HOURS), SIX_HOURS)).isTrue();
    assertThat(tracker.tryRecord(A, T.plus(Duration.ofHours(7)), SIX_HOURS)).isFalse();
  }

  @Test
  void tryRecord_beaconArrivingOutOfOrder_neverCloserThanIntervalToAnyRecordedOne() {
    InMemoryBeaconTracker tracker = new InMemoryBeaconTracker();

    assertThat(tracker.tryRecord(A, T, SIX_HOURS)).isTrue();
    assertThat(tracker.tryRecord(A, T.plus(Duration.ofHours(12)), SIX_HOURS)).isTrue();
    // 9 hours from the latest, but only 3 from the first
    assertThat(tracker.tryRecord(A, T.plus(Duration.ofHours(3)), SIX_HOURS)).isFalse();
    assertThat(tracker.tryRecord(A, T.minus(Duration.ofHours(3)), SIX_HOURS)).isFalse();
    assertThat(tracker.tryRecord(A, T.minus(SIX_HOURS), SIX_HOURS)).isTrue();
    assertThat(tracker.tryRecord(A, T.minus(Duration.ofHours(9)), SIX_HOURS)).isFalse();
  }
}
