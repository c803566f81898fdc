package io.depin.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.depin.core.crypto.SigningKey;
import io.depin.core.rules.RuleBook;
import io.depin.core.time.Epoch;
import io.depin.core.time.EpochClock;
import io.depin.devices.DeviceId;
import io.depin.devices.registry.DeviceRegistry;
import io.depin.proofs.BatchResult;
import io.depin.proofs.DeviceSigner;
import io.depin.proofs.InMemoryReplayGuard;
import io.depin.proofs.ProofVerifier;
import io.depin.proofs.uptime.HeartbeatKind;
import io.depin.proofs.uptime.HeartbeatSigner;
import io.depin.proofs.uptime.UptimeCounter;
import io.depin.proofs.uptime.UptimeReport;
import io.depin.proofs.uptime.UptimeRules;
import io.depin.testkit.proofs.SimulatedFleet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The proofs quickstart of the root README, compiled and checked. */
class ReadmeProofsQuickstartTest {
  @Test
  void quickstart_verifiesHeartbeatsAndCountsUptime() throws Exception {
    SimulatedFleet fleet = SimulatedFleet.create(1, Instant.parse("2026-01-01T00:30:00Z"));
    SimulatedFleet.Device onboarded = fleet.onboard();
    DeviceRegistry registry = fleet.registry();
    Clock clock = fleet.clock();
    DeviceId deviceId = onboarded.id();
    SigningKey deviceKey = onboarded.key();
    // BEGIN README
    Instant genesis = Instant.parse("2026-01-01T00:00:00Z");
    RuleBook<UptimeRules> rules = RuleBook.startingAt(genesis, UptimeRules.HELIUM_MOBILE); // 12 hourly buckets a day
    HeartbeatKind heartbeats = new HeartbeatKind(rules, clock);  // buckets checked against arrival time
    ProofVerifier verifier = ProofVerifier.builder()
        .registry(registry)                            // your DeviceRegistry: onboarded, rotated, revoked devices
        .replayGuard(new InMemoryReplayGuard(clock))   // or your durable ReplayGuard
        .clock(clock)
        .kind(heartbeats)
        .build();

    DeviceSigner device = DeviceSigner.create(deviceId, deviceKey, clock, 0); // on the device: one sequence
    byte[] wire = HeartbeatSigner.create(heartbeats, device).beat().toBytes(); // for all its proof kinds

    BatchResult batch = verifier.verifyAll(List.of(wire, wire)); // on the network, on all cores
    batch.rejections();                                          // {REPLAYED=1}
    UptimeReport uptime = new UptimeCounter(rules, EpochClock.of(clock, genesis, Duration.ofDays(1)))
        .count(Epoch.FIRST, batch.acceptedOf(heartbeats));
    uptime.qualifying();                                         // devices with 12 or more hourly buckets
    // END README

    assertThat(batch.accepted()).isEqualTo(1);
    assertThat(batch.rejections()).isEqualTo(Map.of("REPLAYED", 1));
    assertThat(batch.acceptedOf(heartbeats)).singleElement()
        .satisfies(p -> assertThat(p.device().identity().id()).isEqualTo(deviceId));
    assertThat(uptime.device(deviceId).orElseThrow().buckets()).containsExactly(genesis);
    assertThat(uptime.qualifying()).isEmpty();
  }
}
