package io.depin.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import io.depin.core.bytes.Hash32;
import io.depin.core.crypto.KeyType;
import io.depin.core.hash.HashAlgorithm;
import io.depin.core.merkle.InclusionProof;
import io.depin.core.merkle.MerkleHashing;
import io.depin.core.merkle.MerkleTree;
import io.depin.core.rules.RuleBook;
import io.depin.core.time.EpochClock;
import io.depin.devices.registry.DeviceState;
import io.depin.proofs.CheckResult;
import io.depin.proofs.DeviceSigner;
import io.depin.proofs.ProofContext;
import io.depin.proofs.ProofEnvelope;
import io.depin.proofs.ProofVerifier;
import io.depin.proofs.SignedProof;
import io.depin.proofs.Verdict;
import io.depin.proofs.VerifiedProof;
import io.depin.proofs.storage.ChunkResponse;
import io.depin.proofs.storage.InMemorySectorCommitments;
import io.depin.proofs.storage.SectorCommitment;
import io.depin.proofs.storage.SectorCommitmentKind;
import io.depin.proofs.storage.SectorId;
import io.depin.proofs.storage.SectorProver;
import io.depin.proofs.storage.StorageChallenge;
import io.depin.proofs.storage.StorageProof;
import io.depin.proofs.storage.StorageProofKind;
import io.depin.proofs.storage.StorageProofSigner;
import io.depin.proofs.storage.StorageRules;
import io.depin.proofs.vrf.VrfException;
import io.depin.proofs.vrf.VrfOutput;
import io.depin.proofs.vrf.VrfSecretKey;
import io.depin.testkit.proofs.SimulatedFleet;
import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Storage proof checks ({@code io.depin.proofs.storage}) under {@link StorageRules#defaults()}:
 * 1 KiB chunks, {@code k = 16} challenges, over a sector of {@code sectorMiB} MiB (1,024 or 65,536
 * chunks, Merkle paths of 10 or 16 hashes). The challenger's VRF and the device key are Ed25519.
 *
 * <ul>
 *   <li>{@link #fullCheck}: {@link ProofVerifier#verify(byte[])} of one signed response, from wire
 *       bytes to an accepted verdict: size, envelope parse, registry lookup, Ed25519 signature over
 *       the canonical payload, freshness, payload decode, replay guard, then the kind's check;
 *   <li>{@link #kindCheck}: {@link StorageProofKind#check} alone on the decoded payload: rules and
 *       commitment lookup, the VRF verification, {@code k} SHA-256 for the indices and the chunk
 *       and path hashes;
 *   <li>{@link #vrfVerify}, {@link #challengeIndices}, {@link #merklePaths}: the three parts of the
 *       kind's check, to show where its time goes;
 *   <li>{@link #decode}: the envelope parse and payload decode of {@link #fullCheck}, without the
 *       signature, to show where the rest of the full check goes, and {@link #payloadDecode}, the
 *       storage payload's share of it;
 *   <li>{@link #respond}: the device side, {@link SectorProver#respond} with the randomness already
 *       verified (chunk lookup and Merkle path of each challenged index), for context.
 * </ul>
 *
 * <p><b>Replay guard.</b> A response is accepted once per sequence number. Setup signs {@value
 * #RING} responses to the same challenge with increasing sequence numbers; {@link #fullCheck}
 * verifies them in turn and, when the ring is used up, builds a new verifier with a fresh {@link
 * io.depin.proofs.InMemoryReplayGuard}, so every measured call is an acceptance that passes the
 * guard. The rebuild (a builder, a map of two kinds and an empty guard, once per {@value #RING}
 * calls) is counted, spread over those calls. Setup checks that a verifier accepts the responses and that the kind
 * passes them, so no rejection path is measured.
 *
 * {@snippet lang=shell :
 * ./mvnw -B -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar StorageProof -f 1 -wi 2 -i 3 -w 2s -r 3s
 * }
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class StorageProofBenchmark {
  private static final int RING = 256;
  private static final Instant GENESIS = Instant.parse("2026-01-01T00:00:00Z");
  private static final StorageRules RULES = StorageRules.defaults();
  private static final MerkleHashing HASHING = MerkleHashing.rfc6962(HashAlgorithm.SHA_256);

  /** The sector size in MiB. */
  @Param({"1", "64"})
  public int sectorMiB;

  private SimulatedFleet fleet;
  private SectorCommitmentKind commitmentKind;
  private StorageProofKind responseKind;
  private VrfSecretKey challenger;
  private SectorProver prover;
  private SectorCommitment commitment;
  private StorageChallenge challenge;
  private VrfOutput randomness;
  private StorageProof payload;
  private ProofContext context;
  private JsonNode body;
  private byte[][] wires;
  private ProofVerifier verifier;
  private int next;

  /**
   * Onboards a device, fills and commits its sector, issues a challenge and signs {@value #RING}
   * responses to it.
   *
   * @throws Exception if the setup itself fails, or a response is not accepted
   */
  @Setup
  public void setUp() throws Exception {
    fleet = SimulatedFleet.create(sectorMiB, GENESIS.plus(Duration.ofMinutes(30)));
    RuleBook<StorageRules> rules = RuleBook.startingAt(GENESIS, RULES);
    EpochClock epochs = EpochClock.of(fleet.clock(), GENESIS, Duration.ofHours(1));
    InMemorySectorCommitments commitments = new InMemorySectorCommitments();
    challenger = VrfSecretKey.fromSigningKey(fleet.newKey(KeyType.ED25519));
    commitmentKind = new SectorCommitmentKind(rules);
    responseKind = new StorageProofKind(rules, commitments, challenger.publicKey(), epochs);

    SimulatedFleet.Device device = fleet.onboard();
    StorageProofSigner signer = StorageProofSigner.create(commitmentKind, responseKind,
        DeviceSigner.create(device.id(), device.key(), fleet.clock(), 1));
    SplittableRandom random = new SplittableRandom(sectorMiB);
    byte[] data = new byte[sectorMiB * 1024 * 1024];
    random.nextBytes(data);
    byte[] id = new byte[32];
    random.nextBytes(id);
    prover = SectorProver.of(SectorId.of(Hash32.of(id)), data, RULES.chunkSize());
    commitment = prover.commitment();

    Instant now = fleet.clock().instant();
    ProofVerifier setupVerifier = newVerifier();
    Verdict committed = setupVerifier.verify(signer.signCommitment(prover, now).toBytes());
    if (!(committed instanceof Verdict.Accepted(VerifiedProof<?> proof))
        || !commitments.register(proof.as(commitmentKind).orElseThrow())) {
      throw new IllegalStateException("the commitment was not accepted: " + committed);
    }

    challenge = StorageChallenge.issue(challenger, prover.sectorId(), epochs.current().index());
    randomness = challenge.randomness(challenger.publicKey());
    wires = new byte[RING][];
    SignedProof<StorageProof> signed = null;
    for (int i = 0; i < RING; i++) {
      signed = signer.signResponse(prover, challenge, now);
      wires[i] = signed.toBytes();
    }
    payload = signed.payload();
    body = ProofEnvelope.decode(wires[0]).body();
    DeviceState state = fleet.registry().lookup(device.id());
    context = new ProofContext(state, now, signed.envelope().token());

    ProofVerifier probe = newVerifier();
    for (byte[] wire : wires) {
      Verdict verdict = probe.verify(wire);
      if (!(verdict instanceof Verdict.Accepted)) {
        throw new IllegalStateException("a response was not accepted: " + verdict);
      }
    }
    if (!(responseKind.check(payload, context) instanceof CheckResult.Ok)) {
      throw new IllegalStateException("the kind does not pass the response");
    }
    if (!merklePaths()) {
      throw new IllegalStateException("the Merkle paths do not verify");
    }
    verifier = newVerifier();
  }

  /**
   * Verifies the next pre-signed response through the verifier, a fresh guard per {@value #RING}.
   *
   * @return the verdict, an acceptance
   */
  @Benchmark
  public Verdict fullCheck() {
    if (next == RING) {
      next = 0;
      verifier = newVerifier();
    }
    return verifier.verify(wires[next++]);
  }

  /**
   * Runs the kind's check on the decoded response.
   *
   * @return the result, ok
   */
  @Benchmark
  public CheckResult kindCheck() {
    return responseKind.check(payload, context);
  }

  /**
   * Verifies the challenge's VRF proof (ECVRF-EDWARDS25519-SHA512-TAI) on its 66-byte input.
   *
   * @return the randomness
   * @throws VrfException never: the proof is valid
   */
  @Benchmark
  public VrfOutput vrfVerify() throws VrfException {
    return challenge.randomness(challenger.publicKey());
  }

  /**
   * Derives the {@code k} challenged indices from the verified randomness ({@code k} SHA-256).
   *
   * @return the indices
   */
  @Benchmark
  public int[] challengeIndices() {
    return challenge.indices(randomness, commitment.chunkCount(), RULES.challenges());
  }

  /**
   * Verifies every response's chunk and Merkle path against the committed root.
   *
   * @return whether all verify (they do)
   */
  @Benchmark
  public boolean merklePaths() {
    boolean all = true;
    for (ChunkResponse r : payload.responses()) {
      InclusionProof proof = new InclusionProof(r.index(), commitment.chunkCount(), r.path());
      all &= MerkleTree.verify(commitment.root(), HASHING, r.chunk(), proof);
    }
    return all;
  }

  /**
   * Parses the envelope of a response and decodes its payload strictly, as the verifier does.
   *
   * @return the payload
   */
  @Benchmark
  public StorageProof decode() {
    return responseKind.decode(ProofEnvelope.decode(wires[0]).body());
  }

  /**
   * Decodes the payload of a response from its already parsed JSON body, the storage part of
   * {@link #decode}.
   *
   * @return the payload
   */
  @Benchmark
  public StorageProof payloadDecode() {
    return responseKind.decode(body);
  }

  /**
   * Answers the challenge on the device: the chunk and Merkle path of each challenged index.
   *
   * @return the response
   */
  @Benchmark
  public StorageProof respond() {
    return prover.respond(challenge, randomness, RULES.challenges());
  }

  private ProofVerifier newVerifier() {
    return fleet.verifier().kind(commitmentKind).kind(responseKind).build();
  }
}
