package io.depin.proofs.sensor;

import io.depin.core.bytes.Bytes;
import io.depin.core.bytes.Hash32;
import io.depin.core.rules.RuleBook;
import io.depin.devices.DeviceId;
import io.depin.proofs.ReplayToken;
import io.depin.proofs.VerifiedProof;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Judges verified readings per (device, sensor) chain. The result does not depend on the order of
 * the input; the same proof given twice counts once.
 *
 * <ol>
 *   <li>{@code sensor.duplicate}: the same reading arrived in several proofs; one counts.
 *   <li>{@code sensor.fork}: two different readings with the same index, or with the same previous
 *       hash; none of them counts.
 *   <li>Then, by index, each reading is compared with the last one that counted:
 *       <ul>
 *         <li>{@code sensor.gap}: indices in between were never received (reported once per gap;
 *             the reading after it still counts, but its link cannot be checked);
 *         <li>{@code sensor.broken-link}: the next index does not link to the last reading's hash;
 *         <li>{@code sensor.reordered}: its measurement time is not after the last reading's, or it
 *             was signed before it (an earlier proof timestamp or a lower sequence number);
 *         <li>{@code sensor.unknown-type}: no rule for its type in the rules in force at its proof's
 *             timestamp;
 *         <li>{@code sensor.rate-too-high}: its value changed faster per second than its type's
 *             {@link SensorTypeRule#maxChangePerSecond()}, compared exactly ({@code |dv| * 1000 >
 *             rate * dt_ms}).
 *       </ul>
 *       A reading with one of the last four findings does not count and is not the reference for
 *       the next one.
 * </ol>
 *
 * <p>The evaluator is stateless: it judges only the readings of one call. A fork whose branches
 * arrive in different calls is not seen, and a reading counted in one call can be signed again
 * (with a new sequence number, which the replay guard lets through) and count again in a later
 * call. To pay per epoch, judge every reading of a chain received so far and pay only for indices
 * not paid before.
 *
 * {@snippet :
 * ReadingChains evaluator = new ReadingChains(rules);
 * List<SensorChain> chains = evaluator.evaluate(verifiedReadings);
 * }
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ReadingChains {
  private static final BigDecimal MILLIS_PER_SECOND = BigDecimal.valueOf(1000);

  private final RuleBook<SensorRules> rules;

  /**
   * Creates the evaluator.
   *
   * @param rules the versioned rules
   */
  public ReadingChains(RuleBook<SensorRules> rules) {
    this.rules = Objects.requireNonNull(rules, "rules");
  }

  /**
   * Judges the readings of every chain.
   *
   * @param readings verified readings of any devices and sensors, in any order
   * @return one chain per (device, sensor), ordered by device then sensor id
   */
  public List<SensorChain> evaluate(Collection<VerifiedProof<SensorReading>> readings) {
    Map<ChainKey, List<VerifiedProof<SensorReading>>> chains = new TreeMap<>();
    for (VerifiedProof<SensorReading> proof : new LinkedHashSet<>(readings)) {
      chains.computeIfAbsent(new ChainKey(proof.envelope().device(), proof.payload().sensorId()),
          k -> new ArrayList<>()).add(proof);
    }
    List<SensorChain> result = new ArrayList<>(chains.size());
    chains.forEach((key, proofs) -> result.add(judge(key, proofs)));
    return List.copyOf(result);
  }

  private SensorChain judge(ChainKey key, List<VerifiedProof<SensorReading>> proofs) {
    List<ChainFinding> findings = new ArrayList<>();
    proofs.sort(Comparator.comparingLong((VerifiedProof<SensorReading> p) -> p.payload().index())
        .thenComparing(p -> p.payload().hash())
        .thenComparing(p -> Bytes.of(p.envelope().encode())));
    List<VerifiedProof<SensorReading>> distinct = new ArrayList<>();
    for (VerifiedProof<SensorReading> proof : proofs) {
      if (!distinct.isEmpty()
          && distinct.get(distinct.size() - 1).payload().equals(proof.payload())) {
        findings.add(new ChainFinding("sensor.duplicate", proof.payload().index(),
            "reading " + proof.payload().index() + " arrived in more than one proof"));
      } else {
        distinct.add(proof);
      }
    }
    Set<Long> forkedIndices = new HashSet<>();
    Map<Long, Integer> perIndex = new HashMap<>();
    Map<Hash32, Integer> perPrevious = new HashMap<>();
    for (VerifiedProof<SensorReading> proof : distinct) {
      perIndex.merge(proof.payload().index(), 1, Integer::sum);
      perPrevious.merge(proof.payload().previousHash(), 1, Integer::sum);
    }
    for (VerifiedProof<SensorReading> proof : distinct) {
      SensorReading r = proof.payload();
      if (perIndex.getOrDefault(r.index(), 0) > 1
          || perPrevious.getOrDefault(r.previousHash(), 0) > 1) {
        forkedIndices.add(r.index());
        findings.add(new ChainFinding("sensor.fork", r.index(),
            "reading " + r.index() + " conflicts with another reading of the same index or link"));
      }
    }
    NavigableSet<Long> received = new TreeSet<>(perIndex.keySet());
    List<VerifiedProof<SensorReading>> counted = new ArrayList<>();
    VerifiedProof<SensorReading> last = null;
    for (VerifiedProof<SensorReading> proof : distinct) {
      if (forkedIndices.contains(proof.payload().index())) {
        continue;
      }
      ChainFinding problem = compare(last, proof, received, findings);
      if (problem == null) {
        counted.add(proof);
        last = proof;
      } else {
        findings.add(problem);
      }
    }
    findings.sort(Comparator.comparingLong(ChainFinding::index).thenComparing(ChainFinding::code));
    return new SensorChain(key.device(), key.sensorId(), counted, findings);
  }

  private @Nullable ChainFinding compare(
      @Nullable VerifiedProof<SensorReading> lastProof,
      VerifiedProof<SensorReading> proof,
      NavigableSet<Long> received,
      List<ChainFinding> findings) {
    if (lastProof == null) {
      return null;
    }
    SensorReading last = lastProof.payload();
    SensorReading r = proof.payload();
    if (r.index() != last.index() + 1) {
      long between = r.index() - last.index() - 1;
      if (received.subSet(last.index(), false, r.index(), false).size() < between) {
        findings.add(new ChainFinding("sensor.gap", last.index() + 1,
            "readings " + (last.index() + 1) + " to " + (r.index() - 1) + " were not received"));
      }
    } else if (!r.previousHash().equals(last.hash())) {
      return new ChainFinding("sensor.broken-link", r.index(),
          "reading " + r.index() + " does not link to reading " + last.index());
    }
    if (!r.timestamp().isAfter(last.timestamp())
        || proof.timestamp().isBefore(lastProof.timestamp())
        || signedEarlier(proof.token(), lastProof.token())) {
      return new ChainFinding("sensor.reordered", r.index(),
          "reading " + r.index() + " was measured or signed before reading " + last.index());
    }
    SensorTypeRule rule = rules.inForceAt(proof.timestamp())
        .map(sr -> sr.types().get(r.sensorType()))
        .orElse(null);
    if (rule == null) {
      return new ChainFinding("sensor.unknown-type", r.index(),
          "no rule for type " + r.sensorType() + " at " + proof.timestamp());
    }
    long millis = Duration.between(last.timestamp(), r.timestamp()).toMillis();
    BigDecimal change = r.value().subtract(last.value()).abs();
    if (change.multiply(MILLIS_PER_SECOND)
        .compareTo(rule.maxChangePerSecond().multiply(BigDecimal.valueOf(millis))) > 0) {
      return new ChainFinding("sensor.rate-too-high", r.index(),
          "changed by " + change.toPlainString() + " in " + millis + " ms; at most "
              + rule.maxChangePerSecond().toPlainString() + " per second");
    }
    return null;
  }

  private static boolean signedEarlier(ReplayToken token, ReplayToken lastToken) {
    return token instanceof ReplayToken.Sequence s
        && lastToken instanceof ReplayToken.Sequence l
        && s.value() < l.value();
  }

  @Override
  public String toString() {
    return "ReadingChains[" + rules + "]";
  }

  private record ChainKey(DeviceId device, String sensorId) implements Comparable<ChainKey> {
    @Override
    public int compareTo(ChainKey other) {
      int byDevice = device.compareTo(other.device);
      return byDevice != 0 ? byDevice : sensorId.compareTo(other.sensorId);
    }
  }
}
