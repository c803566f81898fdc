package io.depin.benchmarks;

import io.depin.core.crypto.CryptoException;
import io.depin.core.crypto.PublicKey;
import io.depin.core.crypto.Signature;
import io.depin.core.message.SignedMessage;
import io.depin.core.rules.RuleBook;
import io.depin.proofs.BatchResult;
import io.depin.proofs.DeviceSigner;
import io.depin.proofs.ProofVerifier;
import io.depin.proofs.Verdict;
import io.depin.proofs.uptime.HeartbeatKind;
import io.depin.proofs.uptime.HeartbeatSigner;
import io.depin.proofs.uptime.UptimeRules;
import io.depin.testkit.proofs.SimulatedFleet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Signed Ed25519 heartbeats verified per second through {@link ProofVerifier}, beside the raw
 * Ed25519 verification rate of the very bytes their signatures cover.
 *
 * <p>{@value #DEVICES} devices are onboarded into a {@link SimulatedFleet} (real registry, real
 * onboarding verifier) and each signs {@value #BEATS_PER_DEVICE} heartbeats under {@link
 * UptimeRules#HELIUM_MOBILE} with its {@link HeartbeatSigner}; the {@value #PROOFS} wire forms are
 * interleaved by device. The fleet's clock is a fixed {@code FakeClock}, so every proof stays fresh.
 *
 * <ul>
 *   <li>{@link #verifyOneByOne}: {@link ProofVerifier#verify(byte[])} on each proof in turn, one
 *       thread;
 *   <li>{@link #verifyAll}: {@link ProofVerifier#verifyAll(List)} on the whole list, which runs the
 *       checks on all cores (the common fork-join pool);
 *   <li>{@link #rawVerifyOneCore} and {@link #rawVerifyAllCores}: {@link PublicKey#verify(byte[],
 *       Signature)} on each proof's signing input ({@link SignedMessage#signingInput}, built once
 *       in setup), on one thread and split over all cores the same way.
 * </ul>
 *
 * <p>Every benchmark handles all {@value #PROOFS} proofs per call and is annotated with {@code
 * @OperationsPerInvocation}, so each score is proofs (or signatures) per second. The replay guard
 * would reject the same sequence numbers in the next call, so {@link FreshVerifier} builds a new
 * verifier with an empty {@code InMemoryReplayGuard} before each call ({@code Level.Invocation},
 * outside the measured time; a call takes tens of milliseconds, far above the timer's
 * resolution). The measured time includes the guard's first sight of each device, as a verifier
 * meets it at the start of an epoch. Each call checks that every proof was accepted and throws
 * otherwise, so a wrong setup cannot pass for a fast one.
 *
 * {@snippet lang=shell :
 * ./mvnw -B -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar HeartbeatVerification -f 1 -wi 2 -i 3 -w 2s -r 3s
 * }
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class HeartbeatVerificationBenchmark {
  static final int DEVICES = 256;
  static final int BEATS_PER_DEVICE = 4;
  static final int PROOFS = DEVICES * BEATS_PER_DEVICE;

  private static final Instant START = Instant.parse("2026-03-01T10:17:00Z");

  private SimulatedFleet fleet;
  private HeartbeatKind kind;
  private List<byte[]> wires;
  private PublicKey[] keys;
  private byte[][] signingInputs;
  private Signature[] signatures;

  /** Onboards the devices, signs the heartbeats and extracts what the raw benchmarks verify. */
  @Setup
  public void setUp() throws Exception {
    fleet = SimulatedFleet.create(42, START);
    kind = new HeartbeatKind(RuleBook.startingAt(START.minusSeconds(86_400), UptimeRules.HELIUM_MOBILE));
    List<HeartbeatSigner> signers = new ArrayList<>();
    for (int d = 0; d < DEVICES; d++) {
      SimulatedFleet.Device device = fleet.onboard();
      signers.add(HeartbeatSigner.create(
          kind, DeviceSigner.create(device.id(), device.key(), fleet.clock(), 0)));
    }
    wires = new ArrayList<>(PROOFS);
    for (int b = 0; b < BEATS_PER_DEVICE; b++) {
      for (HeartbeatSigner signer : signers) {
        wires.add(signer.beat().toBytes());
      }
    }
    wires = List.copyOf(wires);
    keys = new PublicKey[PROOFS];
    signingInputs = new byte[PROOFS][];
    signatures = new Signature[PROOFS];
    for (int i = 0; i < PROOFS; i++) {
      SignedMessage message = SignedMessage.fromJson(wires.get(i));
      keys[i] = message.signer();
      signingInputs[i] =
          SignedMessage.signingInput(message.type(), message.signer(), message.canonicalPayload());
      signatures[i] = message.signature();
    }
    BatchResult check = fleet.verifier().kind(kind).build().verifyAll(wires);
    if (check.accepted() != PROOFS) {
      throw new IllegalStateException("setup: not every heartbeat verifies: " + check);
    }
  }

  /** A verifier with an empty replay guard, built anew before each call of a benchmark. */
  @State(Scope.Thread)
  public static class FreshVerifier {
    ProofVerifier verifier;

    /**
     * Builds the verifier, outside the measured time.
     *
     * @param bench the benchmark's shared state
     */
    @Setup(Level.Invocation)
    public void setUp(HeartbeatVerificationBenchmark bench) {
      verifier = bench.fleet.verifier().kind(bench.kind).build();
    }
  }

  /**
   * Verifies every proof with {@link ProofVerifier#verify(byte[])}, one after the other.
   *
   * @param fresh the verifier of this call
   * @return the number of proofs accepted
   */
  @Benchmark
  @OperationsPerInvocation(PROOFS)
  public int verifyOneByOne(FreshVerifier fresh) {
    int accepted = 0;
    for (byte[] wire : wires) {
      if (fresh.verifier.verify(wire) instanceof Verdict.Accepted) {
        accepted++;
      }
    }
    return requireAll(accepted);
  }

  /**
   * Verifies every proof with one {@link ProofVerifier#verifyAll(List)}, on all cores.
   *
   * @param fresh the verifier of this call
   * @return the number of proofs accepted
   */
  @Benchmark
  @OperationsPerInvocation(PROOFS)
  public int verifyAll(FreshVerifier fresh) {
    return requireAll(fresh.verifier.verifyAll(wires).accepted());
  }

  /**
   * Verifies each proof's signature over its signing input, one thread.
   *
   * @return the number of signatures verified
   * @throws CryptoException never: every signature is valid
   */
  @Benchmark
  @OperationsPerInvocation(PROOFS)
  public int rawVerifyOneCore() throws CryptoException {
    for (int i = 0; i < PROOFS; i++) {
      keys[i].verify(signingInputs[i], signatures[i]);
    }
    return PROOFS;
  }

  /**
   * Verifies each proof's signature over its signing input, split over all cores by a parallel
   * stream, as {@link ProofVerifier#verifyAll(List)} splits its work.
   *
   * @return the number of signatures verified
   */
  @Benchmark
  @OperationsPerInvocation(PROOFS)
  public int rawVerifyAllCores() {
    return (int)
        IntStream.range(0, PROOFS)
            .parallel()
            .filter(
                i -> {
                  try {
                    keys[i].verify(signingInputs[i], signatures[i]);
                    return true;
                  } catch (CryptoException e) {
                    return false;
                  }
                })
            .count();
  }

  private static int requireAll(int accepted) {
    if (accepted != PROOFS) {
      throw new IllegalStateException(accepted + " of " + PROOFS + " heartbeats accepted");
    }
    return accepted;
  }
}
