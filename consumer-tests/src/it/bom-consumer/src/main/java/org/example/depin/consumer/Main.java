package org.example.depin.consumer;

import io.depin.core.time.Epoch;
import io.depin.core.token.Token;
import io.depin.devices.registry.InMemoryDeviceRegistry;
import io.depin.proofs.ProofVerifier;
import io.depin.proofs.Verdict;
import io.depin.tokenomics.emission.EmissionSchedule;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Runs one epoch with no onboarded devices and prints what happened. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    Instant genesis = Instant.parse("2026-01-01T00:00:00Z");
    Clock clock = Clock.fixed(genesis.plusSeconds(3600), ZoneOffset.UTC);
    UptimeRewards rewards =
        new UptimeRewards(
            new InMemoryDeviceRegistry(),
            clock,
            genesis,
            EmissionSchedule.halving(BigInteger.valueOf(5_000_000_000L), 365),
            new Token("IOT", 6));
    Verdict verdict = rewards.receive("not a proof".getBytes(StandardCharsets.UTF_8));
    UptimeRewards.Round round = rewards.settle(Epoch.FIRST);
    System.out.println("module " + Main.class.getModule().getName());
    System.out.println("proofs module " + ProofVerifier.class.getModule().getName());
    System.out.println("verdict " + ((Verdict.Rejected) verdict).code());
    System.out.println("pool " + round.pool().toDecimalString());
    System.out.println("paid " + round.payouts().size() + " devices, dust " + round.dust().toDecimalString());
  }
}
