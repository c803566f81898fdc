package io.depin.devices;

import io.depin.core.crypto.PublicKey;
import java.util.Objects;

/**
 * Who a device is: its stable {@link DeviceId} and the public key it signs with now.
 *
 * <p>A new device's id is derived from its first key ({@link #of(PublicKey)}); after a key
 * rotation the id stays and the key changes ({@link #withRotatedKey(PublicKey)}).
 *
 * {@snippet :
 * SigningKey deviceKey = SigningKey.generate(KeyType.P256, new SecureRandom());
 * DeviceIdentity device = DeviceIdentity.of(deviceKey.publicKey());
 * DeviceIdentity rotated = device.withRotatedKey(newKey.publicKey());
 * rotated.id().equals(device.id());   // true
 * }
 *
 * @param id the stable identifier
 * @param publicKey the key the device signs with now
 * @since 0.1.0
 */
public record DeviceIdentity(DeviceId id, PublicKey publicKey) {
  /** Checks both parts are present. */
  public DeviceIdentity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(publicKey, "publicKey");
  }

  /**
   * Returns the identity of a device seen for the first time: its id derives from {@code key}.
   *
   * @param key the device's first public key
   * @return the identity
   */
  public static DeviceIdentity of(PublicKey key) {
    return new DeviceIdentity(DeviceId.fromInitialKey(key), key);
  }

  /**
   * Returns this device with a new current key and the same id.
   *
   * @param newKey the key that replaces the current one
   * @return the rotated identity
   */
  public DeviceIdentity withRotatedKey(PublicKey newKey) {
    return new DeviceIdentity(id, newKey);
  }
}
