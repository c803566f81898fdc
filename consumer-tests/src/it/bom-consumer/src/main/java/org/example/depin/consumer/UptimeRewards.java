package org.example.depin.consumer;

import io.depin.core.rules.RuleBook;
import io.depin.core.time.Epoch;
import io.depin.core.time.EpochClock;
import io.depin.core.token.Token;
import io.depin.core.token.TokenAmount;
import io.depin.devices.DeviceId;
import io.depin.devices.registry.DeviceRegistry;
import io.depin.proofs.BatchResult;
import io.depin.proofs.InMemoryReplayGuard;
import io.depin.proofs.ProofVerifier;
import io.depin.proofs.Verdict;
import io.depin.proofs.uptime.HeartbeatKind;
import io.depin.proofs.uptime.UptimeCounter;
import io.depin.proofs.uptime.UptimeReport;
import io.depin.proofs.uptime.UptimeRules;
import io.depin.tokenomics.emission.EmissionSchedule;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a network built on the SDK might do: verify heartbeats as they arrive, and at the end of a
 * day pay that day's emission in equal parts to the devices with enough hourly heartbeats.
 */
public final class UptimeRewards {
  private final HeartbeatKind heartbeats;
  private final ProofVerifier verifier;
  private final UptimeCounter counter;
  private final EmissionSchedule emission;
  private final Token token;
  private final List<Verdict> verdicts = new ArrayList<>();

  public UptimeRewards(
      DeviceRegistry registry, Clock clock, Instant genesis, EmissionSchedule emission, Token token) {
    RuleBook<UptimeRules> rules = RuleBook.startingAt(genesis, UptimeRules.HELIUM_MOBILE);
    this.heartbeats = new HeartbeatKind(rules, clock);
    this.verifier =
        ProofVerifier.builder()
            .registry(registry)
            .replayGuard(new InMemoryReplayGuard(clock))
            .clock(clock)
            .kind(heartbeats)
            .build();
    this.counter = new UptimeCounter(rules, EpochClock.of(clock, genesis, Duration.ofDays(1)));
    this.emission = emission;
    this.token = token;
  }

  /** The proof kind devices sign their heartbeats with. */
  public HeartbeatKind heartbeats() {
    return heartbeats;
  }

  /** Verifies one heartbeat on arrival and keeps the verdict for {@link #settle}. */
  public Verdict receive(byte[] wire) {
    Verdict verdict = verifier.verify(wire);
    verdicts.add(verdict);
    return verdict;
  }

  /** Pays the epoch's emission to the qualifying devices; what does not divide evenly is dust. */
  public Round settle(Epoch epoch) {
    BatchResult batch = BatchResult.of(verdicts);
    UptimeReport uptime = counter.count(epoch, batch.acceptedOf(heartbeats));
    BigInteger pool = emission.amountAt(epoch);
    SortedMap<DeviceId, TokenAmount> payouts = new TreeMap<>();
    BigInteger dust = pool;
    List<DeviceId> qualifying = uptime.qualifying();
    if (!qualifying.isEmpty()) {
      BigInteger[] share = pool.divideAndRemainder(BigInteger.valueOf(qualifying.size()));
      for (DeviceId device : qualifying) {
        payouts.put(device, TokenAmount.ofBaseUnits(share[0], token));
      }
      dust = share[1];
    }
    return new Round(
        TokenAmount.ofBaseUnits(pool, token),
        batch.rejections(),
        payouts,
        TokenAmount.ofBaseUnits(dust, token));
  }

  /** One epoch's outcome. */
  public record Round(
      TokenAmount pool,
      Map<String, Integer> rejections,
      SortedMap<DeviceId, TokenAmount> payouts,
      TokenAmount dust) {}
}
