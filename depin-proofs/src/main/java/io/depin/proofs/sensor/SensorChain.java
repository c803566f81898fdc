package io.depin.proofs.sensor;

import io.depin.devices.DeviceId;
import io.depin.proofs.VerifiedProof;
import java.util.List;
import java.util.Objects;

/**
 * One sensor's chain as {@link ReadingChains} judged it: the readings that count, in index order,
 * and everything found wrong.
 *
 * {@snippet :
 * SensorChain chain = chains.get(0);
 * int usable = chain.counted().size();
 * boolean clean = chain.findings().isEmpty();
 * }
 *
 * @param device the device
 * @param sensorId the sensor
 * @param counted the readings that count, by index
 * @param findings the problems found, by index
 * @since 0.1.0
 */
public record SensorChain(
    DeviceId device,
    String sensorId,
    List<VerifiedProof<SensorReading>> counted,
    List<ChainFinding> findings) {
  /** Copies the lists. */
  public SensorChain {
    Objects.requireNonNull(device, "device");
    Objects.requireNonNull(sensorId, "sensorId");
    counted = List.copyOf(counted);
    findings = List.copyOf(findings);
  }

  /**
   * Returns whether a finding with the code was made.
   *
   * @param code a reason code
   * @return whether any finding has it
   */
  public boolean has(String code) {
    return findings.stream().anyMatch(f -> f.code().equals(code));
  }
}
