package io.depin.proofs.sensor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.depin.core.DecodingException;
import io.depin.core.DecodingException.Reason;
import io.depin.core.bytes.Hash32;
import io.depin.core.json.CanonicalJson;
import io.depin.core.merkle.InclusionProof;
import io.depin.core.rules.RuleBook;
import io.depin.proofs.CheckResult;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SensorKindsTest {
  private static final RuleBook<SensorRules> RULES =
      RuleBook.startingAt(Instant.EPOCH, SensorRules.examples());
  private static final SensorReadingKind READINGS = new SensorReadingKind(RULES);
  private static final SensorBatchKind BATCHES = new SensorBatchKind(RULES);
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private static final String VALID = "{\"index\":1,\"previousHash\":\"0x"
      + "07".repeat(32) + "\",\"sensorId\":\"t1\",\"sensorType\":\"temperature\","
      + "\"timestampMillis\":1767225600000,\"unit\":\"Cel\",\"value\":\"-21.50\"}";

  @Test
  void reading_decodeEncode_roundTripsAndKeepsScale() {
    SensorReading reading = READINGS.decode(CanonicalJson.parse(VALID.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertThat(reading.value()).isEqualTo(new BigDecimal("-21.50"));
    assertThat(reading.timestamp()).isEqualTo(T0);
    assertThat(CanonicalJson.canonicalize(READINGS.encode(reading)))
        .isEqualTo(VALID.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  @Test
  void reading_hash_coversEveryFieldAndIsDomainSeparated() {
    SensorReading r = READINGS.decode(CanonicalJson.parse(VALID.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    List<SensorReading> variants = List.of(
        new SensorReading("t2", r.sensorType(), r.index(), r.value(), r.unit(), r.previousHash(), r.timestamp()),
        new SensorReading(r.sensorId(), "humidity", r.index(), r.value(), r.unit(), r.previousHash(), r.timestamp()),
        new SensorReading(r.sensorId(), r.sensorType(), 2, r.value(), r.unit(), r.previousHash(), r.timestamp()),
        new SensorReading(r.sensorId(), r.sensorType(), r.index(), new BigDecimal("-21.5"), r.unit(), r.previousHash(), r.timestamp()),
        new SensorReading(r.sensorId(), r.sensorType(), r.index(), r.value(), "K", r.previousHash(), r.timestamp()),
        new SensorReading(r.sensorId(), r.sensorType(), r.index(), r.value(), r.unit(), Hash32.ZERO, r.timestamp()),
        new SensorReading(r.sensorId(), r.sensorType(), r.index(), r.value(), r.unit(), r.previousHash(), r.timestamp().plusMillis(1)));
    for (SensorReading v : variants) {
      assertThat(v.hash()).as(v.toString()).isNotEqualTo(r.hash());
    }
    assertThat(r.hash()).isNotEqualTo(
        io.depin.core.hash.HashAlgorithm.SHA_256.hash32(r.canonicalBytes().toByteArray()));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "\"value\":\"-21.50\"|\"value\":-21.5|MALFORMED",
      "\"value\":\"-21.50\"|\"value\":\"1e3\"|INVALID_VALUE",
      "\"value\":\"-21.50\"|\"value\":\"021\"|INVALID_VALUE",
      "\"value\":\"-21.50\"|\"value\":\"-0\"|INVALID_VALUE",
      "\"value\":\"-21.50\"|\"value\":\"1.\"|INVALID_VALUE",
      "\"unit\":\"Cel\"|\"unit\":\"deg C\"|INVALID_CHARACTER",
      "\"sensorId\":\"t1\"|\"sensorId\":\"\"|INVALID_CHARACTER",
      "\"index\":1|\"index\":-1|INVALID_VALUE",
      "\"index\":1|\"idx\":1|MALFORMED",
      "\"timestampMillis\":1767225600000|\"timestampMillis\":1.5|INVALID_VALUE",
      "\"previousHash\":\"0x07|\"previousHash\":\"0x|WRONG_LENGTH"})
  void reading_decodeMalformed_throwsTypedDecodingException(String from, String to, Reason reason) {
    String json = VALID.replace(from, to);
    assertThat(json).isNotEqualTo(VALID);
    assertThatThrownBy(() -> READINGS.decode(CanonicalJson.parse(json.getBytes(java.nio.charset.StandardCharsets.UTF_8))))
        .isInstanceOfSatisfying(DecodingException.class, e -> assertThat(e.reason()).isEqualTo(reason));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "{\"count\":0,\"firstIndex\":0,\"root\":\"0x%s\",\"sensorId\":\"p\"}|INVALID_VALUE",
      "{\"count\":1048577,\"firstIndex\":0,\"root\":\"0x%s\",\"sensorId\":\"p\"}|INVALID_VALUE",
      "{\"count\":2,\"firstIndex\":9007199254740991,\"root\":\"0x%s\",\"sensorId\":\"p\"}|INVALID_VALUE",
      "{\"count\":2,\"firstIndex\":0,\"root\":\"0x00\",\"sensorId\":\"p\"}|WRONG_LENGTH",
      "{\"count\":2,\"firstIndex\":0,\"sensorId\":\"p\"}|MALFORMED"})
  void batch_decodeMalformed_throwsTypedDecodingException(String template, Reason reason) {
    String json = template.replace("%s", "00".repeat(32));
    assertThatThrownBy(() -> BATCHES.decode(CanonicalJson.parse(json.getBytes(java.nio.charset.StandardCharsets.UTF_8))))
        .isInstanceOfSatisfying(DecodingException.class, e -> assertThat(e.reason()).isEqualTo(reason));
  }

  private static List<SensorReading> chain(int n) {
    List<SensorReading> out = new ArrayList<>();
    Hash32 previous = Hash32.ZERO;
    for (int i = 0; i < n; i++) {
      SensorReading r = new SensorReading("pm", "pm2_5", i, BigDecimal.valueOf(10 + i), "ug/m3",
          previous, T0.plusSeconds(i));
      out.add(r);
      previous = r.hash();
    }
    return out;
  }

  @Test
  void batch_commitmentAndInclusion_verifyForEveryReading() {
    List<SensorReading> readings = chain(7);
    SensorBatch batch = SensorBatches.commitment(readings);
    assertThat(batch.count()).isEqualTo(7);
    assertThat(BATCHES.decode(CanonicalJson.parse(CanonicalJson.canonicalize(BATCHES.encode(batch)))))
        .isEqualTo(batch);
    assertThat(SensorBatches.verifyBatch(batch, readings)).isEqualTo(CheckResult.ok());
    for (int i = 0; i < readings.size(); i++) {
      InclusionProof proof = SensorBatches.inclusionProof(readings, i);
      assertThat(SensorBatches.verifyInclusion(batch, readings.get(i), proof))
          .isEqualTo(CheckResult.ok());
    }
  }

  private static String code(CheckResult result) {
    return result instanceof CheckResult.Failed f ? f.code() : "ok";
  }

  @Test
  void verifyBatch_eachMismatch_hasItsCode() {
    List<SensorReading> readings = chain(4);
    SensorBatch batch = SensorBatches.commitment(readings);
    assertThat(code(SensorBatches.verifyBatch(batch, readings.subList(0, 3))))
        .isEqualTo("sensor.batch-count-mismatch");
    List<SensorReading> other = new ArrayList<>(readings);
    SensorReading r = readings.get(2);
    other.set(2, new SensorReading("pm2", r.sensorType(), r.index(), r.value(), r.unit(), r.previousHash(), r.timestamp()));
    assertThat(code(SensorBatches.verifyBatch(batch, other))).isEqualTo("sensor.batch-wrong-sensor");
    List<SensorReading> swapped = new ArrayList<>(readings);
    swapped.set(1, readings.get(2));
    swapped.set(2, readings.get(1));
    assertThat(code(SensorBatches.verifyBatch(batch, swapped))).isEqualTo("sensor.batch-not-consecutive");
    List<SensorReading> unlinked = new ArrayList<>(readings);
    unlinked.set(2, new SensorReading(r.sensorId(), r.sensorType(), r.index(), r.value(), r.unit(), Hash32.fromHex("11".repeat(32)), r.timestamp()));
    assertThat(code(SensorBatches.verifyBatch(batch, unlinked))).isEqualTo("sensor.batch-broken-link");
    SensorReading last = readings.get(3);
    List<SensorReading> forged = new ArrayList<>(readings);
    forged.set(3, new SensorReading(last.sensorId(), last.sensorType(), last.index(), new BigDecimal("999"), last.unit(), last.previousHash(), last.timestamp()));
    assertThat(code(SensorBatches.verifyBatch(batch, forged))).isEqualTo("sensor.batch-root-mismatch");
    assertThatThrownBy(() -> SensorBatches.commitment(swapped)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void verifyInclusion_eachMismatch_hasItsCode() {
    List<SensorReading> readings = chain(5);
    SensorBatch batch = SensorBatches.commitment(readings);
    InclusionProof proof = SensorBatches.inclusionProof(readings, 2);
    assertThat(code(SensorBatches.verifyInclusion(batch, readings.get(3), proof)))
        .isEqualTo("sensor.inclusion-wrong-position");
    SensorReading r = readings.get(2);
    SensorReading forged = new SensorReading(r.sensorId(), r.sensorType(), r.index(), new BigDecimal("1"), r.unit(), r.previousHash(), r.timestamp());
    assertThat(code(SensorBatches.verifyInclusion(batch, forged, proof))).isEqualTo("sensor.inclusion-invalid");
    SensorReading elsewhere = new SensorReading("x", r.sensorType(), r.index(), r.value(), r.unit(), r.previousHash(), r.timestamp());
    assertThat(code(SensorBatches.verifyInclusion(batch, elsewhere, proof))).isEqualTo("sensor.batch-wrong-sensor");
  }

  @Test
  void reading_invalidComponents_throw() {
    assertThatThrownBy(() -> new SensorReading("t", "temperature", 0, BigDecimal.ONE, "Cel", Hash32.ZERO, T0.plusNanos(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SensorReading("t", "temperature", 0, new BigDecimal("1e-30"), "Cel", Hash32.ZERO, T0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SensorTypeRule("Cel", BigDecimal.TEN, BigDecimal.ONE, BigDecimal.ONE))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
