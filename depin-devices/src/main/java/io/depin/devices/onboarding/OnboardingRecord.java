package io.depin.devices.onboarding;

import io.depin.core.crypto.PublicKey;
import io.depin.devices.DeviceIdentity;
import io.depin.devices.MakerId;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A verified onboarding: the device, its maker, its first owner, the network and when it was
 * accepted, with the signed request kept for audit. Only {@link OnboardingVerifier#verify} creates
 * one, so code that takes an {@code OnboardingRecord} cannot be handed an unchecked request.
 *
 * {@snippet :
 * OnboardingRecord record = verifier.verify(request);
 * registry.recordOnboarding(record);
 * DeviceId id = record.device().id();
 * }
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class OnboardingRecord {
  private final OnboardingRequest request;
  private final DeviceIdentity device;
  private final MakerId maker;
  private final Instant acceptedAt;

  OnboardingRecord(OnboardingRequest request, Instant acceptedAt) {
    this.request = request;
    this.device = DeviceIdentity.of(request.claim().deviceKey());
    this.maker = MakerId.of(request.claim().makerKey());
    this.acceptedAt = acceptedAt;
  }

  /** {@return the device: its id derives from the onboarded key} */
  public DeviceIdentity device() {
    return device;
  }

  /** {@return the maker that countersigned} */
  public MakerId maker() {
    return maker;
  }

  /** {@return the first owner's key} */
  public PublicKey owner() {
    return request.claim().ownerKey();
  }

  /** {@return the network the device joined} */
  public NetworkId network() {
    return request.claim().network();
  }

  /** {@return when the verifier accepted the request, by its clock} */
  public Instant acceptedAt() {
    return acceptedAt;
  }

  /** {@return the signed request, kept as evidence} */
  public OnboardingRequest request() {
    return request;
  }

  /** Two records are equal when their requests and acceptance times are equal. */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof OnboardingRecord other
        && request.equals(other.request)
        && acceptedAt.equals(other.acceptedAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(request, acceptedAt);
  }

  @Override
  public String toString() {
    return "OnboardingRecord[device=" + device.id() + ", maker=" + maker + ", network="
        + network() + ", acceptedAt=" + acceptedAt + "]";
  }
}
