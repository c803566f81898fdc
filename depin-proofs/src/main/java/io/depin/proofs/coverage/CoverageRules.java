package io.depin.proofs.coverage;

import java.time.Duration;
import java.util.Objects;

/**
 * The rules of radio coverage proofs, versioned with a {@link io.depin.core.rules.RuleBook}: a
 * beacon is judged, with all its witnesses, by the rules in force at the beacon's timestamp; a
 * single witness proof by those in force at its own.
 *
 * {@snippet :
 * RuleBook<CoverageRules> rules = RuleBook.startingAt(launch, CoverageRules.heliumIot())
 *     .thenFrom(launch.plus(Duration.ofDays(90)), CoverageRules.heliumIot().withMaxWitnesses(10));
 * }
 *
 * @param maxEntropyAge how long after the network published an entropy a beacon may use it
 * @param minBeaconInterval the least time between two beacons of one device
 * @param maxWitnessLag how long after the beacon's timestamp a witness may have received it
 * @param frequencyToleranceHz how far a witness's frequency may be from the beacon's, in Hz
 * @param h3Resolution the H3 resolution of the minimum-distance rule, 0 to 15
 * @param minCellDistance the least number of H3 grid steps at {@code h3Resolution} between the
 *     asserted locations of beaconer and witness, 1 or more
 * @param maxDistanceMeters the greatest distance between beaconer and witness, in metres
 * @param maxTxPowerDeciDbm the greatest radiated power (EIRP: conducted transmit power plus antenna
 *     gain) a beacon may claim, in tenths of a dBm
 * @param maxAntennaGainDeciDbi the greatest antenna gain a witness may claim, in tenths of a dBi;
 *     the claimed gain raises the free-space bound on the signal strength it may report
 * @param rssiMarginDeciDb the margin added to the free-space bound on the received signal
 *     strength, in tenths of a dB, 0 or more
 * @param maxWitnesses how many valid witnesses per beacon are rewarded (the earliest received)
 * @param rewardUnits the units by number of valid witnesses
 * @since 0.1.0
 */
public record CoverageRules(
    Duration maxEntropyAge,
    Duration minBeaconInterval,
    Duration maxWitnessLag,
    long frequencyToleranceHz,
    int h3Resolution,
    int minCellDistance,
    long maxDistanceMeters,
    int maxTxPowerDeciDbm,
    int maxAntennaGainDeciDbi,
    int rssiMarginDeciDb,
    int maxWitnesses,
    RewardUnits rewardUnits) {
  /**
   * Validates the rules.
   *
   * @throws IllegalArgumentException if a duration is not positive or a number is out of range
   */
  public CoverageRules {
    positive(maxEntropyAge, "maxEntropyAge");
    positive(minBeaconInterval, "minBeaconInterval");
    positive(maxWitnessLag, "maxWitnessLag");
    Objects.requireNonNull(rewardUnits, "rewardUnits");
    if (frequencyToleranceHz < 0) {
      throw new IllegalArgumentException("frequencyToleranceHz is 0 or more");
    }
    if (h3Resolution < 0 || h3Resolution > 15) {
      throw new IllegalArgumentException("h3Resolution is 0 to 15: " + h3Resolution);
    }
    if (minCellDistance < 1) {
      throw new IllegalArgumentException("minCellDistance is 1 or more: " + minCellDistance);
    }
    if (maxDistanceMeters < 1) {
      throw new IllegalArgumentException("maxDistanceMeters is 1 or more: " + maxDistanceMeters);
    }
    Beacon.checkDeciDb(maxTxPowerDeciDbm, "maxTxPowerDeciDbm");
    Beacon.checkDeciDb(maxAntennaGainDeciDbi, "maxAntennaGainDeciDbi");
    if (rssiMarginDeciDb < 0 || rssiMarginDeciDb > Beacon.MAX_DECI_DB) {
      throw new IllegalArgumentException(
          "rssiMarginDeciDb is 0 to " + Beacon.MAX_DECI_DB + ": " + rssiMarginDeciDb);
    }
    if (maxWitnesses < 1) {
      throw new IllegalArgumentException("maxWitnesses is 1 or more: " + maxWitnesses);
    }
  }

  /**
   * Returns rules with the numbers of Helium's IoT proof-of-coverage oracle (helium/oracles,
   * {@code iot_verifier/src/poc.rs}): witnesses at least 8 grid steps away at H3 resolution 11
   * ({@code POC_CELL_DISTANCE_MINIMUM}, {@code POC_CELL_PARENT_RES}) and at most 100 km ({@code
   * POC_DISTANCE_LIMIT}), 14 rewarded witnesses per beacon, the HIP-15 curve with {@code N = 4,
   * r = 0.8}, and entropy usable for 3 minutes ({@code ENTROPY_LIFESPAN} 180 s in one version of
   * the oracle). The beacon interval (6 hours), the frequency tolerance (100 kHz), the witness lag
   * (2 minutes), the radiated power ceiling (36 dBm EIRP, the FCC Part 15 limit that applies in
   * US915), the witness antenna gain ceiling (15 dBi) and the signal margin (3 dB) are this SDK's
   * choices, not Helium's published values.
   *
   * @return the rules
   */
  public static CoverageRules heliumIot() {
    return new CoverageRules(
        Duration.ofMinutes(3),
        Duration.ofHours(6),
        Duration.ofMinutes(2),
        100_000,
        11,
        8,
        100_000,
        360,
        150,
        30,
        14,
        RewardUnits.hip15());
  }

  /**
   * Returns these rules with another number of rewarded witnesses.
   *
   * @param maxWitnesses 1 or more
   * @return the new rules
   * @throws IllegalArgumentException if the number is out of range
   */
  public CoverageRules withMaxWitnesses(int maxWitnesses) {
    return new CoverageRules(maxEntropyAge, minBeaconInterval, maxWitnessLag,
        frequencyToleranceHz, h3Resolution, minCellDistance, maxDistanceMeters, maxTxPowerDeciDbm,
        maxAntennaGainDeciDbi, rssiMarginDeciDb, maxWitnesses, rewardUnits);
  }

  /**
   * Returns these rules with another reward curve.
   *
   * @param rewardUnits the curve
   * @return the new rules
   */
  public CoverageRules withRewardUnits(RewardUnits rewardUnits) {
    return new CoverageRules(maxEntropyAge, minBeaconInterval, maxWitnessLag,
        frequencyToleranceHz, h3Resolution, minCellDistance, maxDistanceMeters, maxTxPowerDeciDbm,
        maxAntennaGainDeciDbi, rssiMarginDeciDb, maxWitnesses, rewardUnits);
  }

  private static void positive(Duration d, String name) {
    Objects.requireNonNull(d, name);
    if (d.isZero() || d.isNegative()) {
      throw new IllegalArgumentException(name + " must be positive");
    }
  }
}
