package io.depin.proofs.coverage;

/**
 * What {@link CoverageEvaluator} concluded about a beacon, with a stable code.
 *
 * {@snippet :
 * if (result.beacon() != BeaconOutcome.VALID) {
 *   log.info("beacon rejected: {}", result.beacon().code());
 * }
 * }
 *
 * @since 0.1.0
 */
public enum BeaconOutcome {
  /** The beacon counts. */
  VALID("valid"),
  /** No rules are in force at the beacon's timestamp. */
  NO_RULES("coverage.no-rules"),
  /** The beaconer has no asserted location. */
  LOCATION_UNKNOWN("coverage.beaconer-location-unknown"),
  /** The beaconer beaconed less than {@link CoverageRules#minBeaconInterval()} before or after. */
  TOO_SOON("coverage.beacon-too-soon");

  private final String code;

  BeaconOutcome(String code) {
    this.code = code;
  }

  /** {@return the stable code} */
  public String code() {
    return code;
  }
}
