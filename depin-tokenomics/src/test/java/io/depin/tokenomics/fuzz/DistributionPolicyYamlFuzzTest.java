package io.depin.tokenomics.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.depin.tokenomics.config.ConfigException;
import io.depin.tokenomics.distribution.DistributionPolicy;

/**
 * Fuzzes {@link DistributionPolicy#fromYaml} and {@link DistributionPolicy#versionsFromYaml}: they
 * return a policy whose invariants hold (its processing order contains every bucket once) or a
 * rule book, or throw {@link ConfigException}.
 */
class DistributionPolicyYamlFuzzTest {
  @FuzzTest
  void fromYaml_anyText_returnsValidPolicyOrThrowsConfigException(FuzzedDataProvider data) {
    String yaml = data.consumeRemainingAsString();
    DistributionPolicy policy;
    try {
      policy = DistributionPolicy.fromYaml("fuzz.yaml", yaml);
    } catch (ConfigException expected) {
      return;
    }
    if (policy.processingOrder().size() != policy.buckets().size()) {
      throw new AssertionError("the processing order lost a bucket");
    }
  }

  @FuzzTest
  void versionsFromYaml_anyText_returnsBookOrThrowsConfigException(FuzzedDataProvider data) {
    String yaml = data.consumeRemainingAsString();
    try {
      DistributionPolicy.versionsFromYaml("fuzz.yaml", yaml);
    } catch (ConfigException expected) {
      // a typed rejection is the other allowed outcome
    }
  }
}
