package io.depin.proofs.coverage;

import io.depin.core.bytes.Hash32;
import io.depin.devices.DeviceId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * What a witnessing device signs: which beacon it heard (the beaconer and the payload), how
 * strongly, on which frequency and region, with which antenna, and when.
 *
 * {@snippet :
 * Witness heard = new Witness(beaconerId, payload, -1085, 55, 868_100_000L,
 *     Region.of("EU868"), 30, receivedAt);
 * SignedProof<Witness> proof = coverageSigner.witness(heard, clock.instant());
 * }
 *
 * @param beaconer the device whose beacon was heard
 * @param payload the beacon payload as received
 * @param rssiDeciDbm the received signal strength, in tenths of a dBm, in [{@value
 *     #MIN_RSSI_DECI_DBM}, 0]
 * @param snrDeciDb the signal-to-noise ratio, in tenths of a dB, in [{@value Beacon#MIN_DECI_DB},
 *     {@value Beacon#MAX_DECI_DB}]
 * @param frequencyHz the frequency received on, 1 to {@value Beacon#MAX_FREQUENCY_HZ} Hz
 * @param region the regulatory region the witness operates under
 * @param antennaGainDeciDbi the witness's antenna gain, in tenths of a dBi, in [{@value
 *     Beacon#MIN_DECI_DB}, {@value Beacon#MAX_DECI_DB}]
 * @param receivedAt when the beacon was received, whole milliseconds
 * @since 0.1.0
 */
public record Witness(
    DeviceId beaconer,
    Hash32 payload,
    int rssiDeciDbm,
    int snrDeciDb,
    long frequencyHz,
    Region region,
    int antennaGainDeciDbi,
    Instant receivedAt) {
  /** The weakest signal strength accepted, in tenths of a dBm: -200 dBm. */
  public static final int MIN_RSSI_DECI_DBM = -2000;

  /**
   * Validates the fields.
   *
   * @throws IllegalArgumentException if a value is out of range or {@code receivedAt} has a
   *     fraction of a millisecond
   */
  public Witness {
    Objects.requireNonNull(beaconer, "beaconer");
    Objects.requireNonNull(payload, "payload");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(receivedAt, "receivedAt");
    if (rssiDeciDbm < MIN_RSSI_DECI_DBM || rssiDeciDbm > 0) {
      throw new IllegalArgumentException(
          "rssiDeciDbm is in [" + MIN_RSSI_DECI_DBM + ", 0]: " + rssiDeciDbm);
    }
    Beacon.checkDeciDb(snrDeciDb, "snrDeciDb");
    Beacon.checkFrequency(frequencyHz);
    Beacon.checkDeciDb(antennaGainDeciDbi, "antennaGainDeciDbi");
    if (!receivedAt.truncatedTo(ChronoUnit.MILLIS).equals(receivedAt)
        || receivedAt.isBefore(Instant.EPOCH)
        || receivedAt.toEpochMilli() > MAX_MILLIS) {
      throw new IllegalArgumentException(
          "receivedAt is whole milliseconds from the epoch to 2^53 - 1 ms: " + receivedAt);
    }
  }

  static final long MAX_MILLIS = (1L << 53) - 1;
}
