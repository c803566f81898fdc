package io.depin.devices.attestation;

import io.depin.core.bytes.Hash32;
import io.depin.devices.DeviceId;
import io.depin.devices.MakerId;
import io.depin.devices.cert.DeviceCertificate;
import java.time.Instant;

/**
 * An attestation an {@link AttestationVerifier} accepted: which certified device, of which maker,
 * runs which firmware, and when it said so. Only the verifier creates one, so code that takes a
 * {@code VerifiedAttestation} cannot be handed an unchecked response.
 *
 * {@snippet :
 * VerifiedAttestation attested = verifier.verify(response, makerCa);
 * if (!approvedFirmware.contains(attested.firmwareHash())) {
 *   quarantine(attested.deviceId());
 * }
 * }
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class VerifiedAttestation {
  private final DeviceCertificate certificate;
  private final Hash32 firmwareHash;
  private final Instant time;

  VerifiedAttestation(DeviceCertificate certificate, Hash32 firmwareHash, Instant time) {
    this.certificate = certificate;
    this.firmwareHash = firmwareHash;
    this.time = time;
  }

  /** {@return the attested device's id} */
  public DeviceId deviceId() {
    return certificate.deviceId();
  }

  /** {@return the maker that certified the device} */
  public MakerId makerId() {
    return certificate.makerId();
  }

  /** {@return the validated device certificate} */
  public DeviceCertificate certificate() {
    return certificate;
  }

  /** {@return the hash of the firmware the device runs} */
  public Hash32 firmwareHash() {
    return firmwareHash;
  }

  /** {@return the device's time in its statement} */
  public Instant time() {
    return time;
  }

  /** {@return the device, maker and firmware} */
  @Override
  public String toString() {
    return "VerifiedAttestation[device=" + deviceId() + ", maker=" + makerId() + ", firmware="
        + firmwareHash + "]";
  }
}
