package io.depin.proofs.sensor;

import java.util.Objects;

/**
 * One problem {@link ReadingChains} found in a sensor's chain.
 *
 * {@snippet :
 * for (ChainFinding finding : chain.findings()) {
 *   metrics.count(finding.code());
 * }
 * }
 *
 * @param code the reason code, such as {@code sensor.gap}
 * @param index the index of the reading concerned (for a gap, the first missing index)
 * @param detail a description for people
 * @since 0.1.0
 */
public record ChainFinding(String code, long index, String detail) {
  /** Checks that the components are present. */
  public ChainFinding {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(detail, "detail");
  }
}
