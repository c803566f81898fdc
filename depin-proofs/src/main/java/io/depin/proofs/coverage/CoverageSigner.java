package io.depin.proofs.coverage;

import io.depin.core.bytes.Bytes;
import io.depin.core.crypto.CryptoException;
import io.depin.core.crypto.Signer;
import io.depin.devices.DeviceId;
import io.depin.proofs.ReplayToken;
import io.depin.proofs.SignedProof;
import io.depin.proofs.coverage.internal.BeaconDerivation;
import io.depin.proofs.vrf.Ecvrf;
import io.depin.proofs.vrf.VrfException;
import io.depin.proofs.vrf.VrfProof;
import io.depin.proofs.vrf.VrfSecretKey;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The device side of radio coverage: makes and signs a device's beacons and witness reports,
 * deriving each beacon's payload from its VRF key and numbering every proof with one increasing
 * per-device sequence, so a device app cannot get the derivation or the replay tokens wrong.
 *
 * {@snippet :
 * CoverageSigner radio = CoverageSigner.create(beacons, witnesses, deviceId, deviceSigner,
 *     VrfSecretKey.fromSigningKey(deviceKey), 1);
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
  private final DeviceId device;
  private final Signer signer;
  private final VrfSecretKey vrfKey;
  private final AtomicLong nextSequence;

  private CoverageSigner(BeaconKind beacons, WitnessKind witnesses, DeviceId device,
      Signer signer, VrfSecretKey vrfKey, long nextSequence) {
    this.beacons = beacons;
    this.witnesses = witnesses;
    this.device = device;
    this.signer = signer;
    this.vrfKey = vrfKey;
    this.nextSequence = new AtomicLong(nextSequence);
  }

  /**
   * Creates a signer for one device.
   *
   * @param beacons the beacon kind
   * @param witnesses the witness kind
   * @param device the device
   * @param signer the device's current key
   * @param vrfKey the device's VRF key, with the same public key as {@code signer}
   * @param nextSequence the first sequence number to use: greater than any the device used before
   * @return the signer
   * @throws IllegalArgumentException if the keys differ or the sequence is out of range
   */
  public static CoverageSigner create(BeaconKind beacons, WitnessKind witnesses, DeviceId device,
      Signer signer, VrfSecretKey vrfKey, long nextSequence) {
    Objects.requireNonNull(beacons, "beacons");
    Objects.requireNonNull(witnesses, "witnesses");
    Objects.requireNonNull(device, "device");
    Objects.requireNonNull(signer, "signer");
    Objects.requireNonNull(vrfKey, "vrfKey");
    if (!vrfKey.publicKey().equals(signer.publicKey())) {
      throw new IllegalArgumentException("the VRF key must be the device's signing key");
    }
    ReplayToken.sequence(nextSequence);
    return new CoverageSigner(beacons, witnesses, device, signer, vrfKey, nextSequence);
  }

  /** {@return the device this signer signs for} */
  public DeviceId device() {
    return device;
  }

  /** {@return the sequence number the next proof will carry} */
  public long nextSequence() {
    return nextSequence.get();
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
   * @throws CryptoException if signing fails
   * @throws IllegalArgumentException if a value is out of range
   */
  public SignedProof<Beacon> beacon(Bytes entropy, long frequencyHz, Region region,
      int txPowerDeciDbm, int antennaGainDeciDbi, Instant timestamp) throws CryptoException {
    Objects.requireNonNull(entropy, "entropy");
    if (entropy.isEmpty() || entropy.length() > Beacon.MAX_ENTROPY_BYTES) {
      throw new IllegalArgumentException(
          "entropy is 1 to " + Beacon.MAX_ENTROPY_BYTES + " bytes, not " + entropy.length());
    }
    VrfProof proof = vrfKey.prove(BeaconDerivation.alpha(device, entropy));
    Beacon beacon;
    try {
      beacon = new Beacon(entropy, proof,
          BeaconDerivation.payload(Ecvrf.proofToHash(proof)), frequencyHz,
          region, txPowerDeciDbm, antennaGainDeciDbi);
    } catch (VrfException e) {
      throw new IllegalStateException("a proof this key just made does not decode", e);
    }
    return SignedProof.sign(beacons, beacon, device, next(), timestamp, signer);
  }

  /**
   * Signs a witness report.
   *
   * @param heard what the radio received
   * @param timestamp when the report is signed, at or after {@code heard.receivedAt()}
   * @return the signed report
   * @throws CryptoException if signing fails
   */
  public SignedProof<Witness> witness(Witness heard, Instant timestamp) throws CryptoException {
    return SignedProof.sign(witnesses, heard, device, next(), timestamp, signer);
  }

  private ReplayToken next() {
    return ReplayToken.sequence(nextSequence.getAndIncrement());
  }

  @Override
  public String toString() {
    return "CoverageSigner[" + device + "]";
  }
}
