package io.depin.proofs.sensor;

import io.depin.core.bytes.Hash32;
import io.depin.proofs.sensor.internal.ReadingCodec;
import java.util.Objects;

/**
 * A commitment to {@code count} consecutive readings of one sensor, from {@code firstIndex} on,
 * by the root of a Merkle tree over their canonical bytes (see {@link SensorBatches}). A device
 * signs the batch instead of each reading; the readings travel separately and are checked against
 * the root, one by one with inclusion proofs or all at once.
 *
 * {@snippet :
 * SignedProof<SensorBatch> batch = chain.commit(readings, clock.instant());
 * CheckResult result = SensorBatches.verifyBatch(verifiedBatch.payload(), readings);
 * }
 *
 * @param sensorId the sensor
 * @param firstIndex the index of the first reading, from 0 to 2^53 - 1
 * @param count the number of readings, from 1 to {@value #MAX_COUNT}
 * @param root the Merkle root
 * @since 0.1.0
 */
public record SensorBatch(String sensorId, long firstIndex, int count, Hash32 root) {
  /** The most readings a batch can name; the rules usually allow fewer. */
  public static final int MAX_COUNT = 1 << 20;

  /**
   * Validates the batch.
   *
   * @throws IllegalArgumentException if a component is out of range
   */
  public SensorBatch {
    ReadingCodec.requireName(sensorId, "a sensor id");
    Objects.requireNonNull(root, "root");
    if (count < 1 || count > MAX_COUNT) {
      throw new IllegalArgumentException("a batch has 1 to " + MAX_COUNT + " readings: " + count);
    }
    if (firstIndex < 0 || firstIndex + count - 1 > SensorReading.MAX_INDEX) {
      throw new IllegalArgumentException("the batch's indices must be in [0, 2^53 - 1]");
    }
  }
}
