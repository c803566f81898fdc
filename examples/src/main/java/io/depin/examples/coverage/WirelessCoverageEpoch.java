package io.depin.examples.coverage;

import io.depin.core.bytes.Bytes;
import io.depin.core.bytes.Hash32;
import io.depin.core.crypto.CryptoException;
import io.depin.core.crypto.KeyType;
import io.depin.core.crypto.SigningKey;
import io.depin.core.eth.EthAddress;
import io.depin.core.geo.GeoPoint;
import io.depin.core.merkle.StandardMerkleTree;
import io.depin.core.rules.RuleBook;
import io.depin.core.time.Epoch;
import io.depin.core.time.EpochClock;
import io.depin.core.token.Token;
import io.depin.core.token.TokenAmount;
import io.depin.devices.DeviceId;
import io.depin.devices.DeviceIdentity;
import io.depin.devices.cert.CertificateValidationException;
import io.depin.devices.cert.CertificateValidator;
import io.depin.devices.cert.DeviceCertificate;
import io.depin.devices.cert.MakerAuthority;
import io.depin.devices.onboarding.NetworkId;
import io.depin.devices.onboarding.OnboardingClaim;
import io.depin.devices.onboarding.OnboardingException;
import io.depin.devices.onboarding.OnboardingRequest;
import io.depin.devices.onboarding.OnboardingVerifier;
import io.depin.devices.registry.InMemoryDeviceRegistry;
import io.depin.devices.registry.RegistryException;
import io.depin.proofs.BatchResult;
import io.depin.proofs.DeviceSigner;
import io.depin.proofs.InMemoryReplayGuard;
import io.depin.proofs.ProofVerifier;
import io.depin.proofs.VerifiedProof;
import io.depin.proofs.Verdict;
import io.depin.proofs.coverage.Beacon;
import io.depin.proofs.coverage.BeaconKind;
import io.depin.proofs.coverage.CoverageEvaluator;
import io.depin.proofs.coverage.CoverageResult;
import io.depin.proofs.coverage.CoverageRules;
import io.depin.proofs.coverage.CoverageSigner;
import io.depin.proofs.coverage.Hip15RewardUnits;
import io.depin.proofs.coverage.InMemoryAssertedLocations;
import io.depin.proofs.coverage.InMemoryBeaconTracker;
import io.depin.proofs.coverage.InMemoryEntropyLog;
import io.depin.proofs.coverage.Region;
import io.depin.proofs.coverage.Witness;
import io.depin.proofs.coverage.WitnessKind;
import io.depin.proofs.coverage.WitnessVerdict;
import io.depin.proofs.uptime.Heartbeat;
import io.depin.proofs.uptime.HeartbeatKind;
import io.depin.proofs.uptime.HeartbeatSigner;
import io.depin.proofs.uptime.UptimeCounter;
import io.depin.proofs.uptime.UptimeReport;
import io.depin.proofs.uptime.UptimeRules;
import io.depin.proofs.vrf.VrfSecretKey;
import io.depin.testkit.FakeClock;
import io.depin.testkit.random.DeterministicRandom;
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
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One day (one reward epoch) of a Helium-like wireless coverage network, end to end.
 *
 * <ol>
 *   <li><b>Devices.</b> A maker ({@link MakerAuthority}) certifies 20 hotspot keys at the factory.
 *       The network checks each certificate against the maker's CA ({@link CertificateValidator})
 *       and onboards the hotspot: the hotspot, the maker and the hotspot's owner sign one {@link
 *       OnboardingClaim}, the {@link OnboardingVerifier} checks the three signatures, freshness and
 *       the maker's standing, and the {@link InMemoryDeviceRegistry} records the device. Owners
 *       hold secp256k1 keys, so each has an Ethereum address to be paid at.
 *   <li><b>Uptime.</b> Every hour each hotspot sends a signed heartbeat; one {@link ProofVerifier}
 *       checks each batch ({@link ProofVerifier#verifyAll}) and {@link UptimeCounter} counts the
 *       hourly buckets: with the Helium Mobile rules ({@link UptimeRules#HELIUM_MOBILE}) a hotspot
 *       needs 12 of them. {@code hotspot-08} loses power at 10:00 and does not qualify.
 *   <li><b>Coverage.</b> Four times a day the network publishes entropy and five hotspots beacon
 *       (an ECVRF proof over the entropy, so nobody can pick a beacon payload). The hotspots within
 *       {@value #HEARING_RANGE_METERS} m hear it and send signed witness reports with a signal
 *       strength that follows free-space path loss. The same verifier checks beacons and reports,
 *       and {@link CoverageEvaluator} judges each beacon with its witnesses and gives HIP-15
 *       reward units.
 *   <li><b>A cheater.</b> {@code hotspot-20} copies its neighbour's beacon instead of making one:
 *       the verifier rejects it ({@code coverage.beacon-vrf-invalid}). It also inflates the signal
 *       strength of every witness report to rank as a well-placed hotspot: the evaluator gives
 *       those reports no units ({@code coverage.witness-rssi-above-fspl-bound}).
 *   <li><b>Rewards.</b> The day's emission ({@link EmissionSchedule#halving}) is split 60 % by
 *       coverage units and 40 % equally among hotspots with qualifying uptime, by {@link
 *       RewardDistributor} pro rata with exact shares and every payout rounded down to a base
 *       unit; paid plus unallocated dust equals the pool, exactly.
 *   <li><b>Claims.</b> Payouts are summed per owner address and published as an OpenZeppelin
 *       {@link StandardMerkleTree} of {@code (address, uint256)}: the root goes on chain, and each
 *       owner claims with its proof, which an OpenZeppelin {@code MerkleProof} contract accepts.
 * </ol>
 *
 * <p>Time is a {@link FakeClock} and every key, nonce and signal comes from one {@link
 * DeterministicRandom}, so a seed gives the same output, root included, on every run. Run it
 * (see {@code examples/README.md}):
 *
 * {@snippet lang=shell :
 * java -cp examples/target/examples.jar io.depin.examples.coverage.WirelessCoverageEpoch 42
 * }
 *
 * or from Java:
 *
 * {@snippet :
 * WirelessCoverageEpoch.Result day = WirelessCoverageEpoch.run(42, System.out);
 * Hash32 root = day.claims().root();
 * }
 */
public final class WirelessCoverageEpoch {
  /** The seed used when none is given on the command line. */
  public static final long DEFAULT_SEED = 42;

  /** How many hotspots the maker makes and the network onboards. */
  public static final int HOTSPOTS = 20;

  /** Hotspots closer than this to a beaconer hear its beacon and report it. */
  public static final int HEARING_RANGE_METERS = 6_000;

  /** The network's token: 6 decimal places. */
  public static final Token IOT = new Token("IOT", 6);

  /** The epoch this example runs: the first day of the network. */
  public static final Epoch EPOCH = Epoch.FIRST;

  /** The day's emission: halving every two years of daily epochs. */
  public static final EmissionSchedule EMISSION =
      EmissionSchedule.halving(new BigInteger("1643835616438"), 730);

  /** The label of the hotspot that loses power at 10:00. */
  public static final String OFFLINE_HOTSPOT = "hotspot-08";

  /** The label of the cheating hotspot. */
  public static final String CHEATER = "hotspot-20";

  static final Instant GENESIS = Instant.parse("2026-01-01T00:00:00Z");
  static final NetworkId NETWORK = NetworkId.of("io.example.coverage");
  static final GeoPoint CENTRE = GeoPoint.of(52.52, 13.405);
  static final long FREQUENCY_HZ = 868_100_000L;
  static final Region EU868 = Region.of("EU868");
  static final int TX_POWER_DECI_DBM = 160;
  static final int ANTENNA_GAIN_DECI_DBI = 30;
  static final int[] BEACON_HOURS = {2, 8, 14, 20};
  static final int OFFLINE_FROM_HOUR = 10;

  private WirelessCoverageEpoch() {}

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
   * @param seed the seed of every key, nonce and signal
   * @param out where the report goes
   * @return what the day produced, for checking
   * @throws CryptoException if a key fails to sign
   * @throws CertificateValidationException if a hotspot certificate is refused
   * @throws OnboardingException if the network refuses an onboarding
   * @throws RegistryException if the registry refuses a maker or device
   */
  public static Result run(long seed, PrintStream out)
      throws CryptoException, CertificateValidationException, OnboardingException,
          RegistryException {
    DeterministicRandom random = DeterministicRandom.ofSeed(seed);
    SecureRandom keys = random.derive("keys").asSecureRandom();
    DeterministicRandom radio = random.derive("radio");
    FakeClock clock = FakeClock.at(GENESIS);
    out.println("Wireless coverage network, epoch " + EPOCH.index() + " (" + GENESIS
        + " + 1 day), seed " + seed);

    // 1. The maker certifies hotspots; the network validates and onboards them.
    SigningKey makerKey = SigningKey.generate(KeyType.P256, keys);
    MakerAuthority maker =
        MakerAuthority.create(makerKey, "Acme Hotspots", Duration.ofDays(3650), clock, keys);
    InMemoryDeviceRegistry registry = new InMemoryDeviceRegistry();
    registry.registerMaker(maker.publicKey());
    OnboardingVerifier onboarding = OnboardingVerifier.builder()
        .clock(clock).network(NETWORK).freshnessWindow(Duration.ofMinutes(5)).state(registry)
        .build();

    RuleBook<UptimeRules> uptimeRules = RuleBook.startingAt(GENESIS, UptimeRules.HELIUM_MOBILE);
    RuleBook<CoverageRules> coverageRules = RuleBook.startingAt(GENESIS, CoverageRules.heliumIot());
    InMemoryEntropyLog entropyLog = new InMemoryEntropyLog();
    InMemoryAssertedLocations locations = new InMemoryAssertedLocations();
    HeartbeatKind heartbeats = new HeartbeatKind(uptimeRules, clock);
    BeaconKind beacons = new BeaconKind(coverageRules, entropyLog);
    WitnessKind witnesses = new WitnessKind(coverageRules);
    ProofVerifier verifier = ProofVerifier.builder()
        .registry(registry).replayGuard(new InMemoryReplayGuard(clock)).clock(clock)
        .kind(heartbeats).kind(beacons).kind(witnesses)
        .build();

    List<SigningKey> owners = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      owners.add(SigningKey.generate(KeyType.SECP256K1, keys));
    }
    List<Hotspot> hotspots = new ArrayList<>();
    for (int i = 0; i < HOTSPOTS; i++) {
      SigningKey deviceKey = SigningKey.generate(KeyType.ED25519, keys);
      // at the factory
      DeviceCertificate issued =
          maker.issue(DeviceIdentity.of(deviceKey.publicKey()), Duration.ofDays(5 * 365));
      // at the network: the certificate chains to the maker, then all three parties sign
      DeviceCertificate cert = CertificateValidator.validate(
          issued.certificate(), maker.caCertificate(), clock.instant());
      SigningKey owner = owners.get(i % owners.size());
      byte[] nonce = new byte[32];
      random.nextBytes(nonce);
      OnboardingClaim claim = new OnboardingClaim(NETWORK, deviceKey.publicKey(),
          maker.publicKey(), owner.publicKey(), Bytes.of(nonce), clock.instant());
      byte[] request = OnboardingRequest.sign(claim, deviceKey, makerKey, owner).toJsonBytes();
      registry.recordOnboarding(onboarding.verify(request));

      DeviceSigner device = DeviceSigner.create(cert.deviceId(), deviceKey, clock, 0);
      GeoPoint location = gridPoint(i, radio);
      locations.assertLocation(cert.deviceId(), location);
      hotspots.add(new Hotspot(String.format("hotspot-%02d", i + 1), cert.deviceId(),
          EthAddress.fromPublicKey(owner.publicKey()), location,
          HeartbeatSigner.create(heartbeats, device),
          CoverageSigner.create(beacons, witnesses, device, VrfSecretKey.fromSigningKey(deviceKey)),
          device));
    }
    out.println("onboarded " + hotspots.size() + " hotspots of maker " + maker.makerId()
        + " for " + owners.size() + " owners");

    // 2 and 3. The day: heartbeats every hour, beacon rounds four times.
    CoverageEvaluator evaluator =
        new CoverageEvaluator(coverageRules, locations, new InMemoryBeaconTracker());
    List<VerifiedProof<Heartbeat>> acceptedHeartbeats = new ArrayList<>();
    Map<String, Integer> rejections = new TreeMap<>();
    Map<String, Integer> witnessOutcomes = new TreeMap<>();
    Map<DeviceId, BigDecimal> units = new TreeMap<>();
    int beaconsAccepted = 0;
    for (int hour = 0; hour < 24; hour++) {
      clock.set(GENESIS.plus(Duration.ofHours(hour)).plus(Duration.ofMinutes(5)));
      List<byte[]> wires = new ArrayList<>();
      for (Hotspot h : hotspots) {
        if (isOnline(h, hour)) {
          wires.add(h.uptime().beat().toBytes());
        }
      }
      BatchResult batch = verifier.verifyAll(wires);
      acceptedHeartbeats.addAll(batch.acceptedOf(heartbeats));
      batch.rejections().forEach((code, n) -> rejections.merge(code, n, Integer::sum));

      int round = indexOf(BEACON_HOURS, hour);
      if (round < 0) {
        continue;
      }
      clock.set(GENESIS.plus(Duration.ofHours(hour)).plus(Duration.ofMinutes(30)));
      byte[] seedBytes = new byte[16];
      radio.nextBytes(seedBytes);
      Bytes entropy = Bytes.of(seedBytes);
      entropyLog.publish(entropy, clock.instant().minusSeconds(5));

      List<VerifiedProof<Beacon>> heard = new ArrayList<>();
      for (Hotspot h : hotspots.subList(5 * round, 5 * round + 5)) {
        byte[] wire;
        if (h.label().equals(CHEATER)) {
          Beacon copied = heard.getFirst().payload();  // a neighbour's beacon, signed as its own
          wire = h.device().sign(beacons, copied, clock.instant()).toBytes();
        } else {
          wire = h.coverage().beacon(entropy, FREQUENCY_HZ, EU868, TX_POWER_DECI_DBM,
              ANTENNA_GAIN_DECI_DBI, clock.instant()).toBytes();
        }
        switch (verifier.verify(wire)) {
          case Verdict.Accepted a -> heard.add(a.proof().as(beacons).orElseThrow());
          case Verdict.Rejected r -> {
            rejections.merge(r.code(), 1, Integer::sum);
            out.println(hhmm(clock) + " rejected a beacon from " + h.label() + ": " + r.code());
          }
        }
      }
      beaconsAccepted += heard.size();

      clock.advance(Duration.ofSeconds(20));
      for (VerifiedProof<Beacon> beacon : heard) {
        Hotspot beaconer = byId(hotspots, beacon.device().identity().id());
        List<VerifiedProof<Witness>> reports = new ArrayList<>();
        int order = 0;
        for (Hotspot w : hotspots) {
          double meters = w.location().distanceMeters(beaconer.location());
          if (w.id().equals(beaconer.id()) || !isOnline(w, hour) || meters > HEARING_RANGE_METERS) {
            continue;
          }
          int rssi = w.label().equals(CHEATER) ? -450 : honestRssiDeciDbm(meters, radio);
          Instant receivedAt = beacon.timestamp().plusMillis(300 + 40L * order++);
          Witness report = new Witness(beaconer.id(), beacon.payload().payload(), rssi, 70,
              FREQUENCY_HZ, EU868, ANTENNA_GAIN_DECI_DBI, receivedAt);
          byte[] wire = w.coverage().witness(report, receivedAt.plusMillis(400)).toBytes();
          if (verifier.verify(wire) instanceof Verdict.Accepted a) {
            reports.add(a.proof().as(witnesses).orElseThrow());
          }
        }
        CoverageResult result = evaluator.evaluate(beacon, reports);
        units.merge(beaconer.id(), result.beaconerUnits(), BigDecimal::add);
        for (WitnessVerdict v : result.witnesses()) {
          witnessOutcomes.merge(v.outcome().code(), 1, Integer::sum);
          units.merge(v.witness(), v.units(), BigDecimal::add);
        }
      }
    }
    EpochClock days = EpochClock.of(clock, GENESIS, Duration.ofDays(1));
    UptimeReport uptime = new UptimeCounter(uptimeRules, days).count(EPOCH, acceptedHeartbeats);
    out.println("heartbeats accepted: " + acceptedHeartbeats.size() + "; hotspots with "
        + uptime.required() + "+ hourly buckets: " + uptime.qualifying().size() + " of "
        + HOTSPOTS);
    out.println("beacons accepted: " + beaconsAccepted + "; witness reports: " + witnessOutcomes);
    out.println("proofs rejected by the verifier: " + rejections);

    // 5. Rewards: the day's emission by coverage units and qualifying uptime.
    List<WeightRow> rows = new ArrayList<>();
    for (Hotspot h : hotspots) {
      BigDecimal earned = units.getOrDefault(h.id(), BigDecimal.ZERO);
      // HIP-15 units have 12 decimal places: as a weight, whole 10^-12 units
      BigInteger coverageWeight = earned.setScale(Hip15RewardUnits.SCALE, RoundingMode.UNNECESSARY)
          .unscaledValue();
      rows.add(new WeightRow(h.id().toString(), "coverage", coverageWeight, Map.of(), null));
      if (uptime.qualifying().contains(h.id())) {
        rows.add(WeightRow.of(h.id().toString(), "uptime", 1));
      }
    }
    // pro rata with exact shares (no rate scale), every payout rounded down to a base unit
    DistributionPolicy policy = new DistributionPolicy(IOT, DistributionMethod.PRO_RATA,
        null, RoundingMode.DOWN, RoundingMode.DOWN,
        List.of(new BucketPolicy("coverage", new BigDecimal("0.6"), null, null),
            new BucketPolicy("uptime", new BigDecimal("0.4"), null, null)),
        CommissionPolicy.NONE);
    TokenAmount pool = EMISSION.amountAt(EPOCH, IOT);
    Distribution distribution =
        new RewardDistributor(policy).distribute(pool, WeightTable.of(rows));

    Map<String, TokenAmount> byHotspot = new TreeMap<>();
    Map<EthAddress, BigInteger> byOwner = new TreeMap<>();
    for (Payout p : distribution.payouts()) {
      Hotspot h = byId(hotspots, DeviceId.parse(p.recipient()));
      byHotspot.merge(h.label(), p.amount(), TokenAmount::plus);
      byOwner.merge(h.owner(), p.amount().baseUnits(), BigInteger::add);
    }
    out.println("pool " + pool + " = paid " + distribution.paid() + " + dust "
        + distribution.unallocated() + " (exact shares, payouts rounded "
        + policy.payoutRounding() + ")");
    byHotspot.forEach((label, amount) -> out.printf("  %s %-21s %22s%n", label,
        label.equals(CHEATER) ? "(cheater)"
            : label.equals(OFFLINE_HOTSPOT) ? "(offline from 10:00)" : "",
        amount));

    // 6. Claims: one leaf per owner address, the OpenZeppelin StandardMerkleTree layout.
    List<List<Object>> leaves = new ArrayList<>();
    byOwner.forEach((owner, amount) -> leaves.add(List.of(owner.toChecksumHex(), amount)));
    StandardMerkleTree claims = StandardMerkleTree.of(List.of("address", "uint256"), leaves);
    List<Object> claim = claims.values().getFirst();
    List<Hash32> proof = claims.getProof(0);
    boolean verifies =
        StandardMerkleTree.verify(claims.root(), claims.leafEncoding(), claim, proof);
    out.println("claims root: " + claims.root());
    out.println("claim " + claim + " proof " + proof + " verifies: " + verifies);

    Map<String, DeviceId> ids = new TreeMap<>();
    hotspots.forEach(h -> ids.put(h.label(), h.id()));
    return new Result(ids, uptime, beaconsAccepted, rejections, witnessOutcomes,
        byHotspot, distribution, claims, verifies);
  }

  /** Spreads the hotspots over a 5 x 4 grid with 2.5 km spacing, each moved up to 400 m. */
  private static GeoPoint gridPoint(int i, DeterministicRandom random) {
    int row = i / 5;
    int column = i % 5;
    double northKm = (row - 1.5) * 2.5 + (random.nextDouble() - 0.5) * 0.8;
    double eastKm = (column - 2.0) * 2.5 + (random.nextDouble() - 0.5) * 0.8;
    double lat = CENTRE.latitude() + northKm / 111.195;
    double lon = CENTRE.longitude() + eastKm / (111.195 * Math.cos(Math.toRadians(lat)));
    return GeoPoint.of(lat, lon);
  }

  /**
   * A plausible received signal: transmit power plus both antenna gains, minus free-space path
   * loss {@code 20 log10(d_km) + 20 log10(f_MHz) + 32.44}, minus 8 to 14 dB of walls and foliage.
   */
  private static int honestRssiDeciDbm(double meters, DeterministicRandom random) {
    double fspl = 20 * Math.log10(meters / 1000) + 20 * Math.log10(FREQUENCY_HZ / 1e6) + 32.44;
    double dbm = (TX_POWER_DECI_DBM + 2 * ANTENNA_GAIN_DECI_DBI) / 10.0 - fspl - 8
        - 6 * random.nextDouble();
    return (int) Math.round(dbm * 10);
  }

  private static boolean isOnline(Hotspot h, int hour) {
    return !(h.label().equals(OFFLINE_HOTSPOT) && hour >= OFFLINE_FROM_HOUR);
  }

  private static int indexOf(int[] values, int value) {
    for (int i = 0; i < values.length; i++) {
      if (values[i] == value) {
        return i;
      }
    }
    return -1;
  }

  private static Hotspot byId(List<Hotspot> hotspots, DeviceId id) {
    return hotspots.stream().filter(h -> h.id().equals(id)).findFirst().orElseThrow();
  }

  private static String hhmm(FakeClock clock) {
    return clock.instant().toString().substring(11, 16);
  }

  /** A hotspot as the example keeps it: the network's view and the device's own signers. */
  private record Hotspot(String label, DeviceId id, EthAddress owner, GeoPoint location,
      HeartbeatSigner uptime, CoverageSigner coverage, DeviceSigner device) {}

  /**
   * What one run of the day produced.
   *
   * @param hotspots the device id of every onboarded hotspot, by label
   * @param uptime the epoch's uptime report
   * @param beaconsAccepted the beacons the verifier accepted
   * @param rejections the verifier's rejections of all proofs, by reason code
   * @param witnessOutcomes the evaluator's witness outcomes, by code ({@code "valid"} or a reason)
   * @param rewardsByHotspot each hotspot's total reward, by label
   * @param distribution the epoch's distribution, with every payout and the dust
   * @param claims the published claims tree, one {@code (address, uint256)} leaf per owner
   * @param sampleProofVerifies whether the first claim's proof verifies against the root
   */
  public record Result(
      Map<String, DeviceId> hotspots,
      UptimeReport uptime,
      int beaconsAccepted,
      Map<String, Integer> rejections,
      Map<String, Integer> witnessOutcomes,
      Map<String, TokenAmount> rewardsByHotspot,
      Distribution distribution,
      StandardMerkleTree claims,
      boolean sampleProofVerifies) {
    /** Copies the maps. */
    public Result {
      hotspots = Collections.unmodifiableSortedMap(new TreeMap<>(hotspots));
      rejections = Collections.unmodifiableSortedMap(new TreeMap<>(rejections));
      witnessOutcomes = Collections.unmodifiableSortedMap(new TreeMap<>(witnessOutcomes));
      rewardsByHotspot = Collections.unmodifiableSortedMap(new TreeMap<>(rewardsByHotspot));
    }
  }
}
