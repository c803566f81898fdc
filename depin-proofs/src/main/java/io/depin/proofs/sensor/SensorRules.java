package io.depin.proofs.sensor;

import io.depin.proofs.sensor.internal.ReadingCodec;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * The sensor rules in force from one effective date, kept in a {@link
 * io.depin.core.rules.RuleBook}: a {@link SensorTypeRule} per sensor type and the largest batch.
 *
 * {@snippet :
 * RuleBook<SensorRules> rules = RuleBook.startingAt(launch, SensorRules.examples());
 * }
 *
 * @param types the rule of each sensor type, by type name
 * @param maxBatchSize the most readings one {@link SensorBatch} may commit, at least 1
 * @since 0.1.0
 */
public record SensorRules(Map<String, SensorTypeRule> types, int maxBatchSize) {
  /**
   * Validates and copies the rules.
   *
   * @throws IllegalArgumentException if a type name is not valid or the batch size is below 1
   */
  public SensorRules {
    types = Map.copyOf(types);
    types.keySet().forEach(name -> ReadingCodec.requireName(name, "a sensor type"));
    if (maxBatchSize < 1) {
      throw new IllegalArgumentException("the largest batch is at least 1: " + maxBatchSize);
    }
  }

  /**
   * Example rules, not a network's published numbers: {@code temperature} in {@code Cel} from -40
   * to 85 (the operating range of common digital temperature sensors), at most 1 per second;
   * {@code humidity} in {@code %} (relative humidity) from 0 to 100, at most 5 per second; {@code
   * pm2_5} in {@code ug/m3} from 0 to 1000 (the range of common laser particle counters), at most 100
   * per second; batches of at most 1024 readings.
   *
   * @return the rules
   */
  public static SensorRules examples() {
    Map<String, SensorTypeRule> types = new TreeMap<>();
    types.put("temperature",
        new SensorTypeRule("Cel", new BigDecimal("-40"), new BigDecimal("85"), BigDecimal.ONE));
    types.put("humidity",
        new SensorTypeRule("%", BigDecimal.ZERO, new BigDecimal("100"), new BigDecimal("5")));
    types.put("pm2_5",
        new SensorTypeRule("ug/m3", BigDecimal.ZERO, new BigDecimal("1000"), new BigDecimal("100")));
    return new SensorRules(types, 1024);
  }
}
