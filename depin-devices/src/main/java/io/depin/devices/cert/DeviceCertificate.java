package io.depin.devices.cert;

import io.depin.core.bytes.Bytes;
import io.depin.core.crypto.PublicKey;
import io.depin.devices.DeviceId;
import io.depin.devices.DeviceIdentity;
import io.depin.devices.MakerId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A device certificate that this SDK issued or validated: the device's key and {@link DeviceId},
 * certified by the maker {@link #makerId()}.
 *
 * <p>Only {@link MakerAuthority#issue} and {@link CertificateValidator#validate} create one, so code
 * that takes a {@code DeviceCertificate} cannot be handed an unchecked certificate. The device id
 * travels in the certificate as the subject common name and the subjectAltName URI {@code
 * urn:depin:device:0x…}; the maker id as the URI {@code urn:depin:maker:0x…}.
 *
 * {@snippet :
 * DeviceCertificate cert = CertificateValidator.validate(received, makerCa, clock.instant());
 * registry.admit(cert.identity(), cert.makerId());
 * }
 *
 * <p>Immutable and thread-safe; equal when the certificates are.
 *
 * @since 0.1.0
 */
public final class DeviceCertificate {
  private final Certificate certificate;
  private final DeviceId deviceId;
  private final MakerId makerId;

  DeviceCertificate(Certificate certificate, DeviceId deviceId, MakerId makerId) {
    this.certificate = certificate;
    this.deviceId = deviceId;
    this.makerId = makerId;
  }

  /** {@return the certificate itself, for encoding or storing} */
  public Certificate certificate() {
    return certificate;
  }

  /** {@return the certified device's id} */
  public DeviceId deviceId() {
    return deviceId;
  }

  /** {@return the certified device key} */
  public PublicKey publicKey() {
    return certificate.publicKey();
  }

  /** {@return the device's id and certified key} */
  public DeviceIdentity identity() {
    return new DeviceIdentity(deviceId, certificate.publicKey());
  }

  /** {@return the id of the maker whose CA issued the certificate} */
  public MakerId makerId() {
    return makerId;
  }

  /** {@return the serial number's big-endian two's-complement bytes} */
  public Bytes serialNumber() {
    return certificate.serialNumber();
  }

  /** {@return the start of the validity period} */
  public Instant notBefore() {
    return certificate.notBefore();
  }

  /** {@return the end of the validity period, inclusive} */
  public Instant notAfter() {
    return certificate.notAfter();
  }

  /** {@return a copy of the certificate's DER} */
  public byte[] toDer() {
    return certificate.toDer();
  }

  /** {@return the certificate as a PEM {@code CERTIFICATE} block} */
  public String toPem() {
    return certificate.toPem();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof DeviceCertificate other && certificate.equals(other.certificate);
  }

  @Override
  public int hashCode() {
    return certificate.hashCode();
  }

  /** {@return the device id, maker id and serial number} */
  @Override
  public String toString() {
    return "DeviceCertificate[device=" + deviceId + ", maker=" + makerId + ", serial="
        + serialNumber().toPrefixedHex() + "]";
  }
}
