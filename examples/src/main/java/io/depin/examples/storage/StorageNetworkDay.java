package io.depin.examples.storage;

import io.depin.core.bytes.Bytes;
import io.depin.core.bytes.Hash32;
import io.depin.core.crypto.CryptoException;
import io.depin.core.crypto.KeyType;
import io.depin.core.rules.RuleBook;
import io.depin.core.time.Epoch;
import io.depin.core.time.EpochClock;
import io.depin.core.token.Token;
import io.depin.core.token.TokenAmount;
import io.depin.devices.onboarding.OnboardingException;
import io.depin.devices.registry.RegistryException;
import io.depin.proofs.DeviceSigner;
import io.depin.proofs.ProofVerifier;
import io.depin.proofs.VerifiedProof;
import io.depin.proofs.Verdict;
import io.depin.proofs.storage.ChunkResponse;
import io.depin.proofs.storage.InMemorySectorCommitments;
import io.depin.proofs.storage.SectorCommitment;
import io.depin.proofs.storage.SectorCommitmentKind;
import io.depin.proofs.storage.SectorId;
import io.depin.proofs.storage.SectorProver;
import io.depin.proofs.storage.StorageChallenge;
import io.depin.proofs.storage.StorageDetection;
import io.depin.proofs.storage.StorageProof;
import io.depin.proofs.storage.StorageProofKind;
import io.depin.proofs.storage.StorageProofSigner;
import io.depin.proofs.storage.StorageRules;
import io.depin.proofs.vrf.VrfException;
import io.depin.proofs.vrf.VrfSecretKey;
import io.depin.testkit.proofs.SimulatedFleet;
import io.depin.tokenomics.distribution.BucketPolicy;
import io.depin.tokenomics.distribution.CommissionPolicy;
import io.depin.tokenomics.distribution.Distribution;
import io.depin.tokenomics.distribution.DistributionMethod;
import io.depin.tokenomics.distribution.DistributionPolicy;
import io.depin.tokenomics.distribution.Payout;
import io.depin.tokenomics.distribution.RewardDistributor;
import io.depin.tokenomics.distribution.WeightRow;
import io.depin.tokenomics.distribution.WeightTable;
import io.depin.tokenomics.emission.EmissionSchedule;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One day of a storage network paid by proofs of retrievability.
 *
 * <ol>
 *   <li><b>Devices.</b> Five storage providers are onboarded on a {@link SimulatedFleet} from
 *       {@code depin-testkit} (a real registry, onboarding verifier and seeded keys, with a fake
 *       clock): the quickest way to a working network in a test or a prototype.
 *   <li><b>Commitments.</b> Each provider cuts its sector into 1 KiB chunks, commits to their
 *       Merkle root with a signed {@link SectorCommitment}, and the network records the verified
 *       commitment in {@link InMemorySectorCommitments}.
 *   <li><b>Challenges.</b> Every hour the network's challenger issues one {@link StorageChallenge}
 *       per sector from its ECVRF key, so neither side can choose which chunks are asked for. Each
 *       provider answers with 16 chunks and their Merkle paths, signed, and one {@link
 *       ProofVerifier} checks the answer ({@link StorageProofKind}).
 *   <li><b>A provider that lost data.</b> {@code provider-3} kept only 90 % of its chunks. For a
 *       chunk it no longer has it can only send something else, and the verifier rejects the
 *       answer with {@code storage.bad-path}. With 16 challenges an answer catches it with
 *       probability {@code 1 - 0.9^16}, about 81 % ({@link StorageDetection}); in the hours it is
 *       lucky it is paid.
 *   <li><b>Rewards.</b> The day's emission ({@link EmissionSchedule#exponentialDecay}) is shared
 *       by proven storage, committed bytes times hours with an accepted answer, with the
 *       largest-remainder method: every base unit is paid, no dust.
 * </ol>
 *
 * <p>Everything runs on the fleet's fake clock and seeded randomness: a seed gives the same day.
 * Run it (see {@code examples/README.md}):
 *
 * {@snippet lang=shell :
 * java -cp examples/target/examples.jar io.depin.examples.storage.StorageNetworkDay 42
 * }
 *
 * or from Java:
 *
 * {@snippet :
 * StorageNetworkDay.Result day = StorageNetworkDay.run(42, System.out);
 * int caught = day.rejections().get(StorageNetworkDay.LOSSY);
 * }
 */
public final class StorageNetworkDay {
  /** The seed used when none is given on the command line. */
  public static final long DEFAULT_SEED = 42;

  /** The network's token: 18 decimal places. */
  public static final Token STOR = new Token("STOR", 18);

  /** The sector sizes of the providers, in KiB; provider {@code i + 1} stores the {@code i}-th. */
  public static final List<Integer> SECTOR_KIB = List.of(24, 32, 40, 48, 56);

  /** The label of the provider that lost part of its data. */
  public static final String LOSSY = "provider-3";

  /** The fraction of its chunks {@link #LOSSY} lost. */
  public static final double LOST_FRACTION = 0.1;

  /** The challenge rules: 1 KiB chunks, 16 challenges per answer (the SDK's defaults). */
  public static final StorageRules RULES = StorageRules.defaults();

  /** The day's emission: an exponential decay of 10^9 tokens with a half-life of 4 years. */
  public static final EmissionSchedule EMISSION =
      EmissionSchedule.exponentialDecay(BigInteger.TEN.pow(9 + 18), 4 * 365);

  /** The day this example runs. */
  public static final Epoch DAY = Epoch.FIRST;

  static final Instant GENESIS = Instant.parse("2026-01-01T00:00:00Z");
  static final Duration CHALLENGE_EPOCH = Duration.ofHours(1);

  private StorageNetworkDay() {}

  /**
   * Runs the day with the seed given as the first argument, or {@link #DEFAULT_SEED}.
   *
   * @param args an optional seed
   * @throws Exception if a step the example does not expect to fail fails
   */
  public static void main(String[] args) throws Exception {
    run(args.length > 0 ? Long.parseLong(args[0]) : DEFAULT_SEED, System.out);
  }

  /**
   * Runs the day and prints what happens.
   *
   * @param seed the seed of every key, sector and challenge
   * @param out where the report goes
   * @return what the day produced, for checking
   * @throws CryptoException if a key fails to sign
   * @throws VrfException if a challenge's randomness does not verify
   * @throws OnboardingException if the fleet's onboarding refuses a provider
   * @throws RegistryException if the registry refuses a provider
   */
  public static Result run(long seed, PrintStream out)
      throws CryptoException, VrfException, OnboardingException, RegistryException {
    SimulatedFleet fleet = SimulatedFleet.create(seed, GENESIS.plus(Duration.ofMinutes(5)));
    EpochClock hours = EpochClock.of(fleet.clock(), GENESIS, CHALLENGE_EPOCH);
    RuleBook<StorageRules> rules = RuleBook.startingAt(GENESIS, RULES);
    VrfSecretKey challenger = VrfSecretKey.fromSigningKey(fleet.newKey(KeyType.ED25519));
    InMemorySectorCommitments commitments = new InMemorySectorCommitments();
    SectorCommitmentKind commitmentKind = new SectorCommitmentKind(rules);
    StorageProofKind responseKind =
        new StorageProofKind(rules, commitments, challenger.publicKey(), hours);
    ProofVerifier verifier = fleet.verifier().kind(commitmentKind).kind(responseKind).build();
    out.println("Storage network, day " + DAY.index() + " (" + GENESIS + "), seed " + seed);

    // 1 and 2. Onboard the providers; each commits to its sector.
    List<Provider> providers = new ArrayList<>();
    for (int i = 0; i < SECTOR_KIB.size(); i++) {
      SimulatedFleet.Device device = fleet.onboard();
      byte[] data = new byte[SECTOR_KIB.get(i) * 1024];
      fleet.random().nextBytes(data);
      byte[] id = new byte[32];
      fleet.random().nextBytes(id);
      SectorProver sector = SectorProver.of(SectorId.of(Hash32.of(id)), data, RULES.chunkSize());
      DeviceSigner deviceSigner = DeviceSigner.create(device.id(), device.key(), fleet.clock(), 0);
      StorageProofSigner signer =
          StorageProofSigner.create(commitmentKind, responseKind, deviceSigner);
      Verdict committed =
          verifier.verify(signer.signCommitment(sector, fleet.clock().instant()).toBytes());
      if (!(committed instanceof Verdict.Accepted(VerifiedProof<?> proof))
          || !commitments.register(proof.as(commitmentKind).orElseThrow())) {
        throw new IllegalStateException("an honest commitment was refused: " + committed);
      }
      String label = "provider-" + (i + 1);
      Set<Integer> lost = label.equals(LOSSY)
          ? lose(sector.commitment().chunkCount(), LOST_FRACTION, fleet)
          : Set.of();
      providers.add(new Provider(label, sector, signer, deviceSigner, lost));
      out.println(label + " committed " + sector.commitment().chunkCount() + " chunks, root "
          + sector.commitment().root()
          + (lost.isEmpty() ? "" : " (later loses " + lost.size() + ")"));
    }

    // 3 and 4. Every hour: a challenge per sector, an answer per provider, one verifier.
    Map<String, Integer> provenHours = new TreeMap<>();
    Map<String, Integer> rejections = new TreeMap<>();
    Map<String, Integer> reasons = new TreeMap<>();
    for (int hour = 0; hour < 24; hour++) {
      fleet.clock().set(
          GENESIS.plus(CHALLENGE_EPOCH.multipliedBy(hour)).plus(Duration.ofMinutes(10)));
      long epoch = hours.current().index();
      for (Provider p : providers) {
        StorageChallenge challenge =
            StorageChallenge.issue(challenger, p.sector().sectorId(), epoch);
        byte[] answer = p.answer(challenge, responseKind, fleet.clock().instant());
        switch (verifier.verify(answer)) {
          case Verdict.Accepted a -> provenHours.merge(p.label(), 1, Integer::sum);
          case Verdict.Rejected r -> {
            rejections.merge(p.label(), 1, Integer::sum);
            reasons.merge(r.code(), 1, Integer::sum);
          }
        }
      }
    }
    out.println("answers accepted per provider: " + provenHours);
    out.println("answers rejected per provider: " + rejections + ", by reason " + reasons);
    out.printf("a provider missing %.0f %% of its chunks is caught by one answer with probability"
        + " %.3f%n", 100 * LOST_FRACTION,
        StorageDetection.probability(LOST_FRACTION, RULES.challenges()));

    // 5. Rewards: proven byte-hours, largest remainder, no dust.
    List<WeightRow> rows = new ArrayList<>();
    for (Provider p : providers) {
      SectorCommitment c = p.sector().commitment();
      long bytes = (long) c.chunkCount() * c.chunkSize();
      rows.add(WeightRow.of(p.label(), "storage", bytes * provenHours.getOrDefault(p.label(), 0)));
    }
    DistributionPolicy policy = new DistributionPolicy(STOR, DistributionMethod.LARGEST_REMAINDER,
        null, RoundingMode.DOWN, RoundingMode.DOWN,
        List.of(new BucketPolicy("storage", BigDecimal.ONE, null, null)), CommissionPolicy.NONE);
    TokenAmount pool = EMISSION.amountAt(DAY, STOR);
    Distribution distribution =
        new RewardDistributor(policy).distribute(pool, WeightTable.of(rows));
    out.println("pool " + pool + " = paid " + distribution.paid() + " + dust "
        + distribution.unallocated() + " (largest remainder)");
    Map<String, TokenAmount> rewards = new TreeMap<>();
    for (Payout p : distribution.payouts()) {
      rewards.merge(p.recipient(), p.amount(), TokenAmount::plus);
      out.printf("  %-11s %5d KiB-hours  %s%n", p.recipient(),
          p.explanation().weight().divide(BigInteger.valueOf(1024)), p.amount());
    }
    return new Result(provenHours, rejections, reasons, rewards, distribution);
  }

  /** Picks exactly {@code fraction} of the chunk indices, at random, as lost. */
  private static Set<Integer> lose(int chunks, double fraction, SimulatedFleet fleet) {
    List<Integer> indices = new ArrayList<>();
    for (int i = 0; i < chunks; i++) {
      indices.add(i);
    }
    Collections.shuffle(indices, fleet.random());
    return Set.copyOf(indices.subList(0, (int) Math.round(chunks * fraction)));
  }

  /**
   * A provider: its sector and signer, and the chunks it lost. An honest provider answers through
   * {@link StorageProofSigner#signResponse}; one that lost chunks can only put other bytes in their
   * place.
   */
  private record Provider(String label, SectorProver sector, StorageProofSigner signer,
      DeviceSigner device, Set<Integer> lost) {
    byte[] answer(StorageChallenge challenge, StorageProofKind kind, Instant now)
        throws VrfException, CryptoException {
      if (lost.isEmpty()) {
        return signer.signResponse(sector, challenge, now).toBytes();
      }
      // This sketch still holds every chunk; a provider that really lost them has nothing better
      // to send than other bytes (zeros here), which no longer hash to the committed root.
      StorageProof full = sector.respond(
          challenge, challenge.randomness(kind.challenger()), RULES.challenges());
      List<ChunkResponse> sent = new ArrayList<>();
      for (ChunkResponse r : full.responses()) {
        sent.add(lost.contains(r.index())
            ? new ChunkResponse(r.index(), Bytes.of(new byte[r.chunk().length()]), r.path())
            : r);
      }
      return device.sign(kind, new StorageProof(challenge, sent), now).toBytes();
    }
  }

  /**
   * What one run of the day produced.
   *
   * @param provenHours each provider's accepted answers, by label (providers never accepted are
   *     absent)
   * @param rejections each provider's rejected answers, by label (providers never rejected are
   *     absent)
   * @param reasons the rejections by reason code
   * @param rewards each provider's reward, by label
   * @param distribution the day's distribution
   */
  public record Result(
      Map<String, Integer> provenHours,
      Map<String, Integer> rejections,
      Map<String, Integer> reasons,
      Map<String, TokenAmount> rewards,
      Distribution distribution) {
    /** Copies the maps. */
    public Result {
      provenHours = Collections.unmodifiableSortedMap(new TreeMap<>(provenHours));
      rejections = Collections.unmodifiableSortedMap(new TreeMap<>(rejections));
      reasons = Collections.unmodifiableSortedMap(new TreeMap<>(reasons));
      rewards = Collections.unmodifiableSortedMap(new TreeMap<>(rewards));
    }
  }
}
