package io.depin.proofs.sensor;

import io.depin.core.bytes.Bytes;
import io.depin.core.bytes.Hash32;
import io.depin.core.hash.HashAlgorithm;
import io.depin.core.merkle.InclusionProof;
import io.depin.core.merkle.MerkleHashing;
import io.depin.core.merkle.MerkleTree;
import io.depin.proofs.CheckResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Merkle commitments of {@link SensorBatch}es: the tree is a {@link MerkleTree} with RFC 6962
 * SHA-256 hashing ({@link #HASHING}) over the readings' {@link SensorReading#canonicalBytes()}, in
 * index order.
 *
 * <p>Reason codes of {@link #verifyBatch}: {@code sensor.batch-count-mismatch}, {@code
 * sensor.batch-wrong-sensor}, {@code sensor.batch-not-consecutive}, {@code
 * sensor.batch-broken-link} (a reading does not link to the one before it), {@code
 * sensor.batch-root-mismatch}. Of {@link #verifyInclusion}: {@code sensor.batch-wrong-sensor},
 * {@code sensor.inclusion-wrong-position} (the proof's position or tree size does not match the
 * reading's index and the batch) and {@code sensor.inclusion-invalid}.
 *
 * <p>These checks show only that readings are the ones the device committed to; they do not judge
 * the values. A reading that arrives in a batch has not passed {@link SensorReadingKind#check}, so
 * a device could commit an out-of-range value, a wrong unit or an unknown type in a batch. Check
 * each reading against the batch proof's context before crediting it:
 *
 * {@snippet :
 * ProofContext context = new ProofContext(verifiedBatch.device(), verifiedBatch.timestamp(),
 *     verifiedBatch.token());
 * for (SensorReading reading : readings) {
 *   CheckResult valid = readingKind.check(reading, context);   // range, unit, type, genesis, time
 * }
 * }
 *
 * {@snippet :
 * SensorBatch batch = SensorBatches.commitment(readings);
 * InclusionProof proof = SensorBatches.inclusionProof(readings, 3);
 * CheckResult one = SensorBatches.verifyInclusion(batch, readings.get(3), proof);
 * CheckResult all = SensorBatches.verifyBatch(batch, readings);
 * }
 *
 * @since 0.1.0
 */
public final class SensorBatches {
  /** The tree hashing: RFC 6962 over SHA-256. */
  public static final MerkleHashing HASHING = MerkleHashing.rfc6962(HashAlgorithm.SHA_256);

  private SensorBatches() {}

  /**
   * Builds the Merkle tree of readings.
   *
   * @param readings the readings, in index order, at least one
   * @return the tree
   * @throws IllegalArgumentException if there are no readings
   */
  public static MerkleTree tree(List<SensorReading> readings) {
    List<Bytes> leaves = new ArrayList<>(readings.size());
    for (SensorReading reading : readings) {
      leaves.add(reading.canonicalBytes());
    }
    return MerkleTree.of(HASHING, leaves);
  }

  /**
   * Returns the batch committing to readings that a {@link ReadingChain} made.
   *
   * @param readings consecutive, linked readings of one sensor, 1 to {@link SensorBatch#MAX_COUNT}
   * @return the batch
   * @throws IllegalArgumentException if the readings are empty, of several sensors, not
   *     consecutive or not linked
   */
  public static SensorBatch commitment(List<SensorReading> readings) {
    if (readings.isEmpty() || readings.size() > SensorBatch.MAX_COUNT) {
      throw new IllegalArgumentException(
          "a batch has 1 to " + SensorBatch.MAX_COUNT + " readings: " + readings.size());
    }
    SensorReading first = readings.get(0);
    SensorBatch batch = new SensorBatch(
        first.sensorId(), first.index(), readings.size(), tree(readings).root());
    if (verifyBatch(batch, readings) instanceof CheckResult.Failed failed) {
      throw new IllegalArgumentException(failed.code() + ": " + failed.detail());
    }
    return batch;
  }

  /**
   * Checks that {@code readings} are exactly the batch's: its sensor, its indices in order, each
   * linked to the one before, and its root.
   *
   * @param batch the batch, usually the payload of a verified proof
   * @param readings the readings received for it
   * @return ok, or the failure with one of the class's reason codes
   */
  public static CheckResult verifyBatch(SensorBatch batch, List<SensorReading> readings) {
    Objects.requireNonNull(batch, "batch");
    if (readings.size() != batch.count()) {
      return CheckResult.fail("sensor.batch-count-mismatch",
          readings.size() + " readings for a batch of " + batch.count());
    }
    for (int i = 0; i < readings.size(); i++) {
      SensorReading reading = readings.get(i);
      if (!reading.sensorId().equals(batch.sensorId())) {
        return CheckResult.fail("sensor.batch-wrong-sensor",
            "reading of sensor " + reading.sensorId() + " in a batch of " + batch.sensorId());
      }
      if (reading.index() != batch.firstIndex() + i) {
        return CheckResult.fail("sensor.batch-not-consecutive",
            "position " + i + " holds index " + reading.index() + ", not "
                + (batch.firstIndex() + i));
      }
      if (i > 0 && !reading.previousHash().equals(readings.get(i - 1).hash())) {
        return CheckResult.fail("sensor.batch-broken-link",
            "reading " + reading.index() + " does not link to reading " + (reading.index() - 1));
      }
    }
    Hash32 root = tree(readings).root();
    if (!root.equals(batch.root())) {
      return CheckResult.fail("sensor.batch-root-mismatch",
          "the readings' root is " + root + ", the batch commits to " + batch.root());
    }
    return CheckResult.ok();
  }

  /**
   * Returns the proof that one reading is in the batch of {@code readings}.
   *
   * @param readings the batch's readings, in index order
   * @param position the reading's position in the list
   * @return the inclusion proof
   * @throws IndexOutOfBoundsException if the position is not in the list
   */
  public static InclusionProof inclusionProof(List<SensorReading> readings, int position) {
    return tree(readings).proof(position);
  }

  /**
   * Checks that one reading is in a batch, at the position its index gives.
   *
   * @param batch the batch
   * @param reading the reading
   * @param proof its inclusion proof
   * @return ok, or the failure with one of the class's reason codes
   */
  public static CheckResult verifyInclusion(
      SensorBatch batch, SensorReading reading, InclusionProof proof) {
    if (!reading.sensorId().equals(batch.sensorId())) {
      return CheckResult.fail("sensor.batch-wrong-sensor",
          "reading of sensor " + reading.sensorId() + " for a batch of " + batch.sensorId());
    }
    long position = reading.index() - batch.firstIndex();
    if (proof.leafCount() != batch.count() || position != proof.leafIndex()) {
      return CheckResult.fail("sensor.inclusion-wrong-position",
          "reading " + reading.index() + " is at position " + position + " of " + batch.count()
              + "; the proof is for position " + proof.leafIndex() + " of " + proof.leafCount());
    }
    if (!MerkleTree.verify(batch.root(), HASHING, reading.canonicalBytes(), proof)) {
      return CheckResult.fail("sensor.inclusion-invalid",
          "the proof does not lead from reading " + reading.index() + " to the batch's root");
    }
    return CheckResult.ok();
  }
}
