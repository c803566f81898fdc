package io.depin.testkit.devices;

import io.depin.core.bytes.Bytes;
import io.depin.core.crypto.CryptoException;
import io.depin.core.crypto.Signer;
import io.depin.devices.onboarding.NetworkId;
import io.depin.devices.onboarding.OnboardingClaim;
import io.depin.devices.onboarding.OnboardingRequest;
import io.depin.devices.registry.DeviceState;
import io.depin.devices.registry.KeyRotation;
import io.depin.devices.registry.OwnershipTransfer;
import io.depin.devices.registry.RotationClaim;
import io.depin.devices.registry.TransferClaim;
import java.time.Instant;
import java.util.random.RandomGenerator;

/**
 * Builds correctly signed device-lifecycle statements for tests: onboarding requests, ownership
 * transfers and key rotations that apply to a device's current state.
 *
 * {@snippet :
 * OnboardingRequest request = DeviceStatements.onboardingRequest(
 *     network, clock.instant(), random, deviceKey, makerKey, ownerKey);
 * DeviceState device = registry.recordOnboarding(verifier.verify(request));
 * DeviceState sold = registry.transferOwnership(
 *     DeviceStatements.transfer(device, ownerKey, buyerKey));
 * }
 *
 * @since 0.1.0
 */
public final class DeviceStatements {
  private DeviceStatements() {}

  /**
   * Returns an onboarding request signed by device, maker and owner, with a random 32-byte nonce.
   *
   * @param network the network to join
   * @param issuedAt the request's time; truncated to milliseconds
   * @param random the source of the nonce
   * @param device the device's signer
   * @param maker the maker's signer
   * @param owner the first owner's signer
   * @return the signed request
   * @throws CryptoException if a signer fails
   */
  public static OnboardingRequest onboardingRequest(
      NetworkId network,
      Instant issuedAt,
      RandomGenerator random,
      Signer device,
      Signer maker,
      Signer owner)
      throws CryptoException {
    byte[] nonce = new byte[32];
    random.nextBytes(nonce);
    OnboardingClaim claim =
        new OnboardingClaim(
            network,
            device.publicKey(),
            maker.publicKey(),
            owner.publicKey(),
            Bytes.of(nonce),
            Instant.ofEpochMilli(issuedAt.toEpochMilli()));
    return OnboardingRequest.sign(claim, device, maker, owner);
  }

  /**
   * Returns a transfer of {@code device} from {@code oldOwner} to {@code newOwner}, signed by both,
   * that applies to the device's current state.
   *
   * @param device the device's current state
   * @param oldOwner the signer of the current owner (or of anyone, to test a refusal)
   * @param newOwner the signer of the new owner
   * @return the signed transfer
   * @throws CryptoException if a signer fails
   */
  public static OwnershipTransfer transfer(DeviceState device, Signer oldOwner, Signer newOwner)
      throws CryptoException {
    TransferClaim claim =
        new TransferClaim(
            device.network(),
            device.identity().id(),
            device.sequence(),
            oldOwner.publicKey(),
            newOwner.publicKey());
    return OwnershipTransfer.sign(claim, oldOwner, newOwner);
  }

  /**
   * Returns a rotation of {@code device} from {@code oldKey} to {@code newKey}, signed by both,
   * that applies to the device's current state.
   *
   * @param device the device's current state
   * @param oldKey the signer of the device's current key (or of another key, to test a refusal)
   * @param newKey the signer of the replacing key
   * @return the signed rotation
   * @throws CryptoException if a signer fails
   */
  public static KeyRotation rotation(DeviceState device, Signer oldKey, Signer newKey)
      throws CryptoException {
    RotationClaim claim =
        new RotationClaim(
            device.network(),
            device.identity().id(),
            device.sequence(),
            oldKey.publicKey(),
            newKey.publicKey());
    return KeyRotation.sign(claim, oldKey, newKey);
  }
}
