package io.depin.tokenomics.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.depin.tokenomics.config.ConfigException;
import io.depin.tokenomics.distribution.WeightRow;
import io.depin.tokenomics.distribution.WeightTable;

/**
 * Fuzzes {@link WeightTable#fromCsv}: it returns rows with non-negative weights and multipliers,
 * or throws {@link ConfigException}.
 */
class WeightsCsvFuzzTest {
  @FuzzTest
  void fromCsv_anyText_returnsValidRowsOrThrowsConfigException(FuzzedDataProvider data) {
    String csv = data.consumeRemainingAsString();
    WeightTable table;
    try {
      table = WeightTable.fromCsv("fuzz.csv", csv);
    } catch (ConfigException expected) {
      return;
    }
    for (WeightRow row : table.rows()) {
      if (row.weight().signum() < 0 || row.multiplier().signum() < 0 || row.participant().isEmpty()) {
        throw new AssertionError("an invalid row was accepted: " + row);
      }
    }
  }
}
