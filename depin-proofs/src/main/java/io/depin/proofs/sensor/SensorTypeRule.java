package io.depin.proofs.sensor;

import io.depin.proofs.sensor.internal.ReadingCodec;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The rule for one sensor type: its unit, the plausible range of its values and how fast they may
 * change.
 *
 * {@snippet :
 * SensorTypeRule temperature = new SensorTypeRule(
 *     "Cel", new BigDecimal("-40"), new BigDecimal("85"), new BigDecimal("1"));
 * }
 *
 * @param unit the unit readings of the type must carry
 * @param min the smallest plausible value, inclusive
 * @param max the largest plausible value, inclusive, at least {@code min}
 * @param maxChangePerSecond the largest plausible change of the value per second between
 *     successive readings, positive
 * @since 0.1.0
 */
public record SensorTypeRule(
    String unit, BigDecimal min, BigDecimal max, BigDecimal maxChangePerSecond) {
  /**
   * Validates the rule.
   *
   * @throws IllegalArgumentException if {@code min > max} or the rate is not positive
   */
  public SensorTypeRule {
    ReadingCodec.requireName(unit, "a unit");
    Objects.requireNonNull(min, "min");
    Objects.requireNonNull(max, "max");
    Objects.requireNonNull(maxChangePerSecond, "maxChangePerSecond");
    if (min.compareTo(max) > 0) {
      throw new IllegalArgumentException("min " + min + " is greater than max " + max);
    }
    if (maxChangePerSecond.signum() <= 0) {
      throw new IllegalArgumentException("the maximum rate of change must be positive");
    }
  }

  /**
   * Returns whether a value is in the plausible range.
   *
   * @param value the value
   * @return whether {@code min <= value <= max}
   */
  public boolean inRange(BigDecimal value) {
    return value.compareTo(min) >= 0 && value.compareTo(max) <= 0;
  }
}
