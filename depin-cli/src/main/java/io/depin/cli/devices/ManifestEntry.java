package io.depin.cli.devices;

import io.depin.devices.DeviceId;
import io.depin.devices.cert.DeviceCertificate;
import java.util.Objects;

/**
 * One device in a manifest: its id, public key and certificate, the bundle it was written to,
 * and its status.
 *
 * {@snippet :
 * ManifestEntry entry = ManifestEntry.issued(certificate, "device-000001.json");
 * }
 *
 * @param deviceId the device id
 * @param certificate the device certificate
 * @param bundle the bundle file's name, relative to the manifest
 * @param status {@value #ISSUED} for a device with a certificate
 * @since 0.1.0
 */
public record ManifestEntry(DeviceId deviceId, DeviceCertificate certificate, String bundle, String status) {
  /** The status of a device whose certificate was issued. */
  public static final String ISSUED = "issued";

  /** Checks the components. */
  public ManifestEntry {
    Objects.requireNonNull(deviceId, "deviceId");
    Objects.requireNonNull(certificate, "certificate");
    Objects.requireNonNull(bundle, "bundle");
    Objects.requireNonNull(status, "status");
    if (!deviceId.equals(certificate.deviceId())) {
      throw new IllegalArgumentException("the certificate is for another device");
    }
  }

  /**
   * {@return the entry of an issued certificate}
   *
   * @param certificate the device certificate
   * @param bundle the bundle file's name
   */
  public static ManifestEntry issued(DeviceCertificate certificate, String bundle) {
    return new ManifestEntry(certificate.deviceId(), certificate, bundle, ISSUED);
  }
}
