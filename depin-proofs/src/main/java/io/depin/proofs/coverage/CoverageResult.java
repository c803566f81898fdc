package io.depin.proofs.coverage;

import io.depin.devices.DeviceId;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What {@link CoverageEvaluator} concluded about one beacon and its witnesses: the beacon's
 * outcome, the beaconer's reward units and one verdict per witness report, in the order of
 * reception (ties broken by device id), whatever the order the reports were given in.
 *
 * {@snippet :
 * CoverageResult result = evaluator.evaluate(beacon, witnesses);
 * BigDecimal total = result.totalUnits();
 * long valid = result.validWitnesses();
 * }
 *
 * @param beaconer the beaconing device
 * @param beacon the beacon's outcome
 * @param detail a description for people
 * @param beaconerUnits the beaconer's reward units, zero unless the beacon is valid
 * @param witnesses one verdict per witness report
 * @since 0.1.0
 */
public record CoverageResult(
    DeviceId beaconer,
    BeaconOutcome beacon,
    String detail,
    BigDecimal beaconerUnits,
    List<WitnessVerdict> witnesses) {
  /** Checks the fields and copies the list. */
  public CoverageResult {
    Objects.requireNonNull(beaconer, "beaconer");
    Objects.requireNonNull(beacon, "beacon");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(beaconerUnits, "beaconerUnits");
    witnesses = List.copyOf(witnesses);
  }

  /** {@return how many witnesses are valid and rewarded} */
  public long validWitnesses() {
    return witnesses.stream().filter(w -> w.outcome() == WitnessOutcome.VALID).count();
  }

  /** {@return the units of the beaconer and all witnesses together} */
  public BigDecimal totalUnits() {
    BigDecimal total = beaconerUnits;
    for (WitnessVerdict w : witnesses) {
      total = total.add(w.units());
    }
    return total;
  }
}
