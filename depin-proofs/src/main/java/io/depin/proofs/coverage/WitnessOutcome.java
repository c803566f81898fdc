package io.depin.proofs.coverage;

/**
 * What {@link CoverageEvaluator} concluded about one witness, with a stable code. The checks run in
 * the order of the constants below; the first that fails decides.
 *
 * {@snippet :
 * for (WitnessVerdict v : result.witnesses()) {
 *   metrics.count(v.outcome().code());   // "valid", "coverage.witness-too-close", ...
 * }
 * }
 *
 * @since 0.1.0
 */
public enum WitnessOutcome {
  /** The witness counts and is rewarded. */
  VALID("valid"),
  /** The beacon itself was rejected (see {@link BeaconOutcome}); no witness counts. */
  BEACON_REJECTED("coverage.beacon-rejected"),
  /** The witness is the beaconer. */
  SELF_WITNESS("coverage.self-witness"),
  /** The report names another beaconer or another payload than the beacon's. */
  PAYLOAD_MISMATCH("coverage.witness-payload-mismatch"),
  /** The device already witnessed this beacon; its earliest report counts. */
  DUPLICATE("coverage.witness-duplicate"),
  /** The witness's region differs from the beacon's. */
  REGION_MISMATCH("coverage.witness-region-mismatch"),
  /** The witness's frequency is further than the tolerance from the beacon's. */
  FREQUENCY_OFF("coverage.witness-frequency-off"),
  /** The witness received the beacon before the beacon's timestamp. */
  BEFORE_BEACON("coverage.witness-before-beacon"),
  /** The witness received the beacon more than the allowed lag after its timestamp. */
  LATE("coverage.witness-late"),
  /** The witness has no asserted location. */
  LOCATION_UNKNOWN("coverage.witness-location-unknown"),
  /** Fewer H3 grid steps than the minimum separate witness and beaconer. */
  TOO_CLOSE("coverage.witness-too-close"),
  /** The witness is further from the beaconer than the maximum distance. */
  TOO_FAR("coverage.witness-too-far"),
  /** The reported signal is stronger than free-space path loss allows over the distance. */
  RSSI_ABOVE_FSPL_BOUND("coverage.witness-rssi-above-fspl-bound"),
  /** A valid witness, but not among the first {@link CoverageRules#maxWitnesses()} received. */
  BEYOND_FIRST_N("coverage.witness-beyond-first-n");

  private final String code;

  WitnessOutcome(String code) {
    this.code = code;
  }

  /** {@return the stable code} */
  public String code() {
    return code;
  }
}
