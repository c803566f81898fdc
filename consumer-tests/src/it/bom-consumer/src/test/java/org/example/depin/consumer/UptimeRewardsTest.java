package org.example.depin.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.depin.core.time.Epoch;
import io.depin.core.token.Token;
import io.depin.core.token.TokenAmount;
import io.depin.devices.DeviceId;
import io.depin.proofs.DeviceSigner;
import io.depin.proofs.Verdict;
import io.depin.proofs.uptime.HeartbeatSigner;
import io.depin.testkit.proofs.SimulatedFleet;
import io.depin.tokenomics.emission.EmissionSchedule;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The consumer's program against real devices from the SDK's test kit. */
class UptimeRewardsTest {
  private static final Instant GENESIS = Instant.parse("2026-01-01T00:00:00Z");
  private static final Token IOT = new Token("IOT", 6);

  @Test
  void settle_paysDevicesWithTwelveHourlyHeartbeats_andKeepsTheRemainderAsDust() throws Exception {
    SimulatedFleet fleet = SimulatedFleet.create(7, GENESIS.plus(Duration.ofMinutes(30)));
    UptimeRewards rewards =
        new UptimeRewards(
            fleet.registry(),
            fleet.clock(),
            GENESIS,
            EmissionSchedule.halving(BigInteger.valueOf(1_000_000_001L), 365),
            IOT);
    Beating steady = signer(fleet, rewards);
    Beating alsoSteady = signer(fleet, rewards);
    Beating flaky = signer(fleet, rewards);

    byte[] first = steady.beat();
    assertInstanceOf(Verdict.Accepted.class, rewards.receive(first));
    assertEquals("REPLAYED", ((Verdict.Rejected) rewards.receive(first)).code());
    for (int hour = 0; hour < 12; hour++) {
      if (hour > 0) {
        assertInstanceOf(Verdict.Accepted.class, rewards.receive(steady.beat()));
      }
      assertInstanceOf(Verdict.Accepted.class, rewards.receive(alsoSteady.beat()));
      if (hour % 4 == 0) {
        assertInstanceOf(Verdict.Accepted.class, rewards.receive(flaky.beat()));
      }
      fleet.clock().advance(Duration.ofHours(1));
    }

    UptimeRewards.Round round = rewards.settle(Epoch.FIRST);

    TokenAmount half = TokenAmount.ofBaseUnits(500_000_000, IOT);
    assertEquals(
        Map.of(steady.id(), half, alsoSteady.id(), half), round.payouts());
    assertEquals(TokenAmount.ofBaseUnits(1, IOT), round.dust());
    assertEquals(round.pool(), half.plus(half).plus(round.dust()));
    assertEquals(Map.of("REPLAYED", 1), round.rejections());
  }

  private static Beating signer(SimulatedFleet fleet, UptimeRewards rewards) throws Exception {
    SimulatedFleet.Device device = fleet.onboard();
    return new Beating(
        device.id(),
        HeartbeatSigner.create(
            rewards.heartbeats(),
            DeviceSigner.create(device.id(), device.key(), fleet.clock(), 0)));
  }

  /** An onboarded device and the signer of its heartbeats. */
  private record Beating(DeviceId id, HeartbeatSigner signer) {
    byte[] beat() throws Exception {
      return signer.beat().toBytes();
    }
  }
}
