package io.depin.proofs.uptime;

import io.depin.core.rules.RuleBook;
import io.depin.core.time.Epoch;
import io.depin.core.time.EpochClock;
import io.depin.devices.DeviceId;
import io.depin.proofs.VerifiedProof;
import io.depin.proofs.uptime.IgnoredHeartbeat.Reason;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Counts uptime per device and epoch from verified heartbeats: the number of distinct time buckets
 * in which the device sent a heartbeat, against the epoch's minimum.
 *
 * <ul>
 *   <li>A heartbeat belongs to the epoch its timestamp falls in ({@link EpochClock#epochAt}); the
 *       others are {@link Reason#OUTSIDE_EPOCH}.
 *   <li>It is placed in a bucket by the {@link UptimeRules} in force at its own timestamp; buckets
 *       are identified by their start instant: after a change of bucket length mid-epoch, a new
 *       bucket that starts at the same instant as an old one (1 h buckets changed to 30 min at
 *       10:20 UTC: 10:00-11:00 and 10:00-10:30) counts once, and buckets of the two lengths may
 *       overlap (10:00-11:00 and 10:30-11:00 count as two). A bucket that starts before the epoch (epochs not aligned to
 *       buckets) still counts once for heartbeats inside the epoch.
 *   <li>Each bucket counts once per device; further heartbeats in it are {@link
 *       Reason#DUPLICATE_BUCKET}, including the same proof submitted twice.
 *   <li>The minimum is that of the rules in force at the epoch's start.
 * </ul>
 *
 * <p>The result does not depend on the order of the input: heartbeats are processed by device,
 * then timestamp, then wire bytes, so the earliest heartbeat of a bucket is the one counted.
 *
 * {@snippet :
 * UptimeCounter counter = new UptimeCounter(rules, EpochClock.of(clock, genesis, Duration.ofDays(1)));
 * UptimeReport report = counter.count(Epoch.of(3), verifiedHeartbeats);
 * boolean paid = report.device(deviceId).map(DeviceUptime::qualifies).orElse(false);
 * }
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class UptimeCounter {
  private final RuleBook<UptimeRules> rules;
  private final EpochClock epochs;

  /**
   * Creates a counter.
   *
   * @param rules the uptime rules, normally the same book as the {@link HeartbeatKind}'s
   * @param epochs the network's epochs
   */
  public UptimeCounter(RuleBook<UptimeRules> rules, EpochClock epochs) {
    this.rules = Objects.requireNonNull(rules, "rules");
    this.epochs = Objects.requireNonNull(epochs, "epochs");
  }

  /**
   * Counts one epoch.
   *
   * @param epoch the epoch to count
   * @param heartbeats verified heartbeats, in any order, possibly of other epochs and duplicated
   * @return the report, one entry per device that sent at least one heartbeat
   * @throws IllegalArgumentException if no rules are in force at the epoch's start
   */
  public UptimeReport count(Epoch epoch, Collection<VerifiedProof<Heartbeat>> heartbeats) {
    Objects.requireNonNull(epoch, "epoch");
    Instant start = epochs.startOf(epoch);
    int required =
        rules
            .inForceAt(start)
            .orElseThrow(() -> new IllegalArgumentException("no uptime rules at " + start))
            .minBucketsPerEpoch();
    List<Sorted> sorted = new ArrayList<>(heartbeats.size());
    for (VerifiedProof<Heartbeat> proof : heartbeats) {
      sorted.add(new Sorted(proof, proof.envelope().encode()));
    }
    sorted.sort(ORDER);

    Map<DeviceId, DeviceTally> tallies = new TreeMap<>();
    for (Sorted s : sorted) {
      VerifiedProof<Heartbeat> proof = s.proof;
      DeviceTally tally =
          tallies.computeIfAbsent(proof.envelope().device(), id -> new DeviceTally());
      Reason reason = place(epoch, proof, tally);
      if (reason != null) {
        tally.ignored.add(new IgnoredHeartbeat(proof.token(), proof.timestamp(), reason));
      }
    }
    TreeMap<DeviceId, DeviceUptime> devices = new TreeMap<>();
    tallies.forEach(
        (id, t) ->
            devices.put(
                id, new DeviceUptime(id, epoch, List.copyOf(t.buckets), required, t.ignored)));
    return new UptimeReport(epoch, required, devices);
  }

  /** Counts one heartbeat into the tally; returns why it was ignored, or null if it counted. */
  private @Nullable Reason place(
      Epoch epoch, VerifiedProof<Heartbeat> proof, DeviceTally tally) {
    Instant timestamp = proof.timestamp();
    if (!epochs.epochAt(timestamp).equals(Optional.of(epoch))) {
      return Reason.OUTSIDE_EPOCH;
    }
    // rules in force at the epoch's start stay in force (versions are only appended)
    UptimeRules r = rules.inForceAt(timestamp).orElseThrow();
    long bucket = r.bucketOf(timestamp.getEpochSecond());
    if (bucket != proof.payload().bucket()) {
      return Reason.BUCKET_MISMATCH;
    }
    if (!proof.payload().operational()) {
      return Reason.NOT_OPERATIONAL;
    }
    Instant bucketStart = Instant.ofEpochSecond(bucket * r.bucketLength().toSeconds());
    return tally.buckets.add(bucketStart) ? null : Reason.DUPLICATE_BUCKET;
  }

  @Override
  public String toString() {
    return "UptimeCounter[" + epochs + ", " + rules + "]";
  }

  private static final Comparator<Sorted> ORDER =
      Comparator.<Sorted, DeviceId>comparing(s -> s.proof.envelope().device())
          .thenComparing(s -> s.proof.timestamp())
          .thenComparing((a, b) -> Arrays.compare(a.wire, b.wire));

  /** A heartbeat with its wire bytes, the last tie-breaker of the order. */
  @SuppressWarnings("ArrayRecordComponent") // a private sort key: never compared with equals
  private record Sorted(VerifiedProof<Heartbeat> proof, byte[] wire) {}

  /** The buckets and ignored heartbeats of one device so far. */
  private static final class DeviceTally {
    final TreeSet<Instant> buckets = new TreeSet<>();
    final List<IgnoredHeartbeat> ignored = new ArrayList<>();
  }
}
