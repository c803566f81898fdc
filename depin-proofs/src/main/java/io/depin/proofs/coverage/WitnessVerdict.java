package io.depin.proofs.coverage;

import io.depin.devices.DeviceId;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The verdict on one witness report of a beacon.
 *
 * {@snippet :
 * WitnessVerdict v = result.witnesses().get(0);
 * if (v.outcome() == WitnessOutcome.VALID) {
 *   units.merge(v.witness(), v.units(), BigDecimal::add);
 * }
 * }
 *
 * @param witness the witnessing device
 * @param outcome what was concluded
 * @param detail a description for people
 * @param units the reward units earned, zero unless {@link WitnessOutcome#VALID}
 * @since 0.1.0
 */
public record WitnessVerdict(
    DeviceId witness, WitnessOutcome outcome, String detail, BigDecimal units) {
  /**
   * Checks the fields.
   *
   * @throws IllegalArgumentException if an invalid witness has units, or units are negative
   */
  public WitnessVerdict {
    Objects.requireNonNull(witness, "witness");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(units, "units");
    if (units.signum() < 0 || (outcome != WitnessOutcome.VALID && units.signum() != 0)) {
      throw new IllegalArgumentException("only a valid witness earns units, never negative ones");
    }
  }
}
