package io.depin.testkit.proofs;

import io.depin.core.crypto.CryptoException;
import io.depin.core.crypto.KeyType;
import io.depin.core.crypto.SigningKey;
import io.depin.devices.DeviceId;
import io.depin.devices.MakerId;
import io.depin.devices.onboarding.NetworkId;
import io.depin.devices.onboarding.OnboardingException;
import io.depin.devices.onboarding.OnboardingVerifier;
import io.depin.devices.registry.DeviceState;
import io.depin.devices.registry.InMemoryDeviceRegistry;
import io.depin.devices.registry.RegistryException;
import io.depin.proofs.InMemoryReplayGuard;
import io.depin.proofs.ProofKind;
import io.depin.proofs.ProofVerifier;
import io.depin.proofs.ReplayToken;
import io.depin.proofs.SignedProof;
import io.depin.testkit.FakeClock;
import io.depin.testkit.devices.DeviceStatements;
import io.depin.testkit.random.DeterministicRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A small network for proof tests: a real {@link InMemoryDeviceRegistry} with one maker, devices
 * onboarded through the real {@link OnboardingVerifier}, a {@link FakeClock} and seeded keys. Tests
 * sign proofs as honest or cheating devices and run them through a real {@link ProofVerifier}.
 *
 * {@snippet :
 * SimulatedFleet fleet = SimulatedFleet.create(42, Instant.parse("2026-01-01T00:00:00Z"));
 * SimulatedFleet.Device device = fleet.onboard();
 * ProofVerifier verifier = fleet.verifier().kind(HEARTBEAT).build();
 * SignedProof<Heartbeat> proof =
 *     device.sign(HEARTBEAT, heartbeat, ReplayToken.sequence(1), fleet.clock().instant());
 * Verdict verdict = verifier.verify(proof.toBytes());
 * }
 *
 * <p>Not thread-safe; one fleet per test.
 *
 * @since 0.1.0
 */
public final class SimulatedFleet {
  /** The network the fleet's devices are onboarded to. */
  public static final NetworkId NETWORK = NetworkId.of("io.depin.testkit-fleet");

  /** The freshness window of onboarding and of {@link #verifier()}: 5 minutes. */
  public static final Duration MAX_AGE = Duration.ofMinutes(5);

  /** The future skew {@link #verifier()} allows: 30 seconds. */
  public static final Duration MAX_FUTURE_SKEW = Duration.ofSeconds(30);

  private final InMemoryDeviceRegistry registry = new InMemoryDeviceRegistry();
  private final FakeClock clock;
  private final DeterministicRandom random;
  private final SigningKey maker;
  private final OnboardingVerifier onboarding;

  private SimulatedFleet(long seed, Instant start) {
    this.clock = FakeClock.at(start);
    this.random = DeterministicRandom.ofSeed(seed);
    this.maker = newKey(KeyType.ED25519);
    try {
      registry.registerMaker(maker.publicKey());
    } catch (RegistryException e) {
      throw new IllegalStateException("a fresh registry refused its first maker", e);
    }
    this.onboarding =
        OnboardingVerifier.builder()
            .clock(clock)
            .network(NETWORK)
            .freshnessWindow(MAX_AGE)
            .state(registry)
            .build();
  }

  /**
   * Creates a fleet with no devices yet.
   *
   * @param seed the seed of every key the fleet generates
   * @param start the fake clock's first instant
   * @return the fleet
   */
  public static SimulatedFleet create(long seed, Instant start) {
    return new SimulatedFleet(seed, Objects.requireNonNull(start, "start"));
  }

  /** {@return the fleet's registry, for revoking devices or rotating keys in a test} */
  public InMemoryDeviceRegistry registry() {
    return registry;
  }

  /** {@return the maker every device of the fleet was made by, for revoking it in a test} */
  public MakerId maker() {
    return MakerId.of(maker.publicKey());
  }

  /** {@return the fleet's clock; advance it to move time for every verifier built from it} */
  public FakeClock clock() {
    return clock;
  }

  /** {@return the fleet's seeded randomness} */
  public DeterministicRandom random() {
    return random;
  }

  /**
   * Generates a key from the fleet's seeded randomness.
   *
   * @param type the key type
   * @return a new key
   */
  public SigningKey newKey(KeyType type) {
    return SigningKey.generate(type, random.asSecureRandom());
  }

  /**
   * Onboards a new Ed25519 device through the real onboarding verifier and registry.
   *
   * @return the device, with the key a test signs its proofs with
   * @throws OnboardingException never, unless the test kit's own statements are wrong
   * @throws RegistryException never, unless the registry is broken
   * @throws CryptoException never, unless signing fails
   */
  public Device onboard() throws OnboardingException, RegistryException, CryptoException {
    return onboard(KeyType.ED25519);
  }

  /**
   * Onboards a new device with a key of the given type.
   *
   * @param type the device key's type
   * @return the device, with the key a test signs its proofs with
   * @throws OnboardingException never, unless the test kit's own statements are wrong
   * @throws RegistryException never, unless the registry is broken
   * @throws CryptoException never, unless signing fails
   */
  public Device onboard(KeyType type)
      throws OnboardingException, RegistryException, CryptoException {
    SigningKey key = newKey(type);
    DeviceState state =
        registry.recordOnboarding(
            onboarding.verify(
                DeviceStatements.onboardingRequest(
                    NETWORK, clock.instant(), random, key, maker, newKey(KeyType.ED25519))));
    return new Device(state.identity().id(), key);
  }

  /**
   * Returns a verifier builder wired to this fleet: its registry, a fresh {@link
   * InMemoryReplayGuard}, its clock, {@link #MAX_AGE} and {@link #MAX_FUTURE_SKEW}. Add the kinds
   * under test and build.
   *
   * @return the builder
   */
  public ProofVerifier.Builder verifier() {
    return ProofVerifier.builder()
        .registry(registry)
        .replayGuard(new InMemoryReplayGuard(clock))
        .clock(clock)
        .maxAge(MAX_AGE)
        .maxFutureSkew(MAX_FUTURE_SKEW);
  }

  /**
   * A device of the fleet and the key the test holds for it. A cheating device is one whose test
   * signs false payloads with this key.
   *
   * @param id the device's identifier in the registry
   * @param key the device's signing key
   */
  public record Device(DeviceId id, SigningKey key) {
    /**
     * Checks the fields.
     *
     * @throws NullPointerException if a field is null
     */
    public Device {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(key, "key");
    }

    /**
     * Signs a proof as this device.
     *
     * @param <T> the payload type
     * @param kind the proof kind
     * @param payload the payload
     * @param token the replay token
     * @param timestamp the proof's timestamp
     * @return the signed proof
     * @throws CryptoException if signing fails
     */
    public <T> SignedProof<T> sign(
        ProofKind<T> kind, T payload, ReplayToken token, Instant timestamp)
        throws CryptoException {
      return SignedProof.sign(kind, payload, id, token, timestamp, key);
    }

    @Override
    public String toString() {
      return "Device[" + id + "]";
    }
  }
}
