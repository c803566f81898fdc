/**
 * Sensor-data proofs: hash-chained signed {@link io.depin.proofs.sensor.SensorReading}s made by a
 * device-side {@link io.depin.proofs.sensor.ReadingChain}, judged per sensor by {@link
 * io.depin.proofs.sensor.ReadingChains} (gaps, forks, reordering, rate of change) against per-type
 * {@link io.depin.proofs.sensor.SensorRules}, and {@link io.depin.proofs.sensor.SensorBatch}es
 * committing many readings by a Merkle root ({@link io.depin.proofs.sensor.SensorBatches}).
 *
 * <p>Reason codes: {@code sensor.no-rules}, {@code sensor.unknown-type}, {@code
 * sensor.wrong-unit}, {@code sensor.out-of-range}, {@code sensor.bad-genesis}, {@code
 * sensor.reading-after-proof}, {@code sensor.batch-too-large} (the kinds' checks); {@code
 * sensor.fork}, {@code sensor.duplicate}, {@code sensor.gap}, {@code sensor.broken-link}, {@code
 * sensor.reordered}, {@code sensor.rate-too-high} (chains); {@code sensor.batch-count-mismatch},
 * {@code sensor.batch-wrong-sensor}, {@code sensor.batch-not-consecutive}, {@code
 * sensor.batch-broken-link}, {@code sensor.batch-root-mismatch}, {@code
 * sensor.inclusion-wrong-position}, {@code sensor.inclusion-invalid} (batches).
 */
@NullMarked
package io.depin.proofs.sensor;

import org.jspecify.annotations.NullMarked;
