package io.depin.proofs.coverage;

import io.depin.core.bytes.Bytes;
import io.depin.core.crypto.CryptoException;
import io.depin.devices.DeviceId;
import io.depin.proofs.DeviceSigner;
import io.depin.proofs.SignedProof;
import io.depin.proofs.coverage.internal.BeaconDerivation;
import io.depin.proofs.vrf.Ecvrf;
import io.depin.proofs.vrf.VrfException;
import io.depin.proofs.vrf.VrfProof;
import io.depin.proofs.vrf.VrfSecretKey;
import java.time.Instant;
import java.util.Objects;

/**
 * The device side of radio coverage: makes a device's beacons and witness reports, deriving each
 * beacon's payload from its VRF key, and signs them through the device's {@link DeviceSigner},
 * which numbers every proof with the device's one increasing sequence, so a device app cannot get
 * the derivation or the replay tokens wrong.
 *
 * {@snippet :
 * DeviceSigner device = DeviceSigner.create(deviceId, deviceKey, clock, storedNext);
 * CoverageSigner radio =
 *     CoverageSigner.create(beacons, witnesses, device, VrfSecretKey.fromSigningKey(deviceKey));
 * SignedProof<Beacon> beacon =
 *     radio.beacon(entropy, 868_100_000L, Region.of("EU868"), 160, 30, clock.instant());
 * send(beacon.toBytes());
 * // on another device, hearing it:
 * SignedProof<Witness> heard = otherRadio.witness(
 *     new Witness(deviceId, beacon.payload().payload(), -1085, 55, 868_100_000L,
 *         Region.of("EU868"), 30, receivedAt),
 *     clock.instant());
 * }
 *
 * <p>The VRF key must be the device's signing key (its public key is the one the registry holds),
 * which {@link VrfSecretKey#fromSigningKey} gives; the verifier checks the VRF proof under the
 * registered key. Thread-safe.
 *
 * @since 0.1.0
 */
public final class CoverageSigner {
  private final BeaconKind beacons;
  private final WitnessKind witnesses;
  private final DeviceSigner device;
  private final VrfSecretKey vrfKey;

  private CoverageSigner(
      BeaconKind beacons, WitnessKind witnesses, DeviceSigner device, VrfSecretKey vrfKey) {
    this.beacons = beacons;
    this.witnesses = witnesses;
    this.device = device;
    this.vrfKey = vrfKey;
  }

  /**
   * Creates a signer for one device.
   *
   * @param beacons the beacon kind
   * @param witnesses the witness kind
   * @param device the device's signer
   * @param vrfKey the device's VRF key, with the same public key as the device's signing key
   * @return the signer
   * @throws IllegalArgumentException if the keys differ, or the VRF key is not of the suite
   *     {@link BeaconKind#suiteFor} its key type
   */
  public static CoverageSigner create(
      BeaconKind beacons, WitnessKind witnesses, DeviceSigner device, VrfSecretKey vrfKey) {
    Objects.requireNonNull(beacons, "beacons");
    Objects.requireNonNull(witnesses, "witnesses");
    Objects.requireNonNull(device, "device");
    Objects.requireNonNull(vrfKey, "vrfKey");
    if (!vrfKey.publicKey().equals(device.publicKey())) {
      throw new IllegalArgumentException("the VRF key must be the device's signing key");
    }
    if (BeaconKind.suiteFor(vrfKey.publicKey().keyType()).orElse(null) != vrfKey.suite()) {
      throw new IllegalArgumentException("beacons use the " + vrfKey.publicKey().keyType()
          + " key's TAI suite, not " + vrfKey.suite().rfcName());
    }
    return new CoverageSigner(beacons, witnesses, device, vrfKey);
  }

  /** {@return the device this signer signs for} */
  public DeviceId device() {
    return device.device();
  }

  /**
   * Makes and signs a beacon from the network's entropy.
   *
   * @param entropy the published entropy, 1 to {@value Beacon#MAX_ENTROPY_BYTES} bytes
   * @param frequencyHz the carrier frequency
   * @param region the regulatory region
   * @param txPowerDeciDbm the transmit power, tenths of a dBm
   * @param antennaGainDeciDbi the antenna gain, tenths of a dBi
   * @param timestamp when the beacon is transmitted
   * @return the signed beacon; its payload is what the radio transmits
   * @throws CryptoException if signing fails; the sequence number is then not used up
   * @throws IllegalArgumentException if a value is out of range
   * @throws IllegalStateException if the sequence numbers are used up
   */
  public SignedProof<Beacon> beacon(Bytes entropy, long frequencyHz, Region region,
      int txPowerDeciDbm, int antennaGainDeciDbi, Instant timestamp) throws CryptoException {
    Objects.requireNonNull(entropy, "entropy");
    if (entropy.isEmpty() || entropy.length() > Beacon.MAX_ENTROPY_BYTES) {
      throw new IllegalArgumentException(
          "entropy is 1 to " + Beacon.MAX_ENTROPY_BYTES + " bytes, not " + entropy.length());
    }
    VrfProof proof = vrfKey.prove(BeaconDerivation.alpha(device.device(), entropy));
    Beacon beacon;
    try {
      beacon = new Beacon(entropy, proof,
          BeaconDerivation.payload(Ecvrf.proofToHash(proof)), frequencyHz,
          region, txPowerDeciDbm, antennaGainDeciDbi);
    } catch (VrfException e) {
      throw new IllegalStateException("a proof this key just made does not decode", e);
    }
    return device.sign(beacons, beacon, timestamp);
  }

  /**
   * Signs a witness report.
   *
   * @param heard what the radio received
   * @param timestamp when the report is signed, at or after {@code heard.receivedAt()}
   * @return the signed report
   * @throws CryptoException if signing fails; the sequence number is then not used up
   * @throws IllegalStateException if the sequence numbers are used up
   */
  public SignedProof<Witness> witness(Witness heard, Instant timestamp) throws CryptoException {
    return device.sign(witnesses, heard, timestamp);
  }

  @Override
  public String toString() {
    return "CoverageSigner[" + device.device() + "]";
  }
}
