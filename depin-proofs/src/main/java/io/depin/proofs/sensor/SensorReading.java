package io.depin.proofs.sensor;

import io.depin.core.bytes.Bytes;
import io.depin.core.bytes.Hash32;
import io.depin.core.hash.HashAlgorithm;
import io.depin.core.json.CanonicalJson;
import io.depin.proofs.sensor.internal.ReadingCodec;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One reading of one sensor, linked to the sensor's previous reading by that reading's {@link
 * #hash()}. Index 0 starts a chain and links to {@link Hash32#ZERO}.
 *
 * {@snippet :
 * SignedProof<SensorReading> proof =
 *     chain.record("t1", "temperature", "Cel", new BigDecimal("21.5"), clock.instant());
 * Hash32 link = proof.payload().hash();   // the next reading's previousHash
 * }
 *
 * @param sensorId the sensor's id within the device (1 to 64 characters of {@code A-Z a-z 0-9 % .
 *     _ : / + -})
 * @param sensorType the sensor's type, a key of {@link SensorRules#types()} (same characters)
 * @param index the reading's position in the sensor's chain, from 0 to 2^53 - 1
 * @param value the reading, an exact decimal (at most 30 integer and 18 fraction digits); its scale
 *     is part of the reading
 * @param unit the value's unit, UCUM-style such as {@code Cel}, {@code %} or {@code ug/m3} (same
 *     characters)
 * @param previousHash the {@link #hash()} of reading {@code index - 1}, or {@link Hash32#ZERO} for
 *     index 0
 * @param timestamp when the value was measured, at millisecond precision, not before 1970
 * @since 0.1.0
 */
public record SensorReading(
    String sensorId,
    String sensorType,
    long index,
    BigDecimal value,
    String unit,
    Hash32 previousHash,
    Instant timestamp) {
  /** The domain tag hashed before a reading's canonical JSON. */
  public static final String HASH_DOMAIN = "io.depin.proofs.sensor.reading/v1";

  /** The largest index: 2^53 - 1, the largest integer JSON carries exactly. */
  public static final long MAX_INDEX = (1L << 53) - 1;

  /**
   * Validates the reading.
   *
   * @throws IllegalArgumentException if a component is out of range
   */
  public SensorReading {
    ReadingCodec.requireName(sensorId, "a sensor id");
    ReadingCodec.requireName(sensorType, "a sensor type");
    ReadingCodec.requireName(unit, "a unit");
    ReadingCodec.requireDecimal(Objects.requireNonNull(value, "value"), "a value");
    Objects.requireNonNull(previousHash, "previousHash");
    Objects.requireNonNull(timestamp, "timestamp");
    if (index < 0 || index > MAX_INDEX) {
      throw new IllegalArgumentException("an index is in [0, 2^53 - 1]: " + index);
    }
    if (!timestamp.truncatedTo(ChronoUnit.MILLIS).equals(timestamp)
        || timestamp.isBefore(Instant.EPOCH)
        || timestamp.toEpochMilli() > MAX_INDEX) {
      throw new IllegalArgumentException(
          "a timestamp has millisecond precision and is in [1970, 2^53 - 1 ms]: " + timestamp);
    }
  }

  /** {@return the canonical JSON of the reading, the bytes its hash and Merkle leaf cover} */
  public Bytes canonicalBytes() {
    return Bytes.of(CanonicalJson.canonicalize(SensorReadingKind.toJson(this)));
  }

  /**
   * Returns the reading's hash: SHA-256 of {@value #HASH_DOMAIN}, a zero byte and the canonical
   * JSON (RFC 8785) of the reading's wire form.
   *
   * @return the hash
   */
  public Hash32 hash() {
    return HashAlgorithm.SHA_256.newHasher()
        .update(HASH_DOMAIN.getBytes(StandardCharsets.US_ASCII))
        .update(new byte[] {0})
        .update(canonicalBytes())
        .digest32();
  }
}
