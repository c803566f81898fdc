package io.depin.devices.cert.internal;

import io.depin.core.DecodingException;
import io.depin.core.bytes.Hash32;
import io.depin.devices.DeviceId;
import io.depin.devices.MakerId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The URIs a device certificate carries in its subjectAltName: {@code urn:depin:device:0x…} and
 * {@code urn:depin:maker:0x…}, each with 64 lowercase hex digits.
 */
public final class DeviceUrns {
  /** The prefix of the device URI. */
  public static final String DEVICE_PREFIX = "urn:depin:device:";

  /** The prefix of the maker URI. */
  public static final String MAKER_PREFIX = "urn:depin:maker:";

  private DeviceUrns() {}

  /**
   * {@return the device URI}
   *
   * @param id the device id
   */
  public static String device(DeviceId id) {
    return DEVICE_PREFIX + id;
  }

  /**
   * {@return the maker URI}
   *
   * @param id the maker id
   */
  public static String maker(MakerId id) {
    return MAKER_PREFIX + id;
  }

  /**
   * Finds the single URI with {@code prefix} and returns its id.
   *
   * @param uris the subjectAltName URIs
   * @param prefix the prefix to look for
   * @return the id, or null if there is none, more than one, or it is not canonical lowercase hex
   */
  public static @Nullable Hash32 findOrNull(List<String> uris, String prefix) {
    Hash32 found = null;
    for (String uri : uris) {
      if (uri.startsWith(prefix)) {
        if (found != null) {
          return null;
        }
        String text = uri.substring(prefix.length());
        try {
          found = Hash32.fromHex(text);
        } catch (DecodingException e) {
          return null;
        }
        if (!found.toPrefixedHex().equals(text)) {
          return null;
        }
      }
    }
    return found;
  }
}
