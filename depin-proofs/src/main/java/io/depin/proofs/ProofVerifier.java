package io.depin.proofs;

import com.fasterxml.jackson.databind.JsonNode;
import io.depin.core.DecodingException;
import io.depin.core.crypto.CryptoException;
import io.depin.core.json.CanonicalJson;
import io.depin.core.message.MessageType;
import io.depin.core.message.SignedMessage;
import io.depin.devices.DeviceId;
import io.depin.devices.registry.DeviceRegistry;
import io.depin.devices.registry.DeviceState;
import io.depin.devices.registry.RegistryException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * Turns proofs received from the network into {@link Verdict}s. Checks run in this order, and the
 * first that fails decides the {@link RejectionReason}:
 *
 * <ol>
 *   <li>size, before any parsing ({@link RejectionReason#TOO_LARGE});
 *   <li>the strict envelope ({@link RejectionReason#MALFORMED}), then its kind tag ({@link
 *       RejectionReason#UNKNOWN_KIND});
 *   <li>the device in the {@link DeviceRegistry}, failing closed ({@link
 *       RejectionReason#UNKNOWN_DEVICE}, {@link RejectionReason#DEVICE_REVOKED} also when the
 *       maker is revoked), and the signer being the device's current key ({@link
 *       RejectionReason#WRONG_KEY});
 *   <li>the signature ({@link RejectionReason#BAD_SIGNATURE});
 *   <li>freshness against the injected clock: a proof older than {@code maxAge} is {@link
 *       RejectionReason#STALE}, one more than {@code maxFutureSkew} ahead is {@link
 *       RejectionReason#FROM_THE_FUTURE};
 *   <li>the kind's payload decoder ({@link RejectionReason#MALFORMED});
 *   <li>the {@link ReplayGuard} ({@link RejectionReason#REPLAYED}); a proof that passes it uses up
 *       its sequence number or nonce, whatever the kind's check then says;
 *   <li>the kind's own check ({@link RejectionReason#KIND_REJECTED} with the kind's code).
 * </ol>
 *
 * {@snippet :
 * ProofVerifier verifier = ProofVerifier.builder()
 *     .registry(registry)
 *     .replayGuard(new InMemoryReplayGuard(clock))
 *     .clock(clock)
 *     .maxAge(Duration.ofMinutes(5))
 *     .maxFutureSkew(Duration.ofSeconds(30))
 *     .kind(PING)
 *     .build();
 * Verdict verdict = verifier.verify(wire);
 * BatchResult batch = verifier.verifyAll(wires);
 * }
 *
 * <p>Thread-safe if the registry, guard and kinds are (the SDK's are).
 *
 * @since 0.1.0
 */
public final class ProofVerifier {
  /** The default size limit of a proof's wire form: 64 KiB. */
  public static final int DEFAULT_MAX_PROOF_BYTES = 64 * 1024;

  /** The default maximum age of a proof: 5 minutes. */
  public static final Duration DEFAULT_MAX_AGE = Duration.ofMinutes(5);

  /** The default tolerance for device clocks running ahead: 30 seconds. */
  public static final Duration DEFAULT_MAX_FUTURE_SKEW = Duration.ofSeconds(30);

  /**
   * The longest freshness window or future skew a verifier accepts: 366 days. Longer windows would
   * let instant arithmetic overflow, and no network keeps proofs fresh for longer.
   */
  public static final Duration MAX_WINDOW = Duration.ofDays(366);

  private final DeviceRegistry registry;
  private final ReplayGuard replayGuard;
  private final Clock clock;
  private final Duration maxAge;
  private final Duration maxFutureSkew;
  private final int maxProofBytes;
  private final Map<MessageType, ProofKind<?>> kinds;

  private ProofVerifier(Builder b, DeviceRegistry registry, ReplayGuard replayGuard, Clock clock) {
    this.registry = registry;
    this.replayGuard = replayGuard;
    this.clock = clock;
    this.maxAge = b.maxAge;
    this.maxFutureSkew = b.maxFutureSkew;
    this.maxProofBytes = b.maxProofBytes;
    this.kinds = Map.copyOf(b.kinds);
  }

  /** {@return a builder with the defaults; registry, replay guard, clock and a kind are required} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Verifies one proof.
   *
   * @param wire the proof's wire form, as received
   * @return the verdict; never throws for bad input
   */
  public Verdict verify(byte[] wire) {
    Step step = precheck(wire);
    return step.rejected != null ? step.rejected : finish(Objects.requireNonNull(step.checked));
  }

  /**
   * Verifies many proofs on all cores. The verdicts equal those of calling {@link #verify(byte[])}
   * on each proof in input order: the expensive checks run in parallel, the replay guard is asked
   * in input order, so of two proofs with the same token the earlier one in the list wins.
   *
   * @param wires the proofs' wire forms
   * @return the verdicts, in input order, with counts
   */
  public BatchResult verifyAll(List<byte[]> wires) {
    List<byte[]> inputs = List.copyOf(wires);
    List<Step> steps =
        IntStream.range(0, inputs.size()).parallel().mapToObj(i -> precheck(inputs.get(i))).toList();
    List<@Nullable Verdict> replayChecked = new ArrayList<>(steps.size());
    for (Step step : steps) {
      replayChecked.add(step.rejected != null ? step.rejected : guard(Objects.requireNonNull(
          step.checked)));
    }
    List<Verdict> verdicts =
        IntStream.range(0, steps.size())
            .parallel()
            .mapToObj(
                i -> {
                  Verdict early = replayChecked.get(i);
                  return early != null
                      ? early
                      : check(Objects.requireNonNull(steps.get(i).checked));
                })
            .toList();
    return BatchResult.of(verdicts);
  }

  private Step precheck(byte[] wire) {
    if (wire.length > maxProofBytes) {
      return Step.reject(RejectionReason.TOO_LARGE,
          wire.length + " bytes; the limit is " + maxProofBytes);
    }
    DeviceState claimed = claimedDevice(wire);
    ProofEnvelope envelope;
    try {
      envelope =
          ProofEnvelope.decode(wire, claimed == null ? null : claimed.identity().publicKey());
    } catch (DecodingException e) {
      return Step.reject(RejectionReason.MALFORMED, e.getMessage());
    }
    ProofKind<?> kind = kinds.get(envelope.kind());
    if (kind == null) {
      return Step.reject(RejectionReason.UNKNOWN_KIND, "no kind '" + envelope.kind() + "'");
    }
    DeviceState device;
    try {
      device =
          claimed != null && claimed.identity().id().equals(envelope.device())
              ? claimed
              : registry.lookup(envelope.device());
    } catch (RegistryException e) {
      RejectionReason reason =
          switch (e.reason()) {
            case DEVICE_REVOKED, MAKER_REVOKED -> RejectionReason.DEVICE_REVOKED;
            default -> RejectionReason.UNKNOWN_DEVICE;
          };
      return Step.reject(reason, e.getMessage());
    }
    if (!envelope.signer().equals(device.identity().publicKey())) {
      return Step.reject(RejectionReason.WRONG_KEY,
          "signed by " + envelope.signer() + ", not the device's current key");
    }
    try {
      envelope.verifySignature(device.identity().publicKey());
    } catch (CryptoException e) {
      return Step.reject(RejectionReason.BAD_SIGNATURE, e.getMessage());
    }
    Instant now = clock.instant();
    Instant timestamp = envelope.timestamp();
    if (timestamp.isBefore(now.minus(maxAge))) {
      return Step.reject(RejectionReason.STALE,
          "made at " + timestamp + ", more than " + maxAge + " before " + now);
    }
    if (timestamp.isAfter(now.plus(maxFutureSkew))) {
      return Step.reject(RejectionReason.FROM_THE_FUTURE,
          "made at " + timestamp + ", more than " + maxFutureSkew + " after " + now);
    }
    return decodePayload(kind, envelope, device);
  }

  /**
   * Looks up the device a proof claims before the envelope is decoded, so that {@link
   * ProofEnvelope#decode(byte[], io.depin.core.crypto.PublicKey)} can take the registered key
   * instead of decoding and validating the embedded one: for Ed25519 that validation costs about
   * as much as the signature check itself. A light pass over the JSON finds the device id; any
   * problem (malformed input, an unknown kind or device) returns {@code null}, and the full checks
   * that follow then reject the proof exactly as they would have without this step.
   */
  private @Nullable DeviceState claimedDevice(byte[] wire) {
    try {
      JsonNode root =
          CanonicalJson.parse(wire, SignedMessage.DEFAULT_MAX_JSON_BYTES,
              CanonicalJson.DEFAULT_MAX_DEPTH);
      JsonNode type = root.get("type");
      JsonNode payload = root.get("payload");
      JsonNode device = payload == null ? null : payload.get("device");
      if (type == null || !type.isTextual() || device == null || !device.isTextual()
          || !kinds.containsKey(MessageType.of(type.textValue()))) {
        return null;
      }
      return registry.lookup(DeviceId.parse(device.textValue()));
    } catch (RegistryException | IllegalArgumentException e) {
      // DecodingException is an IllegalArgumentException; the full checks report all of these.
      return null;
    }
  }

  private static <T> Step decodePayload(ProofKind<T> kind, ProofEnvelope envelope,
      DeviceState device) {
    JsonNode body = envelope.body();
    T payload;
    try {
      payload = kind.decode(body);
    } catch (DecodingException e) {
      return Step.reject(RejectionReason.MALFORMED, "payload: " + e.getMessage());
    }
    return new Step(null, new Checked<>(kind, payload, envelope, device));
  }

  private Verdict finish(Checked<?> checked) {
    Verdict replayed = guard(checked);
    return replayed != null ? replayed : check(checked);
  }

  private Verdict.@Nullable Rejected guard(Checked<?> checked) {
    ProofEnvelope envelope = checked.envelope;
    Instant expiresAt = envelope.timestamp().plus(maxAge);
    if (!replayGuard.tryAccept(envelope.device(), envelope.token(), expiresAt)) {
      return Verdict.Rejected.of(RejectionReason.REPLAYED,
          envelope.token() + " of device " + envelope.device() + " was seen before");
    }
    return null;
  }

  private static <T> Verdict check(Checked<T> checked) {
    ProofContext context = new ProofContext(
        checked.device, checked.envelope.timestamp(), checked.envelope.token());
    return switch (checked.kind.check(checked.payload, context)) {
      case CheckResult.Ok ok ->
          new Verdict.Accepted(
              new VerifiedProof<>(checked.kind, checked.payload, checked.envelope, checked.device));
      case CheckResult.Failed failed -> Verdict.Rejected.byKind(failed);
    };
  }

  @Override
  public String toString() {
    return "ProofVerifier[kinds=" + kinds.keySet() + ", maxAge=" + maxAge + ", maxFutureSkew="
        + maxFutureSkew + ", maxProofBytes=" + maxProofBytes + "]";
  }

  /** A proof that passed every check before the replay guard. */
  private record Checked<T>(
      ProofKind<T> kind, T payload, ProofEnvelope envelope, DeviceState device) {}

  /** Either a rejection or a proof ready for the replay guard. */
  private record Step(Verdict.@Nullable Rejected rejected, @Nullable Checked<?> checked) {
    static Step reject(RejectionReason reason, @Nullable String detail) {
      return new Step(Verdict.Rejected.of(reason, detail == null ? reason.name() : detail), null);
    }
  }

  /**
   * Configures a {@link ProofVerifier}.
   *
   * {@snippet :
   * ProofVerifier verifier = ProofVerifier.builder()
   *     .registry(registry).replayGuard(guard).clock(clock).kind(PING).build();
   * }
   */
  public static final class Builder {
    private @Nullable DeviceRegistry registry;
    private @Nullable ReplayGuard replayGuard;
    private @Nullable Clock clock;
    private Duration maxAge = DEFAULT_MAX_AGE;
    private Duration maxFutureSkew = DEFAULT_MAX_FUTURE_SKEW;
    private int maxProofBytes = DEFAULT_MAX_PROOF_BYTES;
    private final Map<MessageType, ProofKind<?>> kinds = new HashMap<>();

    private Builder() {}

    /**
     * Sets the registry that resolves devices (required).
     *
     * @param registry the registry
     * @return this builder
     */
    public Builder registry(DeviceRegistry registry) {
      this.registry = Objects.requireNonNull(registry, "registry");
      return this;
    }

    /**
     * Sets the replay guard (required).
     *
     * @param replayGuard the guard
     * @return this builder
     */
    public Builder replayGuard(ReplayGuard replayGuard) {
      this.replayGuard = Objects.requireNonNull(replayGuard, "replayGuard");
      return this;
    }

    /**
     * Sets the clock freshness is judged by (required).
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Sets how old a proof may be; default {@link #DEFAULT_MAX_AGE}. Nonces are remembered this
     * long after their proof's timestamp.
     *
     * @param maxAge a positive duration, at most {@link ProofVerifier#MAX_WINDOW}
     * @return this builder
     * @throws IllegalArgumentException if the duration is zero, negative or above {@link
     *     ProofVerifier#MAX_WINDOW}
     */
    public Builder maxAge(Duration maxAge) {
      this.maxAge = positive(maxAge, "maxAge");
      return this;
    }

    /**
     * Sets how far ahead of the clock a proof's timestamp may be; default {@link
     * #DEFAULT_MAX_FUTURE_SKEW}.
     *
     * @param maxFutureSkew zero or a positive duration, at most {@link ProofVerifier#MAX_WINDOW}
     * @return this builder
     * @throws IllegalArgumentException if the duration is negative or above {@link ProofVerifier#MAX_WINDOW}
     */
    public Builder maxFutureSkew(Duration maxFutureSkew) {
      Objects.requireNonNull(maxFutureSkew, "maxFutureSkew");
      if (maxFutureSkew.isNegative() || maxFutureSkew.compareTo(MAX_WINDOW) > 0) {
        throw new IllegalArgumentException(
            "maxFutureSkew must be from zero to " + MAX_WINDOW + ", not " + maxFutureSkew);
      }
      this.maxFutureSkew = maxFutureSkew;
      return this;
    }

    /**
     * Sets the size limit of a proof's wire form; default {@link #DEFAULT_MAX_PROOF_BYTES}.
     *
     * @param maxProofBytes 1 to {@link ProofEnvelope#MAX_BYTES}
     * @return this builder
     * @throws IllegalArgumentException if the limit is out of range
     */
    public Builder maxProofBytes(int maxProofBytes) {
      if (maxProofBytes < 1 || maxProofBytes > ProofEnvelope.MAX_BYTES) {
        throw new IllegalArgumentException(
            "maxProofBytes is in [1, " + ProofEnvelope.MAX_BYTES + "]: " + maxProofBytes);
      }
      this.maxProofBytes = maxProofBytes;
      return this;
    }

    /**
     * Adds a proof kind the verifier accepts.
     *
     * @param kind the kind
     * @return this builder
     * @throws IllegalArgumentException if a kind with the same tag was added
     */
    public Builder kind(ProofKind<?> kind) {
      MessageType type = Objects.requireNonNull(kind.type(), "kind.type()");
      if (kinds.putIfAbsent(type, kind) != null) {
        throw new IllegalArgumentException("a kind with tag '" + type + "' is already added");
      }
      return this;
    }

    /**
     * Builds the verifier.
     *
     * @return the verifier
     * @throws IllegalStateException if the registry, replay guard or clock is missing, or no kind
     *     was added
     */
    public ProofVerifier build() {
      if (registry == null || replayGuard == null || clock == null) {
        throw new IllegalStateException("registry, replayGuard and clock are required");
      }
      if (kinds.isEmpty()) {
        throw new IllegalStateException("add at least one proof kind");
      }
      return new ProofVerifier(this, registry, replayGuard, clock);
    }

    private static Duration positive(Duration d, String name) {
      Objects.requireNonNull(d, name);
      if (d.isZero() || d.isNegative() || d.compareTo(MAX_WINDOW) > 0) {
        throw new IllegalArgumentException(
            name + " must be positive and at most " + MAX_WINDOW + ", not " + d);
      }
      return d;
    }
  }
}
