package io.depin.proofs.sensor;

import io.depin.core.bytes.Hash32;
import io.depin.core.crypto.CryptoException;
import io.depin.proofs.DeviceSigner;
import io.depin.proofs.SignedProof;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The device side of sensor proofs: links each sensor's readings into a hash chain (index and
 * previous hash kept per sensor) and signs them, as single readings or as {@link SensorBatch}
 * commitments, through the device's {@link DeviceSigner}, which numbers every proof with the
 * device's next sequence number.
 *
 * {@snippet :
 * DeviceSigner device = DeviceSigner.create(deviceId, deviceKey, clock, storedNext);
 * ReadingChain chain = new ReadingChain(readingKind, batchKind, device);
 * SignedProof<SensorReading> one =
 *     chain.record("t1", "temperature", "Cel", new BigDecimal("21.5"), clock.instant());
 * List<SensorReading> batch = List.of(
 *     chain.link("pm", "pm2_5", "ug/m3", new BigDecimal("12"), t0),
 *     chain.link("pm", "pm2_5", "ug/m3", new BigDecimal("13"), t1));
 * SignedProof<SensorBatch> committed = chain.commit(batch, clock.instant());
 * }
 *
 * <p>Thread-safe. A chain lives as long as the device: a restarted device must resume from its
 * last readings ({@link #resume(SensorReading)}), or the network sees a fork.
 *
 * @since 0.1.0
 */
public final class ReadingChain {
  private final SensorReadingKind readings;
  private final SensorBatchKind batches;
  private final DeviceSigner device;
  private final Map<String, SensorReading> lastBySensor = new HashMap<>();

  /**
   * Creates a chain with no readings yet.
   *
   * @param readings the reading kind
   * @param batches the batch kind
   * @param device the device's signer
   */
  public ReadingChain(SensorReadingKind readings, SensorBatchKind batches, DeviceSigner device) {
    this.readings = Objects.requireNonNull(readings, "readings");
    this.batches = Objects.requireNonNull(batches, "batches");
    this.device = Objects.requireNonNull(device, "device");
  }

  /**
   * Continues a sensor's chain after its last reading, for a device that restarted.
   *
   * @param last the last reading the device made for the sensor
   */
  public synchronized void resume(SensorReading last) {
    lastBySensor.put(last.sensorId(), last);
  }

  /**
   * Makes the sensor's next reading, linked to its previous one, without signing it (for a batch).
   *
   * @param sensorId the sensor
   * @param sensorType its type
   * @param unit the value's unit
   * @param value the value
   * @param at when it was measured; truncated to milliseconds
   * @return the reading
   * @throws IllegalArgumentException if a component is not valid
   */
  public synchronized SensorReading link(
      String sensorId, String sensorType, String unit, BigDecimal value, Instant at) {
    SensorReading previous = lastBySensor.get(sensorId);
    SensorReading reading = new SensorReading(sensorId, sensorType,
        previous == null ? 0 : previous.index() + 1, value, unit,
        previous == null ? Hash32.ZERO : previous.hash(), at.truncatedTo(ChronoUnit.MILLIS));
    lastBySensor.put(sensorId, reading);
    return reading;
  }

  /**
   * Makes and signs the sensor's next reading.
   *
   * @param sensorId the sensor
   * @param sensorType its type
   * @param unit the value's unit
   * @param value the value
   * @param at when it was measured; also the proof's timestamp
   * @return the signed reading
   * @throws CryptoException if the signer fails; the reading then stays in the chain, so sign it
   *     again with {@link #sign(SensorReading, Instant)}
   */
  public synchronized SignedProof<SensorReading> record(
      String sensorId, String sensorType, String unit, BigDecimal value, Instant at)
      throws CryptoException {
    return sign(link(sensorId, sensorType, unit, value, at), at);
  }

  /**
   * Signs a reading made by {@link #link}.
   *
   * @param reading the reading
   * @param at the proof's timestamp, not before the reading's
   * @return the signed reading
   * @throws CryptoException if the signer fails
   * @throws IllegalStateException if the sequence numbers are exhausted
   */
  public SignedProof<SensorReading> sign(SensorReading reading, Instant at)
      throws CryptoException {
    return device.sign(readings, reading, at);
  }

  /**
   * Signs the commitment to a batch of readings made by {@link #link}.
   *
   * @param batch consecutive readings of one sensor, in index order
   * @param at the proof's timestamp
   * @return the signed batch
   * @throws CryptoException if the signer fails
   * @throws IllegalArgumentException if the readings are not one consecutive, linked run
   * @throws IllegalStateException if the sequence numbers are exhausted
   */
  public SignedProof<SensorBatch> commit(List<SensorReading> batch, Instant at)
      throws CryptoException {
    return device.sign(batches, SensorBatches.commitment(batch), at);
  }

  @Override
  public synchronized String toString() {
    return "ReadingChain[" + device.device() + ", sensors=" + lastBySensor.keySet() + "]";
  }
}
