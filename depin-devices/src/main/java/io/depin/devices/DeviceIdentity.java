package io.depin.devices;

import io.depin.core.crypto.KeyType;
import io.depin.core.crypto.PublicKey;
import io.depin.core.eth.EthAddress;
import io.depin.devices.did.DidKey;
import io.depin.devices.did.HeliumKey;
import io.depin.devices.did.HeliumNetwork;
import java.util.Objects;
import java.util.Optional;

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
 * String did = device.didKey().toString();   // "did:key:zDn..."
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

  /** {@return the {@code did:key} of the current key} */
  public DidKey didKey() {
    return DidKey.of(publicKey);
  }

  /** {@return the Ethereum address of the current key, if it is a secp256k1 key} */
  public Optional<EthAddress> ethAddress() {
    return publicKey.keyType() == KeyType.SECP256K1
        ? Optional.of(EthAddress.fromPublicKey(publicKey))
        : Optional.empty();
  }

  /**
   * Returns the Helium key string of the current key on mainnet, where it has one: for Ed25519
   * keys, and P-256 keys in compact form (see {@link HeliumKey#isSupported(PublicKey)}).
   *
   * @return the Helium key, or empty
   */
  public Optional<HeliumKey> heliumKey() {
    return HeliumKey.isSupported(publicKey)
        ? Optional.of(HeliumKey.of(publicKey, HeliumNetwork.MAINNET))
        : Optional.empty();
  }
}
