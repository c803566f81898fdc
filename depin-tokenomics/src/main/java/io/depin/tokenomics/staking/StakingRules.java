package io.depin.tokenomics.staking;

import io.depin.core.rules.RuleBook;
import io.depin.tokenomics.config.ConfigException;
import io.depin.tokenomics.config.internal.YamlNode;
import io.depin.tokenomics.staking.internal.StakingYaml;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The staking rules in force for an epoch. Versions with effective dates are kept in an {@link
 * io.depin.core.rules.RuleBook}: the rules in force when a bond or unbond is made fix its delay,
 * and the rules in force when a slash happens fix its rounding.
 *
 * {@snippet :
 * RuleBook<StakingRules> rules = RuleBook
 *     .startingAt(genesis, new StakingRules(1, 7, RoundingMode.FLOOR))
 *     .thenFrom(genesis.plus(Duration.ofDays(90)), new StakingRules(1, 14, RoundingMode.FLOOR));
 * }
 *
 * @param bondingDelay epochs until a bond made in epoch {@code e} is active: active from {@code e
 *     + bondingDelay}, 0 or more
 * @param unbondingDelay epochs until stake unbonded in epoch {@code e} can be withdrawn: from
 *     {@code e + unbondingDelay}, 0 or more
 * @param slashRounding how a slash of an operator's whole stake is rounded to base units
 * @since 0.1.0
 */
public record StakingRules(long bondingDelay, long unbondingDelay, RoundingMode slashRounding) {
  /**
   * Validates the rules.
   *
   * @throws IllegalArgumentException if a delay is negative or the rounding is {@link
   *     RoundingMode#UNNECESSARY}
   */
  public StakingRules {
    Objects.requireNonNull(slashRounding, "slashRounding");
    if (bondingDelay < 0 || unbondingDelay < 0) {
      throw new IllegalArgumentException(
          "delays are 0 or more, not " + bondingDelay + " and " + unbondingDelay);
    }
    if (slashRounding == RoundingMode.UNNECESSARY) {
      throw new IllegalArgumentException("slashing needs a rounding that can round");
    }
  }

  /**
   * Reads one version of the rules from a YAML document with the keys {@code bondingDelay},
   * {@code unbondingDelay} (epochs up to 10^12) and {@code slashRounding} ({@code floor}, {@code
   * ceiling}, {@code up}, {@code down}, {@code half-up}, {@code half-down} or {@code half-even}).
   *
   * {@snippet :
   * StakingRules r = StakingRules.fromYaml("staking.yaml", """
   *     bondingDelay: 1
   *     unbondingDelay: 7
   *     slashRounding: floor
   *     """);
   * }
   *
   * @param source the file name used in error messages
   * @param yaml the document
   * @return the rules
   * @throws ConfigException naming the key and line at fault
   */
  public static StakingRules fromYaml(String source, String yaml) throws ConfigException {
    return StakingYaml.rules(YamlNode.parse(source, yaml), null);
  }

  /**
   * Reads versioned rules from a YAML list; each element has the keys of {@link #fromYaml} and an
   * {@code effective} instant, in increasing order.
   *
   * {@snippet :
   * RuleBook<StakingRules> book = StakingRules.bookFromYaml("staking.yaml", """
   *     - effective: 2026-01-01T00:00:00Z
   *       bondingDelay: 1
   *       unbondingDelay: 7
   *       slashRounding: floor
   *     - effective: 2026-06-01T00:00:00Z
   *       bondingDelay: 1
   *       unbondingDelay: 14
   *       slashRounding: floor
   *     """);
   * }
   *
   * @param source the file name used in error messages
   * @param yaml the document
   * @return the book of versions
   * @throws ConfigException naming the key and line at fault
   */
  public static RuleBook<StakingRules> bookFromYaml(String source, String yaml)
      throws ConfigException {
    return StakingYaml.book(YamlNode.parse(source, yaml));
  }
}
