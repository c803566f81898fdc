package io.depin.devices;

import io.depin.core.DecodingException;
import io.depin.core.bytes.Hash32;
import io.depin.core.crypto.PublicKey;
import io.depin.core.hash.HashAlgorithm;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The stable identifier of a device: SHA-256 over a domain tag, the key type and the raw encoding
 * of the device's first public key.
 *
 * <p>It is fixed when the device is first identified and survives key rotation: a rotated device
 * keeps its id while its {@link DeviceIdentity#publicKey() current key} changes.
 *
 * {@snippet :
 * DeviceId id = DeviceId.fromInitialKey(deviceKey.publicKey());
 * DeviceId same = DeviceId.parse(id.toString());
 * }
 *
 * @param value the 32-byte identifier
 * @since 0.1.0
 */
public record DeviceId(Hash32 value) implements Comparable<DeviceId> {
  private static final byte[] DOMAIN = "depin.device-id.v1\0".getBytes(StandardCharsets.US_ASCII);

  /** Checks the value is present. */
  public DeviceId {
    Objects.requireNonNull(value, "value");
  }

  /**
   * Derives the id of a device from its first public key.
   *
   * @param initialKey the key the device was first identified by
   * @return the id
   */
  public static DeviceId fromInitialKey(PublicKey initialKey) {
    byte[] raw = initialKey.toRaw();
    byte[] input = new byte[DOMAIN.length + 2 + raw.length];
    System.arraycopy(DOMAIN, 0, input, 0, DOMAIN.length);
    input[DOMAIN.length] = (byte) initialKey.keyType().code();
    input[DOMAIN.length + 1] = (byte) raw.length;
    System.arraycopy(raw, 0, input, DOMAIN.length + 2, raw.length);
    return new DeviceId(HashAlgorithm.SHA_256.hash32(input));
  }

  /**
   * Parses the text form: {@code 0x} and 64 hex digits.
   *
   * @param text the text
   * @return the id
   * @throws DecodingException if the text is not 32 bytes of strict hex
   */
  public static DeviceId parse(CharSequence text) {
    return new DeviceId(Hash32.fromHex(text));
  }


  @Override
  public int compareTo(DeviceId other) {
    return value.compareTo(other.value);
  }

  /** {@return the id as {@code 0x} and 64 lowercase hex digits} */
  @Override
  public String toString() {
    return value.toPrefixedHex();
  }
}
