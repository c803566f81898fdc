package io.depin.proofs.coverage;

import io.depin.core.bytes.Bytes;
import io.depin.core.bytes.Hash32;
import io.depin.proofs.vrf.VrfProof;
import java.util.Objects;

/**
 * What a beaconing device signs: the network entropy it used, the ECVRF proof over that entropy
 * and its own device id, the payload derived from the VRF output (which it transmitted), and how
 * it transmitted. The payload is {@code SHA-256(tag || beta)} where {@code beta} is the VRF output
 * for {@code alpha = tag || beaconer id || entropy}; {@link BeaconKind} checks all of it with the
 * beaconer's registered key and its key type's one suite ({@link BeaconKind#suiteFor}), so anyone
 * can recompute the payload, the beaconer cannot predict it before the entropy is published, and
 * for one entropy there is exactly one valid payload.
 *
 * {@snippet :
 * SignedProof<Beacon> proof = coverageSigner.beacon(
 *     entropy, 868_100_000L, Region.of("EU868"), 160, 30, clock.instant());
 * Hash32 transmitted = proof.payload().payload();
 * }
 *
 * @param entropy the network entropy the beacon is derived from, 1 to {@value #MAX_ENTROPY_BYTES}
 *     bytes (see {@link EntropyLog})
 * @param vrfProof the beaconer's ECVRF proof over the entropy and its device id
 * @param payload the beacon payload: SHA-256 of a tag and the VRF output
 * @param frequencyHz the carrier frequency, 1 to {@value #MAX_FREQUENCY_HZ} Hz
 * @param region the regulatory region it transmitted under
 * @param txPowerDeciDbm the conducted transmit power, in tenths of a dBm, in [{@value
 *     #MIN_DECI_DB}, {@value #MAX_DECI_DB}]
 * @param antennaGainDeciDbi the antenna gain, in tenths of a dBi, in [{@value #MIN_DECI_DB},
 *     {@value #MAX_DECI_DB}]
 * @since 0.1.0
 */
public record Beacon(
    Bytes entropy,
    VrfProof vrfProof,
    Hash32 payload,
    long frequencyHz,
    Region region,
    int txPowerDeciDbm,
    int antennaGainDeciDbi) {
  /** The longest entropy accepted, in bytes. */
  public static final int MAX_ENTROPY_BYTES = 64;

  /** The highest frequency accepted: 100 GHz. */
  public static final long MAX_FREQUENCY_HZ = 100_000_000_000L;

  /** The lowest power or gain accepted, in tenths of a dB: -100 dB. */
  public static final int MIN_DECI_DB = -1000;

  /** The highest power or gain accepted, in tenths of a dB: 100 dB. */
  public static final int MAX_DECI_DB = 1000;

  /**
   * Validates the fields.
   *
   * @throws IllegalArgumentException if a value is out of range
   */
  public Beacon {
    Objects.requireNonNull(entropy, "entropy");
    Objects.requireNonNull(vrfProof, "vrfProof");
    Objects.requireNonNull(payload, "payload");
    Objects.requireNonNull(region, "region");
    if (entropy.isEmpty() || entropy.length() > MAX_ENTROPY_BYTES) {
      throw new IllegalArgumentException(
          "entropy is 1 to " + MAX_ENTROPY_BYTES + " bytes, not " + entropy.length());
    }
    checkFrequency(frequencyHz);
    checkDeciDb(txPowerDeciDbm, "txPowerDeciDbm");
    checkDeciDb(antennaGainDeciDbi, "antennaGainDeciDbi");
  }

  static void checkFrequency(long frequencyHz) {
    if (frequencyHz < 1 || frequencyHz > MAX_FREQUENCY_HZ) {
      throw new IllegalArgumentException(
          "frequencyHz is in [1, " + MAX_FREQUENCY_HZ + "]: " + frequencyHz);
    }
  }

  static void checkDeciDb(int value, String name) {
    if (value < MIN_DECI_DB || value > MAX_DECI_DB) {
      throw new IllegalArgumentException(
          name + " is in [" + MIN_DECI_DB + ", " + MAX_DECI_DB + "]: " + value);
    }
  }
}
