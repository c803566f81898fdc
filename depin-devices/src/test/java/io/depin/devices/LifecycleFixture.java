package io.depin.devices;

import io.depin.core.bytes.Bytes;
import io.depin.core.crypto.CryptoException;
import io.depin.core.crypto.KeyType;
import io.depin.core.crypto.SigningKey;
import io.depin.devices.onboarding.NetworkId;
import io.depin.devices.onboarding.OnboardingClaim;
import io.depin.devices.onboarding.OnboardingException;
import io.depin.devices.onboarding.OnboardingRequest;
import io.depin.devices.onboarding.OnboardingVerifier;
import io.depin.devices.registry.DeviceState;
import io.depin.devices.registry.InMemoryDeviceRegistry;
import io.depin.devices.registry.RegistryException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;

/** A registry with one maker, a verifier at a fixed time, and seeded keys and nonces. */
public final class LifecycleFixture {
  public static final NetworkId NETWORK = NetworkId.of("io.depin.test");
  public static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
  public static final Duration WINDOW = Duration.ofMinutes(5);

  public final InMemoryDeviceRegistry registry = new InMemoryDeviceRegistry();
  public final SigningKey maker;
  private final Random random;

  public LifecycleFixture(long seed) {
    random = new Random(seed);
    maker = newKey();
    try {
      registry.registerMaker(maker.publicKey());
    } catch (RegistryException e) {
      throw new AssertionError(e);
    }
  }

  /** An Ed25519 key from the seeded stream. */
  public SigningKey newKey() {
    byte[] secret = new byte[32];
    random.nextBytes(secret);
    return SigningKey.fromRaw(KeyType.ED25519, secret);
  }

  /** A key of {@code type}; ECDSA keys come from a SecureRandom seeded from the stream. */
  public SigningKey newKey(KeyType type) {
    if (type == KeyType.ED25519) {
      return newKey();
    }
    try {
      SecureRandom seeded = SecureRandom.getInstance("SHA1PRNG");
      seeded.setSeed(random.nextLong());
      return SigningKey.generate(type, seeded);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  public Bytes nonce() {
    byte[] nonce = new byte[32];
    random.nextBytes(nonce);
    return Bytes.of(nonce);
  }

  public OnboardingClaim claim(SigningKey device, SigningKey owner) {
    return new OnboardingClaim(
        NETWORK, device.publicKey(), maker.publicKey(), owner.publicKey(), nonce(), NOW);
  }

  public OnboardingRequest request(SigningKey device, SigningKey owner) throws CryptoException {
    return OnboardingRequest.sign(claim(device, owner), device, maker, owner);
  }

  public OnboardingVerifier verifier() {
    return verifier(Clock.fixed(NOW, ZoneOffset.UTC));
  }

  public OnboardingVerifier verifier(Clock clock) {
    return OnboardingVerifier.builder()
        .clock(clock)
        .network(NETWORK)
        .freshnessWindow(WINDOW)
        .state(registry)
        .build();
  }

  /** Onboards a new device owned by {@code owner}, with device key {@code device}. */
  public DeviceState onboard(SigningKey device, SigningKey owner)
      throws CryptoException, OnboardingException, RegistryException {
    return registry.recordOnboarding(verifier().verify(request(device, owner)));
  }
}
