package io.depin.devices.onboarding;

import io.depin.core.DecodingException;
import io.depin.core.bytes.Bytes;
import io.depin.core.crypto.CryptoException;
import io.depin.core.crypto.PublicKey;
import io.depin.core.crypto.Signature;
import io.depin.devices.DeviceId;
import io.depin.devices.MakerId;
import io.depin.devices.onboarding.OnboardingException.Reason;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * Checks onboarding requests and turns the good ones into {@link OnboardingRecord}s.
 *
 * <p>The checks, in order, each with its own {@link Reason}: the request decodes ({@link
 * Reason#MALFORMED}); it is for the expected network ({@link Reason#WRONG_NETWORK}); its time is
 * within the freshness window of the clock's now, either way ({@link Reason#EXPIRED}); the maker
 * is registered ({@link Reason#UNKNOWN_MAKER}) and not revoked ({@link Reason#MAKER_REVOKED}); the
 * device, maker and owner signatures verify ({@link Reason#WRONG_DEVICE_SIGNATURE}, {@link
 * Reason#WRONG_MAKER_SIGNATURE}, {@link Reason#WRONG_OWNER_SIGNATURE}); the device was not
 * onboarded before ({@link Reason#ALREADY_ONBOARDED}); and the nonce was not seen before ({@link
 * Reason#REPLAYED}). A nonce is remembered only once every other check has passed, and forgotten
 * once its request would be expired anyway.
 *
 * {@snippet :
 * OnboardingVerifier verifier = OnboardingVerifier.builder()
 *     .clock(clock)
 *     .network(NetworkId.of("io.example.net"))
 *     .freshnessWindow(Duration.ofMinutes(5))
 *     .state(registry)
 *     .build();
 * try {
 *   registry.recordOnboarding(verifier.verify(untrustedJson));
 * } catch (OnboardingException e) {
 *   reject(e.reason());
 * }
 * }
 *
 * <p>Thread-safe: concurrent requests with the same nonce are accepted at most once.
 *
 * @since 0.1.0
 */
public final class OnboardingVerifier {
  private static final int PRUNE_EVERY = 256;

  private final Clock clock;
  private final NetworkId network;
  private final Duration window;
  private final OnboardingState state;
  private final ConcurrentHashMap<Bytes, Instant> seenNonces = new ConcurrentHashMap<>();
  private final AtomicLong accepted = new AtomicLong();

  private OnboardingVerifier(Builder b) {
    this.clock = Objects.requireNonNull(b.clock, "clock");
    this.network = Objects.requireNonNull(b.network, "network");
    this.window = Objects.requireNonNull(b.window, "freshnessWindow");
    this.state = Objects.requireNonNull(b.state, "state");
  }

  /** {@return a builder; clock, network, freshness window and state are all required} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Decodes and verifies a request in its JSON wire form.
   *
   * @param json untrusted UTF-8 JSON
   * @return the record of the accepted onboarding
   * @throws OnboardingException naming the first rule the request breaks
   */
  public OnboardingRecord verify(byte[] json) throws OnboardingException {
    OnboardingRequest request;
    try {
      request = OnboardingRequest.fromJson(json);
    } catch (DecodingException e) {
      throw new OnboardingException(
          Reason.MALFORMED, Objects.requireNonNullElse(e.getMessage(), e.toString()));
    }
    return verify(request);
  }

  /**
   * Verifies a request.
   *
   * @param request the request
   * @return the record of the accepted onboarding
   * @throws OnboardingException naming the first rule the request breaks
   */
  public OnboardingRecord verify(OnboardingRequest request) throws OnboardingException {
    OnboardingClaim claim = request.claim();
    if (!claim.network().equals(network)) {
      throw new OnboardingException(
          Reason.WRONG_NETWORK, "the request is for " + claim.network() + ", not " + network);
    }
    Instant now = clock.instant();
    if (Duration.between(claim.issuedAt(), now).abs().compareTo(window) > 0) {
      throw new OnboardingException(
          Reason.EXPIRED, "the request's time " + claim.issuedAt() + " is outside the window");
    }
    MakerId maker = MakerId.of(claim.makerKey());
    switch (state.makerStatus(maker)) {
      case UNKNOWN -> throw new OnboardingException(Reason.UNKNOWN_MAKER, "unknown maker " + maker);
      case REVOKED -> throw new OnboardingException(Reason.MAKER_REVOKED, "revoked maker " + maker);
      case ACTIVE -> { }
    }
    checkSignatures(request);
    DeviceId device = DeviceId.fromInitialKey(claim.deviceKey());
    if (state.isOnboarded(device)) {
      throw new OnboardingException(Reason.ALREADY_ONBOARDED, "device " + device + " is onboarded");
    }
    remember(claim.nonce(), claim.issuedAt().plus(window), now);
    return new OnboardingRecord(request, now);
  }

  /**
   * Rebuilds the record of an onboarding that was accepted earlier, for a durable registry that
   * loads its history from storage. The three signatures are checked again; freshness, replay and
   * the registry's state are not, because they were checked when the request was first accepted
   * at {@code acceptedAt}. Never use this for a request that has not been accepted by {@link
   * #verify(OnboardingRequest)}.
   *
   * {@snippet :
   * OnboardingRecord record = OnboardingVerifier.restore(OnboardingRequest.fromJson(storedJson), storedAcceptedAt);
   * }
   *
   * @param request the stored request
   * @param acceptedAt when it was accepted
   * @return the record
   * @throws OnboardingException with a {@code WRONG_*_SIGNATURE} reason if the stored request no
   *     longer verifies (it was altered in storage)
   */
  public static OnboardingRecord restore(OnboardingRequest request, Instant acceptedAt)
      throws OnboardingException {
    checkSignatures(request);
    return new OnboardingRecord(request, Objects.requireNonNull(acceptedAt, "acceptedAt"));
  }

  private static void checkSignatures(OnboardingRequest request) throws OnboardingException {
    OnboardingClaim claim = request.claim();
    check(claim.deviceKey(), claim.deviceSigningInput(), request.deviceSignature(),
        Reason.WRONG_DEVICE_SIGNATURE);
    check(claim.makerKey(), claim.makerSigningInput(request.deviceSignature()),
        request.makerSignature(), Reason.WRONG_MAKER_SIGNATURE);
    check(claim.ownerKey(),
        claim.ownerSigningInput(request.deviceSignature(), request.makerSignature()),
        request.ownerSignature(), Reason.WRONG_OWNER_SIGNATURE);
  }

  private static void check(PublicKey key, byte[] input, Signature signature, Reason reason)
      throws OnboardingException {
    try {
      key.verify(input, signature);
    } catch (CryptoException e) {
      throw new OnboardingException(
          reason, Objects.requireNonNullElse(e.getMessage(), e.toString()));
    }
  }

  private void remember(Bytes nonce, Instant expiry, Instant now) throws OnboardingException {
    if (seenNonces.putIfAbsent(nonce, expiry) != null) {
      throw new OnboardingException(Reason.REPLAYED, "the nonce was seen before");
    }
    if (accepted.incrementAndGet() % PRUNE_EVERY == 0) {
      seenNonces.values().removeIf(e -> e.isBefore(now));
    }
  }

  /**
   * Configures an {@link OnboardingVerifier}.
   *
   * {@snippet :
   * OnboardingVerifier.builder().clock(clock).network(network)
   *     .freshnessWindow(Duration.ofMinutes(5)).state(registry).build();
   * }
   */
  public static final class Builder {
    private @Nullable Clock clock;
    private @Nullable NetworkId network;
    private @Nullable Duration window;
    private @Nullable OnboardingState state;

    private Builder() {}

    /**
     * Sets the clock that says what "now" is.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Sets the only network whose requests are accepted.
     *
     * @param network the network
     * @return this builder
     */
    public Builder network(NetworkId network) {
      this.network = Objects.requireNonNull(network, "network");
      return this;
    }

    /**
     * Sets how far a request's time may be from now, in the past or the future.
     *
     * @param window a positive duration
     * @return this builder
     * @throws IllegalArgumentException if the window is zero or negative
     */
    public Builder freshnessWindow(Duration window) {
      if (window.isNegative() || window.isZero()) {
        throw new IllegalArgumentException("the freshness window must be positive");
      }
      this.window = window;
      return this;
    }

    /**
     * Sets where makers' standing and earlier onboardings are looked up.
     *
     * @param state the state, usually the network's device registry
     * @return this builder
     */
    public Builder state(OnboardingState state) {
      this.state = Objects.requireNonNull(state, "state");
      return this;
    }

    /**
     * Builds the verifier.
     *
     * @return the verifier
     * @throws IllegalStateException if a setting is missing
     */
    public OnboardingVerifier build() {
      if (clock == null || network == null || window == null || state == null) {
        throw new IllegalStateException("clock, network, freshnessWindow and state are required");
      }
      return new OnboardingVerifier(this);
    }
  }
}
