package io.depin.devices.onboarding;

import io.depin.core.bytes.Bytes;
import io.depin.core.crypto.PublicKey;
import io.depin.core.crypto.Signature;
import io.depin.devices.onboarding.internal.SigningInput;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * What the device, its maker and its owner sign when a device joins a network: the network, the
 * three keys, a nonce and the time of the request.
 *
 * <p>Each party signs its own domain-separated input (see the {@code …SigningInput} methods), so a
 * device signature never verifies as a maker's or an owner's. The maker's input also covers the
 * device signature, and the owner's input covers both earlier signatures.
 *
 * {@snippet :
 * OnboardingClaim claim = new OnboardingClaim(network, deviceKey.publicKey(),
 *     makerKey.publicKey(), ownerKey.publicKey(), Bytes.of(nonce), clock.instant());
 * Signature device = deviceKey.sign(claim.deviceSigningInput());
 * }
 *
 * @param network the network the device joins
 * @param deviceKey the device's key; the device id derives from it
 * @param makerKey the key of the maker that vouches for the device
 * @param ownerKey the key of the device's first owner
 * @param nonce 16 to 64 random bytes, never used twice
 * @param issuedAt when the request was made, with millisecond precision
 * @since 0.1.0
 */
public record OnboardingClaim(
    NetworkId network,
    PublicKey deviceKey,
    PublicKey makerKey,
    PublicKey ownerKey,
    Bytes nonce,
    Instant issuedAt) {
  /** The shortest nonce accepted. */
  public static final int MIN_NONCE_BYTES = 16;

  /** The longest nonce accepted. */
  public static final int MAX_NONCE_BYTES = 64;

  /** The latest time a claim may carry, in milliseconds since the epoch: 2^53 - 1. */
  public static final long MAX_EPOCH_MILLIS = (1L << 53) - 1;

  /**
   * Validates the claim.
   *
   * @throws IllegalArgumentException if the nonce has the wrong length, or the time is before the
   *     epoch, after {@link #MAX_EPOCH_MILLIS} or finer than a millisecond
   */
  public OnboardingClaim {
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(deviceKey, "deviceKey");
    Objects.requireNonNull(makerKey, "makerKey");
    Objects.requireNonNull(ownerKey, "ownerKey");
    Objects.requireNonNull(nonce, "nonce");
    Objects.requireNonNull(issuedAt, "issuedAt");
    if (nonce.length() < MIN_NONCE_BYTES || nonce.length() > MAX_NONCE_BYTES) {
      throw new IllegalArgumentException("a nonce has 16 to 64 bytes, not " + nonce.length());
    }
    if (issuedAt.isBefore(Instant.EPOCH)
        || issuedAt.isAfter(Instant.ofEpochMilli(MAX_EPOCH_MILLIS))
        || !issuedAt.truncatedTo(ChronoUnit.MILLIS).equals(issuedAt)) {
      throw new IllegalArgumentException(
          "issuedAt must be whole milliseconds in [0, 2^53 - 1] since the epoch");
    }
  }

  /** {@return the bytes the device signs to prove possession of its key} */
  public byte[] deviceSigningInput() {
    return body("onboarding/device").toByteArray();
  }

  /**
   * Returns the bytes the maker signs to countersign the device as its authorised issuer.
   *
   * @param deviceSignature the device's signature
   * @return the bytes to sign
   */
  public byte[] makerSigningInput(Signature deviceSignature) {
    return body("onboarding/maker").signature(deviceSignature).toByteArray();
  }

  /**
   * Returns the bytes the owner signs to claim the device.
   *
   * @param deviceSignature the device's signature
   * @param makerSignature the maker's signature
   * @return the bytes to sign
   */
  public byte[] ownerSigningInput(Signature deviceSignature, Signature makerSignature) {
    return body("onboarding/owner")
        .signature(deviceSignature)
        .signature(makerSignature)
        .toByteArray();
  }

  private SigningInput body(String purpose) {
    return SigningInput.forPurpose(purpose)
        .text(network.value())
        .key(deviceKey)
        .key(makerKey)
        .key(ownerKey)
        .bytes(nonce)
        .instant(issuedAt);
  }
}
