package io.depin.benchmarks;

import io.depin.core.bytes.Bytes;
import io.depin.core.geo.GeoPoint;
import io.depin.core.rules.RuleBook;
import io.depin.proofs.BatchResult;
import io.depin.proofs.DeviceSigner;
import io.depin.proofs.ProofVerifier;
import io.depin.proofs.SignedProof;
import io.depin.proofs.Verdict;
import io.depin.proofs.VerifiedProof;
import io.depin.proofs.coverage.Beacon;
import io.depin.proofs.coverage.BeaconKind;
import io.depin.proofs.coverage.BeaconOutcome;
import io.depin.proofs.coverage.CoverageEvaluator;
import io.depin.proofs.coverage.CoverageResult;
import io.depin.proofs.coverage.CoverageRules;
import io.depin.proofs.coverage.CoverageSigner;
import io.depin.proofs.coverage.InMemoryAssertedLocations;
import io.depin.proofs.coverage.InMemoryBeaconTracker;
import io.depin.proofs.coverage.InMemoryEntropyLog;
import io.depin.proofs.coverage.Region;
import io.depin.proofs.coverage.Witness;
import io.depin.proofs.coverage.WitnessKind;
import io.depin.proofs.vrf.VrfSecretKey;
import io.depin.testkit.proofs.SimulatedFleet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One proof-of-coverage round under {@link CoverageRules#heliumIot()}: a beacon (Ed25519 signature
 * plus its ECVRF proof over the published entropy) and {@value #WITNESSES} witness reports from
 * radios asserted 2 to 6 km around the beaconer, all onboarded Ed25519 devices of a {@link
 * SimulatedFleet} with a fixed clock.
 *
 * <ul>
 *   <li>{@link #verifyAndEvaluate}: the 15 wire forms through {@link ProofVerifier#verify(byte[])}
 *       one after the other, then {@link CoverageEvaluator#evaluate}; one thread;
 *   <li>{@link #verifyAllAndEvaluate}: the same with {@link ProofVerifier#verifyAll(List)}, on all
 *       cores;
 *   <li>{@link #evaluate}: the evaluator alone, on proofs verified once in setup.
 * </ul>
 *
 * <p>Scores are rounds (one beacon with its witnesses) per second. The replay guard and the beacon
 * tracker would reject the same round a second time, so {@link FreshRound} builds a verifier with
 * an empty {@code InMemoryReplayGuard} and an evaluator with an empty {@code
 * InMemoryBeaconTracker} before each call of the verifying benchmarks ({@code Level.Invocation},
 * outside the measured time; a call takes milliseconds). {@link #evaluate} takes microseconds, too
 * short for per-call setup, so it builds its evaluator and empty tracker inside the measured call
 * (two small allocations, far below the evaluation's cost). Each call checks that the beacon and
 * all {@value #WITNESSES} witnesses were judged valid and throws otherwise.
 *
 * {@snippet lang=shell :
 * ./mvnw -B -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar Coverage -f 1 -wi 2 -i 3 -w 2s -r 3s
 * }
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CoverageBenchmark {
  static final int WITNESSES = 14;

  private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");
  private static final GeoPoint CENTRE = GeoPoint.of(52.0, 13.0);
  private static final long FREQUENCY = 868_100_000L;
  private static final Region EU868 = Region.of("EU868");
  private static final Bytes ENTROPY = Bytes.fromHex("0x5f1c9a0e7d3b2a41c0ffee0123456789");
  private static final RuleBook<CoverageRules> RULES =
      RuleBook.startingAt(START.minus(Duration.ofDays(1)), CoverageRules.heliumIot());

  private SimulatedFleet fleet;
  private BeaconKind beacons;
  private WitnessKind witnesses;
  private InMemoryAssertedLocations locations;
  private List<byte[]> wires;
  private VerifiedProof<Beacon> verifiedBeacon;
  private List<VerifiedProof<Witness>> verifiedWitnesses;

  /** Onboards the radios, signs the round and verifies it once for {@link #evaluate}. */
  @Setup
  public void setUp() throws Exception {
    fleet = SimulatedFleet.create(7, START);
    InMemoryEntropyLog entropy = new InMemoryEntropyLog();
    entropy.publish(ENTROPY, START.minusSeconds(10));
    beacons = new BeaconKind(RULES, entropy);
    witnesses = new WitnessKind(RULES);
    locations = new InMemoryAssertedLocations();
    CoverageSigner beaconer = radio(0, 0);
    List<CoverageSigner> radios = new ArrayList<>();
    for (int i = 0; i < WITNESSES; i++) {
      double angle = 2 * Math.PI * i / WITNESSES;
      double km = 2 + (i % 5);
      radios.add(radio(km * Math.cos(angle), km * Math.sin(angle)));
    }
    SignedProof<Beacon> beacon =
        beaconer.beacon(ENTROPY, FREQUENCY, EU868, 160, 30, fleet.clock().instant());
    List<byte[]> all = new ArrayList<>();
    all.add(beacon.toBytes());
    for (int i = 0; i < WITNESSES; i++) {
      Instant received = beacon.envelope().timestamp().plusMillis(1000 + 100L * i);
      Witness heard = new Witness(beaconer.device(), beacon.payload().payload(), -1100, 55,
          FREQUENCY, EU868, 30, received);
      all.add(radios.get(i).witness(heard, received.plusMillis(500)).toBytes());
    }
    wires = List.copyOf(all);

    BatchResult batch = verifier().verifyAll(wires);
    verifiedBeacon = accepted(batch.verdicts().get(0)).as(beacons).orElseThrow();
    verifiedWitnesses = new ArrayList<>();
    for (Verdict verdict : batch.verdicts().subList(1, wires.size())) {
      verifiedWitnesses.add(accepted(verdict).as(witnesses).orElseThrow());
    }
    verifiedWitnesses = List.copyOf(verifiedWitnesses);
    requireAllValid(newEvaluator().evaluate(verifiedBeacon, verifiedWitnesses));
  }

  private CoverageSigner radio(double northKm, double eastKm) throws Exception {
    SimulatedFleet.Device device = fleet.onboard();
    double lat = CENTRE.latitude() + northKm / 111.195;
    double lon = CENTRE.longitude() + eastKm / (111.195 * Math.cos(Math.toRadians(lat)));
    locations.assertLocation(device.id(), GeoPoint.of(lat, lon));
    return CoverageSigner.create(beacons, witnesses,
        DeviceSigner.create(device.id(), device.key(), fleet.clock(), 1),
        VrfSecretKey.fromSigningKey(device.key()));
  }

  private ProofVerifier verifier() {
    return fleet.verifier().kind(beacons).kind(witnesses).build();
  }

  private CoverageEvaluator newEvaluator() {
    return new CoverageEvaluator(RULES, locations, new InMemoryBeaconTracker());
  }

  /** A verifier with an empty replay guard and an evaluator with an empty beacon tracker. */
  @State(Scope.Thread)
  public static class FreshRound {
    ProofVerifier verifier;
    CoverageEvaluator evaluator;

    /**
     * Builds both, outside the measured time.
     *
     * @param bench the benchmark's shared state
     */
    @Setup(Level.Invocation)
    public void setUp(CoverageBenchmark bench) {
      verifier = bench.verifier();
      evaluator = bench.newEvaluator();
    }
  }

  /**
   * Verifies the beacon and the witness reports one by one, then evaluates them.
   *
   * @param fresh the verifier and evaluator of this call
   * @return the result
   */
  @Benchmark
  public CoverageResult verifyAndEvaluate(FreshRound fresh) {
    VerifiedProof<Beacon> beacon =
        accepted(fresh.verifier.verify(wires.get(0))).as(beacons).orElseThrow();
    List<VerifiedProof<Witness>> reports = new ArrayList<>(WITNESSES);
    for (int i = 1; i <= WITNESSES; i++) {
      reports.add(accepted(fresh.verifier.verify(wires.get(i))).as(witnesses).orElseThrow());
    }
    return requireAllValid(fresh.evaluator.evaluate(beacon, reports));
  }

  /**
   * Verifies the beacon and the witness reports in one batch on all cores, then evaluates them.
   *
   * @param fresh the verifier and evaluator of this call
   * @return the result
   */
  @Benchmark
  public CoverageResult verifyAllAndEvaluate(FreshRound fresh) {
    List<Verdict> verdicts = fresh.verifier.verifyAll(wires).verdicts();
    VerifiedProof<Beacon> beacon = accepted(verdicts.get(0)).as(beacons).orElseThrow();
    List<VerifiedProof<Witness>> reports = new ArrayList<>(WITNESSES);
    for (int i = 1; i <= WITNESSES; i++) {
      reports.add(accepted(verdicts.get(i)).as(witnesses).orElseThrow());
    }
    return requireAllValid(fresh.evaluator.evaluate(beacon, reports));
  }

  /**
   * Evaluates the verified round with a new evaluator and an empty beacon tracker.
   *
   * @return the result
   */
  @Benchmark
  public CoverageResult evaluate() {
    return requireAllValid(newEvaluator().evaluate(verifiedBeacon, verifiedWitnesses));
  }

  private static VerifiedProof<?> accepted(Verdict verdict) {
    if (verdict instanceof Verdict.Accepted accepted) {
      return accepted.proof();
    }
    throw new IllegalStateException("a proof of the round was rejected: " + verdict);
  }

  private static CoverageResult requireAllValid(CoverageResult result) {
    if (result.beacon() != BeaconOutcome.VALID || result.validWitnesses() != WITNESSES) {
      throw new IllegalStateException("the round did not evaluate as all valid: " + result);
    }
    return result;
  }
}
